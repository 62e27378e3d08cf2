package org.plantrace.docgen.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.progress.Rag;
import org.plantrace.core.progress.TrendSeries;
import org.plantrace.diagram.layout.Font;
import org.plantrace.diagram.layout.TextLine;
import org.plantrace.diagram.render.DiagramCanvas;
import org.plantrace.diagram.render.Palette;
import org.plantrace.diagram.render.Rgb;
import org.plantrace.docgen.Figure;
import org.plantrace.model.Unit;

/**
 * A small trend chart of one progress row: its results per period (dots coloured by their status, joined by a line)
 * against the target line (dashed, stepping where the target of a later year differs), with a value axis and the
 * periods under the dots. The series and every status come from core ({@link TrendSeries}); this class only places
 * and paints them, on any {@link DiagramCanvas} (SVG, PNG, PDF). A sparkline is the same chart without axes or text.
 */
public final class TrendChart implements Figure.Drawing {

    public static final double WIDTH = 360;
    public static final double HEIGHT = 150;

    public static final Rgb GREEN = new Rgb(0, 150, 64);
    public static final Rgb AMBER = new Rgb(255, 176, 0);
    public static final Rgb RED = new Rgb(204, 0, 0);
    public static final Rgb NONE = new Rgb(130, 140, 150);
    public static final Rgb TARGET = Rgb.hex("#1f3864");
    public static final Rgb LINE = Rgb.hex("#5f6b7a");
    private static final Rgb GRID = Rgb.hex("#e1e5ea");
    private static final double[] TARGET_DASH = { 6, 3 };

    /** A result placed on the chart. */
    public record Dot(TrendSeries.Point point, double x, double y) {
    }

    /** A horizontal piece of the target line, from x1 to x2 at y. */
    public record TargetStep(double x1, double x2, double y, double target) {
    }

    private final String title;
    private final Unit unit;
    private final boolean spark;
    private final double width;
    private final double height;
    private final double left;
    private final double right;
    private final double top;
    private final double bottom;
    private final double low;
    private final double high;
    private final double step;
    private final List<Dot> dots = new ArrayList<>();
    private final List<TargetStep> targets = new ArrayList<>();

    private TrendChart(String title, Unit unit, List<TrendSeries.Point> points, boolean spark, double width,
            double height) {
        this.title = title;
        this.unit = unit;
        this.spark = spark;
        this.width = width;
        this.height = height;
        this.left = spark ? 3 : 58;
        this.right = width - (spark ? 3 : 14);
        this.top = spark ? 3 : 24;
        this.bottom = height - (spark ? 3 : 30);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrendSeries.Point p : points) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
            if (p.target() != null) {
                lo = Math.min(lo, p.target());
                hi = Math.max(hi, p.target());
            }
        }
        if (points.isEmpty()) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-9) {
            double pad = Math.abs(hi) > 1e-9 ? Math.abs(hi) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        if (!spark) { // room between the outermost dots and the frame
            double pad = (hi - lo) * 0.08;
            lo -= pad;
            hi += pad;
        }
        double s = nice((hi - lo) / 4);
        this.step = s;
        this.low = spark ? lo - (hi - lo) * 0.1 : Math.floor(lo / s + 1e-9) * s;
        this.high = spark ? hi + (hi - lo) * 0.1 : Math.ceil(hi / s - 1e-9) * s;
        place(points);
    }

    /** The chart of a progress row, {@link #WIDTH} x {@link #HEIGHT} units. */
    public static TrendChart of(ProgressRow row) {
        return new TrendChart(row.measureId() + ": results against target", row.measure().getUnit(), TrendSeries.of(row),
                false, WIDTH, HEIGHT);
    }

    /** A sparkline of a progress row: the same series and target line in {@code width} x {@code height}, no text. */
    public static TrendChart sparkline(ProgressRow row, double width, double height) {
        return new TrendChart(row.measureId(), row.measure().getUnit(), TrendSeries.of(row), true, width, height);
    }

    /** The chart of a series (for tests and other callers that have one). */
    public static TrendChart of(String title, Unit unit, List<TrendSeries.Point> points) {
        return new TrendChart(title, unit, points, false, WIDTH, HEIGHT);
    }

    private void place(List<TrendSeries.Point> points) {
        int n = points.size();
        if (n == 0) {
            return;
        }
        long first = points.get(0).end().toEpochDay();
        long last = points.get(n - 1).end().toEpochDay();
        double pad = spark ? 4 : 30;
        for (TrendSeries.Point p : points) {
            double x = n == 1 || last == first ? (left + right) / 2
                    : left + pad + (p.end().toEpochDay() - first) * (right - left - 2 * pad) / (double) (last - first);
            dots.add(new Dot(p, x, y(p.value())));
        }
        for (int i = 0; i < n; i++) {
            Double t = points.get(i).target();
            if (t == null) {
                continue;
            }
            double x1 = i == 0 ? left : (dots.get(i - 1).x() + dots.get(i).x()) / 2;
            double x2 = i == n - 1 ? right : (dots.get(i).x() + dots.get(i + 1).x()) / 2;
            TargetStep previous = targets.isEmpty() ? null : targets.get(targets.size() - 1);
            if (previous != null && Math.abs(previous.target() - t) < 1e-9 && Math.abs(previous.x2() - x1) < 1e-9) {
                targets.set(targets.size() - 1, new TargetStep(previous.x1(), x2, previous.y(), t));
            } else {
                targets.add(new TargetStep(x1, x2, y(t), t));
            }
        }
    }

    /** The y of a value: {@code low} at the bottom of the plot, {@code high} at its top. */
    public double y(double value) {
        return bottom - (value - low) * (bottom - top) / (high - low);
    }

    public List<Dot> dots() {
        return dots;
    }

    public List<TargetStep> targets() {
        return targets;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String kind() {
        return "trend";
    }

    /** What the chart shows, in words (for readers who cannot see it). */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Dot d : dots) {
            TrendSeries.Point p = d.point();
            parts.add(p.period() + " " + figure(p.value()) + " (" + p.rag().label()
                    + (p.target() == null ? "" : " against " + figure(p.target())) + ")");
        }
        return title + ": " + (parts.isEmpty() ? "no results with a figure" : String.join("; ", parts));
    }

    /** The colour of a status on the chart (grey when baselining or without a result). */
    public static Rgb colour(Rag rag) {
        return switch (rag) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            default -> NONE;
        };
    }

    @Override
    public void paint(DiagramCanvas c) {
        if (!spark) {
            axis(c);
        }
        for (int i = 0; i < targets.size(); i++) {
            TargetStep t = targets.get(i);
            c.path(new double[] { t.x1(), t.y(), t.x2(), t.y() }, TARGET, spark ? 1 : 1.5, spark ? new double[] { 3, 2 }
                    : TARGET_DASH);
            if (i > 0 && Math.abs(targets.get(i - 1).x2() - t.x1()) < 1e-9) {
                c.path(new double[] { t.x1(), targets.get(i - 1).y(), t.x1(), t.y() }, TARGET, 1, TARGET_DASH);
            }
        }
        if (dots.size() > 1) {
            double[] line = new double[dots.size() * 2];
            for (int i = 0; i < dots.size(); i++) {
                line[2 * i] = dots.get(i).x();
                line[2 * i + 1] = dots.get(i).y();
            }
            c.path(line, LINE, spark ? 1 : 1.5, null);
        }
        for (int i = 0; i < dots.size(); i++) {
            Dot d = dots.get(i);
            if (spark && i < dots.size() - 1) {
                continue; // a sparkline marks its latest result only
            }
            TrendSeries.Point p = d.point();
            c.begin("point", "point-" + (i + 1), p.rag().label(), p.result() == null ? null : p.result().getId(),
                    p.period() + ": " + figure(p.value()) + " (" + p.rag().label() + ")");
            c.circle(d.x(), d.y(), spark ? 2.5 : 4, colour(p.rag()));
            c.end();
        }
        if (!spark) {
            labels(c);
        }
    }

    private void axis(DiagramCanvas c) {
        long ticks = Math.round((high - low) / step);
        for (long i = 0; i <= ticks; i++) {
            double v = low + i * step;
            double y = y(v);
            c.path(new double[] { left, y, right, y }, GRID, 1, null);
            String text = tick(v);
            double w = new TextLine(text, Font.LEGEND, 0, 0).width();
            c.text(new TextLine(text, Font.LEGEND, left - 6 - w, y + 3.5), Palette.MUTED);
        }
        c.path(new double[] { left, top, left, bottom }, LINE, 1, null);
        // legend: the dashed target line and a result dot
        c.begin("legend", "legend", "legend", null, null);
        double x = right - 150;
        c.path(new double[] { x, 12, x + 22, 12 }, TARGET, 1.5, TARGET_DASH);
        c.text(new TextLine("target", Font.LEGEND, x + 26, 15.5), Palette.TEXT);
        c.circle(x + 78, 12, 4, NONE);
        c.text(new TextLine("result (status)", Font.LEGEND, x + 86, 15.5), Palette.TEXT);
        c.end();
    }

    private void labels(DiagramCanvas c) {
        boolean all = true;
        for (int i = 1; i < dots.size(); i++) {
            double need = (label(dots.get(i - 1)).width() + label(dots.get(i)).width()) / 2 + 6;
            if (dots.get(i).x() - dots.get(i - 1).x() < need) {
                all = false;
            }
        }
        for (int i = 0; i < dots.size(); i++) {
            if (!all && i != 0 && i != dots.size() - 1) {
                continue;
            }
            Dot d = dots.get(i);
            TextLine period = label(d);
            c.text(new TextLine(period.text(), Font.LEGEND, clamp(d.x() - period.width() / 2, period.width()),
                    bottom + 14), Palette.TEXT);
            String value = figure(d.point().value());
            double w = new TextLine(value, Font.LEGEND, 0, 0).width();
            double above = d.y() - 8;
            c.text(new TextLine(value, Font.LEGEND, clamp(d.x() - w / 2, w), above < top + 2 ? d.y() + 15 : above),
                    Palette.TEXT);
        }
    }

    private static TextLine label(Dot d) {
        return new TextLine(d.point().period(), Font.LEGEND, 0, 0);
    }

    private double clamp(double x, double w) {
        return Math.max(2, Math.min(width - 2 - w, x));
    }

    /** A printed figure in the chart's unit. */
    private String figure(double v) {
        return org.plantrace.core.progress.Figures.format(v, unit);
    }

    /** A tick label with as many decimals as the step needs. */
    private String tick(double v) {
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        double scaled = step * Math.pow(10, decimals);
        if (Math.abs(scaled - Math.rint(scaled)) > 1e-6) {
            decimals++;
        }
        String n = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(v) < step / 1e6 ? 0 : v);
        return switch (unit == null ? Unit.UNSPECIFIED : unit) {
            case PERCENT -> n + "%";
            case MONEY -> "£" + n;
            default -> n;
        };
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    static double nice(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (m * p >= raw - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }
}

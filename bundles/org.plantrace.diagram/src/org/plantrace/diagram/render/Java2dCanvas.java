package org.plantrace.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.plantrace.diagram.layout.Font;
import org.plantrace.diagram.layout.TextLine;

/**
 * Java 2D implementation of the canvas (PNG export, and any AWT/Swing viewer). Set the scale and translation on the
 * {@code Graphics2D} before painting; text uses Liberation Sans or a metric-compatible face when installed.
 */
public final class Java2dCanvas implements DiagramCanvas {

    private static final String[] FAMILIES = { "Liberation Sans", "Arial", "Helvetica", "Nimbus Sans", "DejaVu Sans" };
    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    private final Graphics2D g;
    private final Map<Font, java.awt.Font> fonts = new EnumMap<>(Font.class);

    public Java2dCanvas(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
            double strokeWidth, double[] dash) {
        RoundRectangle2D r = new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius);
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(r);
        }
        if (stroke != null) {
            g.setColor(color(stroke));
            g.setStroke(stroke(strokeWidth, dash));
            g.draw(r);
        }
    }

    @Override
    public void path(double[] points, Rgb stroke, double width, double[] dash) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            p.lineTo(points[i], points[i + 1]);
        }
        g.setColor(color(stroke));
        g.setStroke(stroke(width, dash));
        if (orthogonal(points)) {
            // axis-parallel lines need no antialiasing, and antialiasing long edges of tall diagrams costs
            // seconds (its cost grows with the length drawn)
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.draw(p);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        } else {
            g.draw(p);
        }
    }

    private static boolean orthogonal(double[] points) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            if (points[i] != points[i + 2] && points[i + 1] != points[i + 3]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void polygon(double[] points, Rgb fill) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            p.lineTo(points[i], points[i + 1]);
        }
        p.closePath();
        g.setColor(color(fill));
        g.fill(p);
    }

    @Override
    public void circle(double cx, double cy, double radius, Rgb fill) {
        g.setColor(color(fill));
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void text(TextLine line, Rgb colour) {
        g.setFont(fonts.computeIfAbsent(line.font(), f -> new java.awt.Font(Family.NAME,
                f.bold() ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1).deriveFont((float) f.size())));
        g.setColor(color(colour));
        g.drawString(line.text(), (float) line.x(), (float) line.baseline());
    }

    private static BasicStroke stroke(double width, double[] dash) {
        if (dash == null) {
            return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        }
        float[] d = new float[dash.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) dash[i];
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, d, 0);
    }

    static Color color(Rgb c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    /** Antialiasing on, fractional metrics: what every Java 2D drawing of a diagram should use. */
    public static void configure(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /**
     * Starts Java 2D's set-up for drawing diagrams on a daemon thread, once per JVM: the font family look-up (which
     * loads the font configuration), the faces of the diagram's text styles, and the antialiased text, line and shape
     * pipelines, by drawing a little of each into a tiny image. That set-up depends on nothing of a diagram, so it can
     * run on the second core while a diagram is laid out; a drawing that starts before it is done waits for the parts
     * it needs (class initialisation), and never does them twice. Drawing gives the same pixels with or without it.
     */
    public static void prepare() {
        if (!PREPARED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(Java2dCanvas::drawSample, "Java 2D set-up for diagrams");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void drawSample() {
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 8,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                configure(g);
                Java2dCanvas c = new Java2dCanvas(g);
                Rgb ink = new Rgb(0, 0, 0);
                for (Font f : Font.values()) {
                    c.text(new TextLine("Ag", f, 0, 6), ink);
                }
                c.rect(1, 1, 5, 5, 2, new Rgb(255, 255, 255), ink, 1, new double[] { 2, 1 });
                c.path(new double[] { 0, 0, 4, 0, 4, 4 }, ink, 1, null);
                c.path(new double[] { 0, 0, 4, 4 }, ink, 1, null);
                c.polygon(new double[] { 0, 0, 3, 1, 0, 2 }, ink);
                c.circle(4, 4, 2, ink);
            } finally {
                g.dispose();
            }
        } catch (RuntimeException | Error e) {
            // no usable Java 2D here: the drawing itself will say so
        }
    }

    /** The face of diagram text: the first of {@link #FAMILIES} installed, else the logical sans-serif font. */
    private static final class Family {

        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                Set<String> installed = Set.of(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
                for (String candidate : FAMILIES) {
                    if (installed.contains(candidate)) {
                        return candidate;
                    }
                }
            } catch (RuntimeException | Error e) {
                // no font configuration at all: the logical sans-serif font
            }
            return java.awt.Font.SANS_SERIF;
        }
    }
}

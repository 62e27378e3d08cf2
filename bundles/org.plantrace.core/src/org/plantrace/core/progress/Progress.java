package org.plantrace.core.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.Polarity;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.Target;
import org.plantrace.model.Unit;

/**
 * Progress against targets: groups results by measure, breakdown and scope and derives, for the latest result of each
 * group, its status against the target of its year ({@link Status#rag}), its trend against the same period last year
 * or else the previous period of the same length ({@link Status#trend}), and its rolling-year figure. One pass over
 * the results; no state.
 */
public final class Progress {

    private Progress() {
    }

    private record Key(Measure measure, String breakdown, Scope scope) {
    }

    /** A result with its dates parsed once. */
    private record Dated(Result result, LocalDate from, LocalDate to) {
    }

    private static final Comparator<Dated> BY_END = Comparator.comparing(Dated::to,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Progress rows of {@code plan} from the results of {@code sets}, in plan order. */
    public static List<ProgressRow> of(Plan plan, Collection<ResultSet> sets) {
        List<Result> all = new ArrayList<>();
        for (ResultSet s : sets) {
            all.addAll(s.getResults());
        }
        return rows(plan, all);
    }

    /** Progress rows of {@code plan} from {@code results}: one per measure, breakdown and scope that has results. */
    public static List<ProgressRow> rows(Plan plan, List<Result> results) {
        return rows(plan, results, Result::getMeasure);
    }

    /**
     * Progress rows of {@code plan} from results whose measure {@code measureOf} gives (e.g. the measure of the same id
     * in a plan open in an editor, for results loaded apart from it); results it maps to null are left out.
     */
    public static List<ProgressRow> rows(Plan plan, List<Result> results, java.util.function.Function<Result, Measure> measureOf) {
        Map<Key, List<Dated>> groups = new LinkedHashMap<>();
        for (Result r : results) {
            Measure m = measureOf.apply(r);
            if (m == null || m.eIsProxy()) {
                continue;
            }
            String b = r.getBreakdown() == null ? "" : r.getBreakdown().strip();
            groups.computeIfAbsent(new Key(m, b, Scope.of(r)), k -> new ArrayList<>())
                    .add(new Dated(r, Periods.date(r.getPeriodFrom()), Periods.date(r.getPeriodTo())));
        }
        Map<Measure, int[]> order = planOrder(plan);
        List<ProgressRow> rows = new ArrayList<>(groups.size());
        for (Map.Entry<Key, List<Dated>> e : groups.entrySet()) {
            List<Dated> g = e.getValue();
            g.sort(BY_END);
            rows.add(row(plan, e.getKey(), g));
        }
        Map<String, Integer> breakdownOrder = new HashMap<>();
        for (Key k : groups.keySet()) {
            breakdownOrder.putIfAbsent(k.measure().getId() + "\u0000" + k.breakdown(), breakdownOrder.size());
        }
        rows.sort(Comparator.<ProgressRow>comparingInt(r -> rank(order, r.measure())[0])
                .thenComparingInt(r -> rank(order, r.measure())[1])
                .thenComparingInt(r -> breakdownOrder.get(r.measure().getId() + "\u0000" + r.breakdown()))
                .thenComparing(ProgressRow::scope));
        return rows;
    }

    private static int[] rank(Map<Measure, int[]> order, Measure m) {
        return order.getOrDefault(m, new int[] { Integer.MAX_VALUE, Integer.MAX_VALUE });
    }

    /** Objective index and measure index of every measure of the plan, objectives first in their order. */
    private static Map<Measure, int[]> planOrder(Plan plan) {
        Map<Measure, int[]> order = new IdentityHashMap<>();
        if (plan == null) {
            return order;
        }
        int i = 0;
        for (EObject o : (Iterable<EObject>) plan::eAllContents) {
            if (o instanceof Measure m) {
                CorporateObjective obj = objective(m);
                int objIndex = obj == null ? plan.getObjectives().size() : plan.getObjectives().indexOf(obj);
                order.put(m, new int[] { objIndex, i++ });
            }
        }
        return order;
    }

    /** The objective a measure reports on: the one holding it, else the first it contributes to; null otherwise. */
    public static CorporateObjective objective(Measure m) {
        if (m.eContainer() instanceof CorporateObjective o) {
            return o;
        }
        return m.getContributesTo().isEmpty() ? null : m.getContributesTo().get(0);
    }

    private static ProgressRow row(Plan plan, Key key, List<Dated> group) {
        Measure m = key.measure();
        Dated latest = group.get(group.size() - 1);
        Result r = latest.result();
        LocalDate asOf = Periods.date(asOf(r));
        LocalDate end = asOf != null ? asOf : latest.to();
        String year = end == null ? "" : Periods.financialYear(end);
        Target target = key.breakdown().isEmpty() ? Targets.of(m, year, key.scope()) : null;
        Double planFigure = Targets.figure(target);
        OptionalDouble reported = Figures.parse(r.getReportedTarget());
        Double figure = planFigure;
        String note = "";
        if (figure == null && reported.isPresent()) {
            figure = reported.getAsDouble();
            note = key.breakdown().isEmpty()
                    ? "target from the results: the plan's " + year + " target "
                            + (target == null ? "is not set" : "('" + target.getValue() + "') states no figure")
                    : "target from the results: the plan sets none for a part of the measure";
        }
        String conflict = conflict(m, target, planFigure, r.getReportedTarget(), reported, year);
        Polarity polarity = Direction.of(m, target);
        Tolerances tol = Tolerances.of(m, plan);
        Rag rag = Status.rag(polarity, figure, r.getValue(), figure == null ? 0 : tol.amberAmount(figure));

        Dated earlier = earlier(group, latest);
        Trend trend = Trend.NONE;
        String basis = "";
        boolean change = Indicators.isChange(m);
        if (r.getValue() != null && earlier != null && earlier.result().getValue() != null) {
            double before = earlier.result().getValue();
            trend = Status.trend(polarity, before, r.getValue(), tol.stableAmount(before, false), figure);
            basis = (sameSpanLastYear(earlier, latest) ? "vs same period last year (" : "vs previous period (")
                    + label(earlier) + ")";
        } else if (r.getValue() != null && change) {
            trend = Status.trend(polarity, 0, r.getValue(), tol.stableAmount(0, true), figure);
            basis = "change on previous year";
        }
        List<Result> history = new ArrayList<>(group.size());
        for (Dated d : group) {
            history.add(d.result());
        }
        Rolling rolling = rolling(group, latest, m.getUnit());
        return new ProgressRow(objective(m), m, key.breakdown(), key.scope(), year, target, figure, note, conflict,
                polarity, r, earlier == null ? null : earlier.result(), rag, trend, basis, rolling.value(),
                rolling.note(), List.copyOf(history));
    }

    /**
     * The date a result was reported as of: its own, else its result set's. The year whose target applies is the
     * financial year of this date (a survey figure for the year to March 2008 reported in October 2008 is measured
     * against the 2008/09 target), else of the end of its period.
     */
    public static String asOf(Result r) {
        if (r.getAsOf() != null && !r.getAsOf().isBlank()) {
            return r.getAsOf();
        }
        return r.eContainer() instanceof ResultSet s ? s.getAsOf() : null;
    }

    private static String label(Dated d) {
        String t = d.result().getPeriodText();
        return t != null && !t.isBlank() ? t : Periods.label(d.from(), d.to());
    }

    /** How the target the results printed differs from the plan's figure; empty when it agrees or either is missing. */
    private static String conflict(Measure m, Target target, Double planFigure, String reportedText,
            OptionalDouble reported, String year) {
        if (target == null || planFigure == null || reportedText == null || reportedText.isBlank()) {
            return "";
        }
        if (reported.isPresent() && Math.abs(planFigure - reported.getAsDouble()) < 0.05) {
            return "";
        }
        return "the plan's " + year + " target is '" + target.getValue() + "' (" + Figures.format(planFigure, m.getUnit())
                + "); the results print '" + reportedText.strip() + "'";
    }

    /** The same period a year before, else the latest earlier period of the same number of months; null if none. */
    private static Dated earlier(List<Dated> group, Dated latest) {
        if (latest.from() == null || latest.to() == null) {
            return null;
        }
        long span = Periods.months(latest.from(), latest.to());
        Dated previous = null;
        for (int i = group.size() - 2; i >= 0; i--) {
            Dated d = group.get(i);
            if (d.from() == null || d.to() == null || !d.to().isBefore(latest.to())) {
                continue;
            }
            if (sameSpanLastYear(d, latest)) {
                return d;
            }
            if (previous == null && Periods.months(d.from(), d.to()) == span) {
                previous = d;
            }
        }
        return previous;
    }

    private static boolean sameSpanLastYear(Dated d, Dated latest) {
        return d.from() != null && d.to() != null
                && YearMonth.from(d.from()).equals(YearMonth.from(latest.from()).minusYears(1))
                && YearMonth.from(d.to()).equals(YearMonth.from(latest.to()).minusYears(1));
    }

    private record Rolling(Double value, String note) {
    }

    /**
     * The rolling-year figure: the latest result itself when it covers twelve months; for monthly results the twelve
     * months to the latest, summed for counts and money and averaged otherwise; none when a month is missing or the
     * results cover other spans (a year to date).
     */
    private static Rolling rolling(List<Dated> group, Dated latest, Unit unit) {
        if (latest.from() == null || latest.to() == null || latest.result().getValue() == null) {
            return new Rolling(null, "");
        }
        long span = Periods.months(latest.from(), latest.to());
        if (span == 12) {
            return new Rolling(latest.result().getValue(), Periods.label(latest.from(), latest.to()));
        }
        if (!Periods.isMonth(latest.from(), latest.to())) {
            return new Rolling(null, "results cover " + span + " months, not a year or single months");
        }
        YearMonth last = YearMonth.from(latest.to());
        YearMonth first = last.minusMonths(11);
        Map<YearMonth, Double> months = new HashMap<>();
        for (int i = group.size() - 1; i >= 0; i--) {
            Dated d = group.get(i);
            if (d.from() == null || d.to() == null || !Periods.isMonth(d.from(), d.to())) {
                continue;
            }
            YearMonth ym = YearMonth.from(d.from());
            if (ym.isBefore(first)) {
                break;
            }
            if (!ym.isAfter(last) && d.result().getValue() != null) {
                months.putIfAbsent(ym, d.result().getValue());
            }
        }
        if (months.size() < 12) {
            List<String> missing = new ArrayList<>();
            for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
                if (!months.containsKey(ym)) {
                    missing.add(Periods.label(ym.atDay(1), ym.atEndOfMonth()));
                }
            }
            return new Rolling(null, "no rolling year: " + missing.size() + " of 12 months missing (" 
                    + String.join(", ", missing) + ")");
        }
        double sum = 0;
        for (double v : months.values()) {
            sum += v;
        }
        boolean additive = unit == Unit.COUNT || unit == Unit.MONEY;
        return new Rolling(additive ? sum : sum / 12, Periods.label(first.atDay(1), last.atEndOfMonth()));
    }
}

package org.plantrace.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.Polarity;
import org.plantrace.model.Result;
import org.plantrace.model.Target;

/**
 * The history of a progress row as a series for a trend chart: per result with a figure, the end of its period, its
 * value, the target of its year (as {@link Progress} reads it for the latest result: the plan's target for the
 * financial year of the result's as-of date, else of its period's end, else the target the results printed) and its
 * status against that target. The status of the last point is the row's status.
 */
public final class TrendSeries {

    /**
     * One result of the series.
     *
     * @param end the last day of its period (else its as-of date)
     * @param period its period as printed ("Year to Jun 08"), else as its dates give it
     * @param target the figure it is measured against, or null when baselining
     */
    public record Point(Result result, LocalDate end, String period, double value, Double target, Rag rag) {
    }

    private TrendSeries() {
    }

    /** The results of {@code row} that have a figure and a date, oldest first. */
    public static List<Point> of(ProgressRow row) {
        Measure m = row.measure();
        Plan plan = EcoreUtil.getRootContainer(m) instanceof Plan p ? p : null;
        Tolerances tol = Tolerances.of(m, plan);
        List<Point> out = new ArrayList<>();
        for (Result r : row.history()) {
            LocalDate to = Periods.date(r.getPeriodTo());
            LocalDate asOf = Periods.date(Progress.asOf(r));
            LocalDate end = to != null ? to : asOf;
            if (r.getValue() == null || end == null) {
                continue;
            }
            String year = Periods.financialYear(asOf != null ? asOf : end);
            Target t = row.breakdown().isEmpty() ? Targets.of(m, year, row.scope()) : null;
            Double figure = Targets.figure(t);
            if (figure == null) {
                OptionalDouble reported = Figures.parse(r.getReportedTarget());
                figure = reported.isPresent() ? reported.getAsDouble() : null;
            }
            Polarity polarity = Direction.of(m, t);
            Rag rag = Status.rag(polarity, figure, r.getValue(), figure == null ? 0 : tol.amberAmount(figure));
            String printed = r.getPeriodText();
            String period = printed != null && !printed.isBlank() ? printed.strip()
                    : Periods.label(Periods.date(r.getPeriodFrom()), to);
            out.add(new Point(r, end, period, r.getValue(), figure, rag));
        }
        return out;
    }
}

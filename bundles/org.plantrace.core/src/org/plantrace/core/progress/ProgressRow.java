package org.plantrace.core.progress;

import java.util.List;

import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.Polarity;
import org.plantrace.model.Result;
import org.plantrace.model.Target;

/**
 * Progress of one measure (or one breakdown of it) for one scope: its latest result against the target of that
 * result's year, the status and trend derived from them, and the rolling-year figure.
 *
 * @param objective the objective the measure reports on, or null for a measure outside the objectives
 * @param breakdown the part of the measure ("" for the whole)
 * @param year the financial year the latest result reports on ("2008/09"): of its as-of date, else of its period's end
 * @param target the plan's target for that year and scope (the scope's own, else the corporate one), or null
 * @param targetFigure the number status is measured against: the plan target's figure, else the one the results
 *        file printed; null when baselining
 * @param targetNote where the target figure comes from when not from the plan, or empty
 * @param conflict how the target the source printed differs from the plan's, or empty
 * @param earlier the result the trend compares with, or null
 * @param trendBasis what the trend compares ("vs same period last year", "change on previous year"), or empty
 * @param rollingYear the figure for the twelve months to the latest result, or null when it cannot be known
 * @param rollingNote the period of the rolling-year figure, or why there is none
 * @param history every result of the row, oldest first
 */
public record ProgressRow(CorporateObjective objective, Measure measure, String breakdown, Scope scope, String year,
        Target target, Double targetFigure, String targetNote, String conflict, Polarity polarity, Result latest,
        Result earlier, Rag rag, Trend trend, String trendBasis, Double rollingYear, String rollingNote,
        List<Result> history) {

    /** The period of the latest result as printed ("Year to Jun 08"), or as its dates give it. */
    public String period() {
        String printed = latest.getPeriodText();
        if (printed != null && !printed.isBlank()) {
            return printed;
        }
        return Periods.label(Periods.date(latest.getPeriodFrom()), Periods.date(latest.getPeriodTo()));
    }

    /** The latest result as printed, else its value in the measure's unit. */
    public String resultText() {
        String t = latest.getText();
        if (t != null && !t.isBlank()) {
            return t;
        }
        return latest.getValue() == null ? "" : Figures.format(latest.getValue(), measure.getUnit());
    }

    /** The plan's target as printed, else the one the results printed, else empty. */
    public String targetText() {
        if (target != null && target.getValue() != null && !target.getValue().isBlank() && breakdown.isEmpty()) {
            return target.getValue();
        }
        String reported = latest.getReportedTarget();
        return reported == null ? "" : reported;
    }

    /** The trend the source printed, or empty. */
    public String reportedTrend() {
        return latest.getReportedTrend() == null ? "" : latest.getReportedTrend().strip();
    }

    /** The measure's printed id: its code, else "Measure n". */
    public String measureId() {
        return Indicators.printedId(measure);
    }
}

package org.plantrace.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.plantrace.core.progress.Figures;
import org.plantrace.core.progress.NationalRisk;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.text.Csv;
import org.plantrace.core.text.Json;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.ResultStatus;

/** The progress rows as text, CSV and JSON. */
final class ProgressOutput {

    static final List<String> COLUMNS = List.of("objective", "measure_id", "indicator", "breakdown", "scope",
            "year", "target", "target_figure", "reported_target", "target_conflict", "result", "value", "period",
            "period_from", "period_to", "rolling_year", "rolling_period", "trend", "trend_basis", "reported_trend",
            "rag", "status", "commentary");

    private ProgressOutput() {
    }

    static String csv(List<ProgressRow> rows) {
        Csv csv = new Csv().row(COLUMNS);
        for (ProgressRow r : rows) {
            csv.row(cells(r));
        }
        return csv.toString();
    }

    private static List<String> cells(ProgressRow r) {
        return List.of(objective(r.objective()), r.measureId(), r.measure().getLabel(), r.breakdown(),
                r.scope().toString(), r.year(), r.targetText(), number(r.targetFigure()),
                nz(r.latest().getReportedTarget()), r.conflict(), r.resultText(), number(r.latest().getValue()),
                r.period(), nz(r.latest().getPeriodFrom()), nz(r.latest().getPeriodTo()), number(r.rollingYear()),
                r.rollingNote(), r.trend().label(), r.trendBasis(), r.reportedTrend(), r.rag().label(),
                r.latest().getStatus() == ResultStatus.FINAL ? "final" : "provisional", nz(r.latest().getCommentary()));
    }

    private static String objective(CorporateObjective o) {
        return o == null ? "" : o.getNumber() + " " + o.getLabel();
    }

    private static String number(Double d) {
        if (d == null) {
            return "";
        }
        String s = Double.toString(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String text(Plan plan, List<ProgressRow> rows, List<NationalRisk.AtRisk> risk) {
        StringBuilder b = new StringBuilder();
        b.append("Progress: ").append(plan.getLabel()).append('\n');
        CorporateObjective current = null;
        boolean first = true;
        List<String> conflicts = new ArrayList<>();
        for (ProgressRow r : rows) {
            if (first || !Objects.equals(current, r.objective())) {
                current = r.objective();
                first = false;
                b.append('\n').append(current == null ? "Other measures" : "Objective " + current.getNumber() + ": "
                        + current.getLabel()).append('\n');
            }
            String indicator = r.measureId() + (r.breakdown().isEmpty() ? "" : " / " + r.breakdown())
                    + (r.scope().kind() == org.plantrace.model.ScopeKind.CORPORATE ? "" : " [" + r.scope() + "]");
            String trend = r.trend() == org.plantrace.core.progress.Trend.NONE ? "-" : r.trend().label();
            if (!r.reportedTrend().isEmpty() && !r.reportedTrend().equalsIgnoreCase(r.trend().label())) {
                trend += " (reported " + r.reportedTrend() + ")";
            }
            b.append(String.format("  %-6s %-44s target %-14s result %-10s %-16s trend %-6s%s%n",
                    r.rag().label().toUpperCase(java.util.Locale.ROOT).replace("BASELINING", "BASE")
                            .replace("NO RESULT", "NONE"),
                    clip(indicator, 44), clip(r.targetText(), 14), clip(r.resultText(), 10), r.period(),
                    trend, r.rollingYear() == null || r.rollingYear().equals(r.latest().getValue()) ? ""
                            : "  rolling year " + Figures.format(r.rollingYear(), r.measure().getUnit())));
            if (!r.conflict().isEmpty()) {
                conflicts.add(indicator + ": " + r.conflict());
            }
        }
        if (!conflicts.isEmpty()) {
            b.append("\nTargets that differ between the plan and the results:\n");
            conflicts.forEach(c -> b.append("  ").append(c).append('\n'));
        }
        b.append('\n').append(riskText(risk));
        return b.toString();
    }

    /** The national priorities depending on amber or red measures, grouped by route, as text. */
    static String riskText(List<NationalRisk.AtRisk> risk) {
        StringBuilder b = new StringBuilder();
        b.append("National priorities depending on amber or red measures: ").append(risk.size()).append('\n');
        for (NationalRisk.AtRisk a : risk) {
            b.append("  ").append(a.worst().label().toUpperCase(java.util.Locale.ROOT)).append(' ')
                    .append(org.plantrace.core.Labels.printedId(a.item())).append(" (").append(a.framework().getCode())
                    .append("): ");
            java.util.Map<String, List<String>> byRoute = new java.util.LinkedHashMap<>();
            for (NationalRisk.Dependency d : a.dependencies()) {
                byRoute.computeIfAbsent(d.route(), k -> new ArrayList<>()).add(d.row().measureId()
                        + (d.row().breakdown().isEmpty() ? "" : " / " + d.row().breakdown())
                        + (d.row().scope().kind() == org.plantrace.model.ScopeKind.CORPORATE ? "" : " [" + d.row().scope() + "]")
                        + " " + d.row().rag().label());
            }
            List<String> parts = new ArrayList<>();
            byRoute.forEach((route, ms) -> parts.add(route + ": " + String.join(", ", ms)));
            b.append(String.join("; ", parts)).append('\n');
        }
        return b.toString();
    }

    static final List<String> RISK_COLUMNS = List.of("framework", "priority", "priority_title", "priority_status",
            "measure_id", "indicator", "breakdown", "scope", "measure_status", "route");

    /** One CSV row per national priority and measure at risk it depends on. */
    static String riskCsv(List<NationalRisk.AtRisk> risk) {
        Csv csv = new Csv().row(RISK_COLUMNS);
        for (NationalRisk.AtRisk a : risk) {
            for (NationalRisk.Dependency d : a.dependencies()) {
                ProgressRow r = d.row();
                csv.row(List.of(nz(a.framework().getCode()), org.plantrace.core.Labels.printedId(a.item()),
                        nz(a.item().getLabel()), a.worst().label(), r.measureId(), r.measure().getLabel(), r.breakdown(),
                        r.scope().toString(), r.rag().label(), d.route()));
            }
        }
        return csv.toString();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    static String json(Plan plan, List<ProgressRow> rows, List<NationalRisk.AtRisk> risk) {
        Json j = new Json().beginObject().field("plan", plan.getLabel()).name("rows").beginArray();
        for (ProgressRow r : rows) {
            List<String> cells = cells(r);
            j.beginObject().field("measure", r.measure().getId());
            for (int i = 0; i < COLUMNS.size(); i++) {
                j.field(COLUMNS.get(i), cells.get(i));
            }
            j.endObject();
        }
        j.endArray().name("nationalRisk").beginArray();
        for (NationalRisk.AtRisk a : risk) {
            j.beginObject().field("framework", a.framework().getId()).field("item", a.item().getId())
                    .field("code", org.plantrace.core.Labels.printedId(a.item())).field("rag", a.worst().label())
                    .name("measures").beginArray();
            for (NationalRisk.Dependency d : a.dependencies()) {
                j.beginObject().field("measure", d.row().measure().getId()).field("scope", d.row().scope().toString())
                        .field("rag", d.row().rag().label()).field("route", d.route()).endObject();
            }
            j.endArray().endObject();
        }
        return j.endArray().endObject().toString() + "\n";
    }
}

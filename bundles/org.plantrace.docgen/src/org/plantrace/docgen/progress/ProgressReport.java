package org.plantrace.docgen.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.plantrace.core.Labels;
import org.plantrace.core.progress.Figures;
import org.plantrace.core.progress.NationalRisk;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.progress.Rag;
import org.plantrace.core.progress.Trend;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.ResultSet;
import org.plantrace.model.ScopeKind;

/**
 * The progress report as a document for the existing writers (DOCX, HTML, PDF, CSV, XLSX), in the layout of the
 * Commissioner's reports to the Authority: per objective a table Indicator | Target | Rolling year | Trend | Status with
 * the period of each figure under it, a trend chart per measure ({@link TrendChart}), then the commentary; last, the
 * national priorities at risk.
 */
public final class ProgressReport {

    private ProgressReport() {
    }

    public static AppendixDocument build(Plan plan, List<ResultSet> sets, List<ProgressRow> rows,
            List<NationalRisk.AtRisk> risk, Instant generated) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("Plan", plan.getLabel());
        List<String> rounds = sets.stream().map(s -> s.getLabel() + (Labels.blank(s.getAsOf()) ? "" : " (" + s.getAsOf()
                + ")")).toList();
        props.put("Results", String.join("; ", rounds));
        long red = rows.stream().filter(r -> r.rag() == Rag.RED).count();
        long amber = rows.stream().filter(r -> r.rag() == Rag.AMBER).count();
        long green = rows.stream().filter(r -> r.rag() == Rag.GREEN).count();
        props.put("Status", green + " green, " + amber + " amber, " + red + " red, "
                + rows.stream().filter(r -> r.rag() == Rag.BASELINING).count() + " baselining");
        List<Section> sections = new ArrayList<>();
        List<ProgressRow> group = new ArrayList<>();
        CorporateObjective current = null;
        for (ProgressRow r : rows) {
            if (!group.isEmpty() && !Objects.equals(current, r.objective())) {
                sections.add(objective(current, group));
                group = new ArrayList<>();
            }
            current = r.objective();
            group.add(r);
        }
        if (!group.isEmpty()) {
            sections.add(objective(current, group));
        }
        sections.add(risk(risk));
        return new AppendixDocument(plan.getLabel() + ": progress against targets", plan.getLabel(),
                plan.getVersion() == null ? "" : plan.getVersion(), generated, props, null, sections);
    }

    private static Section objective(CorporateObjective o, List<ProgressRow> rows) {
        String key = o == null ? "other-measures" : "objective-" + o.getNumber();
        String title = o == null ? "Other measures" : "Objective " + o.getNumber() + ": " + o.getLabel();
        List<Row> body = new ArrayList<>();
        List<Block> commentary = new ArrayList<>();
        for (ProgressRow r : rows) {
            body.add(Row.body(List.of(indicator(r), target(r), result(r), trend(r), Cell.text(r.rag().label()))));
            org.plantrace.model.Result said = commented(r);
            if (said != null) {
                String c = said.getCommentary().strip();
                if (said != r.latest()) { // the latest round said nothing: the last thing said, with its period
                    String period = Labels.blank(said.getPeriodText()) ? said.getPeriodTo() : said.getPeriodText();
                    c = "(" + period + ") " + c;
                }
                commentary.add(new Block.Paragraph(new Line(Line.Style.BULLET, 0, name(r), c, said.getId())));
            }
        }
        List<Row> header = List.of(Row.header(Cell.text("Indicator"), Cell.text("Target"), Cell.text("Rolling year"),
                Cell.text("Trend"), Cell.text("Status")));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table(key, List.of(42, 17, 16, 13, 12), header, body, "Objective"));
        List<Figure> charts = new ArrayList<>();
        for (ProgressRow r : rows) {
            TrendChart chart = TrendChart.of(r);
            if (!chart.dots().isEmpty()) {
                charts.add(new Figure(key + "-trend-" + (charts.size() + 1), name(r) + ": results against target", chart.describe(), chart));
            }
        }
        if (!charts.isEmpty()) {
            blocks.add(new Block.Heading("Results against target"));
            blocks.addAll(charts);
        }
        if (!commentary.isEmpty()) {
            blocks.add(new Block.Heading("Commentary"));
            blocks.addAll(commentary);
        }
        return new Section(key, title, blocks);
    }

    /** The latest result of the row with commentary, or null. */
    private static org.plantrace.model.Result commented(ProgressRow r) {
        for (int i = r.history().size() - 1; i >= 0; i--) {
            if (!Labels.blank(r.history().get(i).getCommentary())) {
                return r.history().get(i);
            }
        }
        return null;
    }

    private static String name(ProgressRow r) {
        return r.measureId() + (r.breakdown().isEmpty() ? "" : " / " + r.breakdown())
                + (r.scope().kind() == ScopeKind.CORPORATE ? "" : " [" + r.scope() + "]");
    }

    private static Cell indicator(ProgressRow r) {
        String text = r.breakdown().isEmpty() ? r.measure().getLabel() : r.breakdown();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.item(0, r.measureId(), text, r.measure().getId()));
        if (r.scope().kind() != ScopeKind.CORPORATE) {
            lines.add(Line.note(r.scope().toString()));
        }
        return Cell.of(lines);
    }

    private static Cell target(ProgressRow r) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.text(r.rag() == Rag.BASELINING && r.targetText().isEmpty() ? "Baselining" : r.targetText()));
        if (!r.conflict().isEmpty()) {
            lines.add(Line.note("Plan and results differ: the results print '" + r.latest().getReportedTarget().strip()
                    + "'"));
        } else if (!r.targetNote().isEmpty()) {
            lines.add(Line.note("as the results print it"));
        }
        if (r.target() != null && r.target().getFigure() != null && r.breakdown().isEmpty()) {
            java.util.OptionalDouble printed = Figures.parse(r.target().getValue());
            if (printed.isEmpty() || Math.abs(printed.getAsDouble() - r.target().getFigure()) > 1e-9) {
                lines.add(Line.note("as a figure: " + Figures.format(r.target().getFigure(), r.measure().getUnit())));
            }
        }
        return Cell.of(lines);
    }

    private static Cell result(ProgressRow r) {
        return Cell.of(Line.text(r.resultText(), r.latest().getId()), Line.note(r.period()));
    }

    private static Cell trend(ProgressRow r) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.text(r.trend() == Trend.NONE ? "\u2013" : r.trend().label()));
        if (!r.trendBasis().isEmpty()) {
            lines.add(Line.note(r.trendBasis()));
        }
        if (!r.reportedTrend().isEmpty() && !r.reportedTrend().equalsIgnoreCase(r.trend().label())) {
            lines.add(Line.note("reported: " + r.reportedTrend()));
        }
        return Cell.of(lines);
    }

    private static Section risk(List<NationalRisk.AtRisk> risk) {
        List<Block> blocks = new ArrayList<>();
        if (risk.isEmpty()) {
            blocks.add(new Block.Paragraph(Line.text("No national priority depends on an amber or red measure.")));
            return new Section("national-risk", "Risk to national priorities", blocks);
        }
        blocks.add(new Block.Paragraph(Line.note("A priority that measures of the plan are aligned to depends on those "
                + "measures; one that no measure is aligned to (a PSA, a Mayor's priority) on the measures of the "
                + "objectives covering it.")));
        List<Row> body = new ArrayList<>();
        for (NationalRisk.AtRisk a : risk) {
            List<Line> deps = new ArrayList<>();
            for (NationalRisk.Dependency d : a.dependencies()) {
                deps.add(Line.text(name(d.row()) + ": " + d.row().rag().label() + " (" + d.route() + ")",
                        d.row().measure().getId()));
            }
            body.add(Row.body(List.of(Cell.of(Line.item(0, Labels.printedId(a.item()), a.item().getLabel(), a.item().getId())),
                    Cell.text(Labels.blank(a.framework().getCode()) ? a.framework().getLabel() : a.framework().getCode()),
                    Cell.text(a.worst().label().toLowerCase(Locale.ROOT)), Cell.of(deps))));
        }
        List<Row> header = List.of(Row.header(Cell.text("National priority"), Cell.text("Framework"), Cell.text("Status"),
                Cell.text("Depends on")));
        blocks.add(new Table("national-risk", List.of(40, 12, 10, 38), header, body, "Framework"));
        return new Section("national-risk", "Risk to national priorities", blocks);
    }
}

package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plantrace.core.Labels;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Inspection;
import org.plantrace.model.InspectionFinding;
import org.plantrace.model.InspectionScore;
import org.plantrace.model.Named;

/**
 * Appendix J: the inspections and audits on the plan: per inspection its inspectorate, date, grading, counts and what
 * it concerns, its findings with the action plan (status, owner, due date) and its scores per theme and year.
 */
public final class Inspections implements SectionBuilder {

    @Override
    public List<FrameworkKind> kinds() {
        return List.of();
    }

    @Override
    public String missing(Context c) {
        return "the plan records no inspections";
    }

    @Override
    public Section build(Context c) {
        List<Inspection> inspections = c.plan().getInspections();
        if (inspections.isEmpty()) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Inspections and audits recorded on the "
                + "plan, with their findings, the action taken and scores."))));
        int n = 0;
        for (Inspection i : inspections) {
            n++;
            String when = String.join(", ", List.of(nz(i.getInspectorate()), nz(i.getDate())).stream()
                    .filter(s -> !s.isEmpty()).toList());
            blocks.add(new Block.Heading(i.getLabel() + (when.isEmpty() ? "" : " (" + when + ")")));
            List<String> facts = new ArrayList<>();
            if (!Labels.blank(i.getGrading())) {
                facts.add("Graded '" + i.getGrading() + "'");
            }
            if (i.getRecommendations() > 0) {
                facts.add(i.getRecommendations() + " recommendation" + (i.getRecommendations() == 1 ? "" : "s"));
            }
            if (i.getAreasForImprovement() > 0) {
                facts.add(i.getAreasForImprovement() + " areas for improvement");
            }
            if (!i.getObjectives().isEmpty()) {
                facts.add("concerns " + i.getObjectives().stream().filter(o -> !o.eIsProxy())
                        .map(o -> c.objectiveLabel() + " " + o.getNumber()).collect(Collectors.joining(", ")));
            }
            if (!i.getBusinessGroups().isEmpty()) {
                facts.add("business groups " + Printed.businessGroups(i.getBusinessGroups()));
            }
            if (!facts.isEmpty()) {
                String s = String.join("; ", facts);
                blocks.add(new Block.Paragraph(Line.text(s.substring(0, 1).toUpperCase() + s.substring(1) + ".")));
            }
            if (!i.getFindings().isEmpty()) {
                blocks.add(findings("J-" + n, i.getFindings()));
            }
            if (!i.getScores().isEmpty()) {
                blocks.add(scores("J-" + n + "-scores", i.getScores()));
            }
        }
        return new Section("J", "Appendix J: Inspection and audit", blocks);
    }

    private static Table findings(String name, List<InspectionFinding> findings) {
        List<Row> body = new ArrayList<>();
        for (InspectionFinding f : findings) {
            body.add(Row.body(List.of(Cell.text(f.getLabel()), Cell.text(nz(f.getGrading())),
                    Cell.text(f.getRecommendations() > 0 ? Integer.toString(f.getRecommendations()) : ""),
                    Cell.text(f.getAreasForImprovement() > 0 ? Integer.toString(f.getAreasForImprovement()) : ""),
                    Cell.text(nz(f.getActionStatus())), Cell.text(nz(f.getDue())),
                    Cell.text(f.getOwner() == null || f.getOwner().eIsProxy() ? "" : f.getOwner().getLabel()))));
        }
        return new Table(name, List.of(24, 10, 10, 10, 24, 10, 12), List.of(Row.header(Cell.text("Area inspected"),
                Cell.text("Grading"), Cell.text("Recommendations"), Cell.text("Areas for improvement"),
                Cell.text("Action plan"), Cell.text("Due"), Cell.text("Owner"))), body);
    }

    /** Themes down, years across, in the order first given. */
    private static Table scores(String name, List<InspectionScore> scores) {
        Set<String> years = new LinkedHashSet<>();
        Map<String, Map<String, String>> byTheme = new LinkedHashMap<>();
        for (InspectionScore s : scores) {
            years.add(nz(s.getYear()));
            byTheme.computeIfAbsent(nz(s.getTheme()), k -> new LinkedHashMap<>()).put(nz(s.getYear()), nz(s.getScore()));
        }
        List<Cell> head = new ArrayList<>();
        head.add(Cell.text("Theme"));
        years.forEach(y -> head.add(Cell.text("Score for " + y)));
        List<Row> body = new ArrayList<>();
        byTheme.forEach((theme, values) -> {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(theme));
            years.forEach(y -> cells.add(Cell.text(values.getOrDefault(y, ""))));
            body.add(Row.body(cells));
        });
        List<Integer> widths = new ArrayList<>();
        widths.add(50);
        years.forEach(y -> widths.add(Math.max(10, 50 / years.size())));
        return new Table(name, widths, List.of(new Row(Row.Kind.HEADER, head)), body);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String names(List<? extends Named> l) {
        return l.stream().map(Named::getLabel).collect(Collectors.joining(", "));
    }

    static String objectives(List<CorporateObjective> l) {
        return names(l);
    }
}

package org.plantrace.docgen.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plantrace.core.Labels;
import org.plantrace.core.progress.Progress;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.docgen.Appendix;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.progress.ProgressReport;
import org.plantrace.model.Budget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.ResultSet;
import org.plantrace.model.Target;

/**
 * The generated parts of one plan, for the placeholders of a team's template: the appendices as the publication
 * prints them ({@code --publication}: no findings, no model ids), and single tables and diagrams of an objective or
 * a budget. The appendices are built once, on first use.
 */
public final class PlanParts {

    private final Plan plan;
    private final List<ResultSet> results;
    private final List<Framework> frameworks;
    private final Instant generated;
    private AppendixBuilder.Result appendices;
    private AppendixDocument progress;

    /**
     * @param results result sets for the {@code progress N} placeholders (may be empty)
     * @param frameworks frameworks to print beyond those the plan lists or reaches (e.g. local health indicators)
     */
    public PlanParts(Plan plan, List<ResultSet> results, List<Framework> frameworks, Instant generated) {
        this.plan = plan;
        this.results = List.copyOf(results);
        this.frameworks = List.copyOf(frameworks);
        this.generated = generated;
    }

    /** The appendices as generated for the template (a document with errors is still built, marked as a draft). */
    public AppendixBuilder.Result appendices() {
        if (appendices == null) {
            appendices = new AppendixBuilder(plan).frameworks(frameworks).publication(true).generated(generated).build();
        }
        return appendices;
    }

    public Part resolve(Placeholder p) throws TemplateException {
        return switch (p.kind()) {
            case "appendix" -> appendix(p);
            case "measures" -> Part.of(List.of(measures(objective(p))));
            case "diagram" -> diagram(p);
            case "budget" -> budget(p);
            case "progress" -> progress(p);
            default -> throw new TemplateException("unknown placeholder '" + p.tag() + "': use one of "
                    + String.join(", ", Placeholder.KINDS));
        };
    }

    private Part appendix(Placeholder p) throws TemplateException {
        Appendix a = Appendix.parse(p.argument()).filter(x -> x != Appendix.SUMMARY).orElseThrow(
                () -> new TemplateException("'" + p.tag() + "' names no appendix: use a letter A-J, budgets or diagrams"));
        Section s = appendices().document().section(a.key());
        if (s == null) {
            String why = appendices().skipped().getOrDefault(a, "nothing to print");
            return Part.of(List.of(new Block.Paragraph(Line.note("Appendix " + a.key() + " is not generated: " + why
                    + "."))));
        }
        Figure.layOut(List.of(s)); // the diagrams on every core, before the template's writer draws them one by one
        return Part.of(s);
    }

    private CorporateObjective objective(Placeholder p) throws TemplateException {
        String n = p.argument();
        for (CorporateObjective o : plan.getObjectives()) {
            if (Integer.toString(o.getNumber()).equals(n) || n.equals(o.getId())) {
                return o;
            }
        }
        throw new TemplateException("'" + p.tag() + "': the plan has no objective " + (n.isEmpty() ? "(give its number)"
                : n) + "; it has " + plan.getObjectives().size() + " objectives, numbered from 1");
    }

    /** Objective N's measures: number, measure, then the target for each of the plan's years. */
    static Table measures(CorporateObjective o, List<String> years) {
        List<Cell> head = new ArrayList<>(List.of(Cell.text("No."), Cell.text("Measure")));
        for (String y : years) {
            head.add(Cell.text("Target " + y));
        }
        List<Row> body = new ArrayList<>();
        for (Measure m : o.getMeasures()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(Labels.blank(m.getNumber()) ? "" : m.getNumber()));
            cells.add(Cell.of(Line.text(m.getLabel(), m.getId())));
            for (String y : years) {
                List<String> values = new ArrayList<>();
                for (Target t : m.getTargets()) {
                    if (y.equals(t.getYear()) && !Labels.blank(t.getValue())) {
                        values.add(t.getValue() + (Labels.blank(t.getScopeName()) ? "" : " (" + t.getScopeName() + ")"));
                    }
                }
                cells.add(Cell.text(String.join("; ", values)));
            }
            body.add(Row.body(cells));
        }
        if (body.isEmpty()) {
            List<Cell> none = new ArrayList<>(List.of(Cell.text(""), Cell.text("(no measures)")));
            years.forEach(y -> none.add(Cell.text("")));
            body.add(Row.body(none));
        }
        List<Integer> widths = new ArrayList<>(List.of(8, Math.max(30, 92 - 16 * years.size())));
        years.forEach(y -> widths.add(16));
        return new Table("measures-" + o.getNumber(), widths, List.of(new Row(Row.Kind.HEADER, head)), body);
    }

    private Table measures(CorporateObjective o) {
        return measures(o, plan.getYears());
    }

    private Part diagram(Placeholder p) throws TemplateException {
        CorporateObjective o = objective(p);
        Section s = appendices().document().section("diagrams");
        Optional<Figure> f = s == null ? Optional.empty()
                : s.blocks().stream().filter(b -> b instanceof Figure fig && fig.name().equals("objective-" + o.getNumber()))
                        .map(Figure.class::cast).findFirst();
        return Part.of(List.of(f.orElseThrow(() -> new TemplateException("'" + p.tag() + "': no diagram of objective "
                + o.getNumber()))));
    }

    private Part budget(Placeholder p) throws TemplateException {
        List<Budget> budgets = plan.getBudgets();
        String arg = p.argument();
        int index = -1;
        if (arg.matches("\\d+")) {
            index = Integer.parseInt(arg) - 1;
        } else {
            for (int i = 0; i < budgets.size() && index < 0; i++) {
                if (budgets.get(i).getLabel() != null && budgets.get(i).getLabel().equalsIgnoreCase(arg)) {
                    index = i;
                }
            }
        }
        if (index < 0 || index >= budgets.size()) {
            throw new TemplateException("'" + p.tag() + "': the plan has no such budget; it has " + budgets.size()
                    + " (give a number from 1 or a budget's title)");
        }
        return Part.of(org.plantrace.docgen.appendix.Budgets.blocks(budgets.get(index), index + 1));
    }

    private Part progress(Placeholder p) throws TemplateException {
        CorporateObjective o = objective(p);
        if (results.isEmpty()) {
            throw new TemplateException("'" + p.tag() + "' needs results: give the .results files after the plan");
        }
        if (progress == null) {
            List<ProgressRow> rows = Progress.of(plan, results);
            progress = ProgressReport.build(plan, results, rows, List.of(), generated);
        }
        Section s = progress.section("objective-" + o.getNumber());
        if (s == null) {
            return Part.of(List.of(new Block.Paragraph(Line.note("No results for objective " + o.getNumber() + " in "
                    + String.join(", ", results.stream().map(r -> r.getLabel()).toList()).toLowerCase(Locale.ROOT) + "."))));
        }
        return Part.of(s.blocks());
    }
}

package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.core.trace.Link;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * Appendix C, read backwards as published: per public concern (framework order), the objectives whose
 * own links reach it, the concern spanning their rows. A concern no objective addresses says so.
 */
public final class Concerns implements SectionBuilder {

    @Override
    public List<FrameworkKind> kinds() {
        return List.of(FrameworkKind.CONCERN);
    }

    @Override
    public Section build(Context c) {
        List<Framework> frameworks = c.frameworks(kinds());
        if (frameworks.isEmpty()) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Each concern lists the "
                + c.objectivesInText() + " linked to it in the model."))));
        for (Framework f : frameworks) {
            blocks.add(table(c, f, frameworks.size() == 1 ? "C" : "C-" + f.getId()));
        }
        return new Section("C", "Appendix C: " + Printed.titles(frameworks) + " aligned to " + c.objectivesInText(),
                blocks);
    }

    private Table table(Context c, Framework f, String name) {
        List<Link> links = new ArrayList<>();
        for (CorporateObjective o : c.plan().getObjectives()) {
            links.addAll(c.direct(o, kinds()).stream().filter(l -> l.framework() == f).toList());
        }
        List<Row> body = new ArrayList<>();
        for (PriorityItem item : c.index().items(f)) {
            if (item.isGroup()) {
                body.add(new Row(Row.Kind.GROUP, List.of(Cell.of(Line.text(item.getLabel(), item.getId())).colSpan(2))));
                continue;
            }
            List<Cell> objectives = new ArrayList<>();
            for (Link l : links) {
                if (l.target() == item || l.target() == f) {
                    objectives.add(Cell.of(Line.item(0, null, l.objective().getLabel(), l.alignment().getId())));
                }
            }
            if (objectives.isEmpty()) {
                objectives.add(Cell.of(Line.note("No " + c.objectiveLabel().toLowerCase(java.util.Locale.ROOT)
                        + " is linked to this concern")));
            }
            Line concern = new Line(Line.Style.TEXT, Printed.depth(item), Printed.code(item), item.getLabel(), item.getId());
            for (int i = 0; i < objectives.size(); i++) {
                List<Cell> cells = new ArrayList<>();
                if (i == 0) {
                    cells.add(Cell.of(concern).rowSpan(objectives.size()));
                }
                cells.add(objectives.get(i));
                body.add(Row.body(cells));
            }
        }
        List<Row> header = List.of(Row.header(Cell.text(f.getLabel()),
                Cell.text(c.objectivesLabel() + ": working to address these concerns")));
        return new Table(name, List.of(35, 65), header, body);
    }
}

package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plantrace.core.trace.Link;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * Appendix C, read backwards as published: per public concern (framework order), the objectives whose
 * own links reach it, the concern spanning their rows. A concern no objective addresses says so.
 */
public final class Concerns extends FrameworkItemsSection {

    public Concerns() {
        super("C", FrameworkKind.CONCERN);
    }

    @Override
    protected List<Block> intro(Context c) {
        return List.of(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Each concern lists the "
                + c.objectivesInText() + " linked to it in the model."))));
    }

    @Override
    protected boolean headed() {
        return false;
    }

    @Override
    protected String title(Context c, String titles) {
        return titles + " aligned to " + c.objectivesInText();
    }

    @Override
    protected Table table(Context c, Framework f, String name) {
        List<Link> links = new ArrayList<>();
        for (CorporateObjective o : c.plan().getObjectives()) {
            links.addAll(c.direct(o, kinds()).stream().filter(l -> l.framework() == f).toList());
        }
        List<Row> body = body(c.index().items(f), 2, item -> Line.text(item.getLabel(), item.getId()), item -> {
            List<List<Cell>> objectives = new ArrayList<>();
            for (Link l : links) {
                if (l.target() == item || l.target() == f) {
                    objectives.add(List.of(Cell.of(Line.item(0, null, l.objective().getLabel(), l.alignment().getId()))));
                }
            }
            if (objectives.isEmpty()) {
                objectives.add(List.of(Cell.of(Line.note("No " + c.objectiveLabel().toLowerCase(Locale.ROOT)
                        + " is linked to this concern"))));
            }
            Line concern = new Line(Line.Style.TEXT, Printed.depth(item), Printed.code(item), item.getLabel(), item.getId());
            return ObjectiveTable.spanning(Cell.of(concern), objectives);
        });
        List<Row> header = List.of(Row.header(Cell.text(f.getLabel()),
                Cell.text(c.objectivesLabel() + ": working to address these concerns")));
        return new Table(name, List.of(35, 65), header, body);
    }
}

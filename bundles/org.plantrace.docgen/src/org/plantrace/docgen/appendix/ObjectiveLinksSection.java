package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.plantrace.core.trace.Link;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;

/**
 * The forward appendices (B, D, E, F): a source note, then an {@link ObjectiveTable} whose rows
 * come from each objective's direct links to frameworks of {@link #kinds()}, in model order. By
 * default the table has the objectives and one column headed by the frameworks' titles; subclasses
 * say how a link prints and what differs from that.
 */
abstract class ObjectiveLinksSection extends FrameworkKindsSection {

    ObjectiveLinksSection(String id, FrameworkKind... kinds) {
        super(id, kinds);
    }

    @Override
    final Section build(Context c, List<Framework> frameworks) {
        String titles = Printed.titles(frameworks);
        var table = ObjectiveTable.build(id, widths(), header(c, titles), c.plan(), o -> rows(c, c.direct(o, kinds)));
        String note = "Each row is a link made at " + c.objectiveLabel().toLowerCase(Locale.ROOT) + " level to "
                + linkedTo(titles);
        return new Section(id, "Appendix " + id + ": " + title(c, titles), List.of(
                new Block.Paragraph(Line.note(SectionBuilder.sourceNote(note))), table));
    }

    /** The section title after "Appendix X: "; by default "Corporate objectives aligned to" the titles. */
    protected String title(Context c, String titles) {
        return c.objectivesLabel() + " aligned to " + titles;
    }

    /** The end of the source note, after "Each row is a link made at objective level to ". */
    protected abstract String linkedTo(String titles);

    /** Column widths in percent, the objective column first. */
    protected List<Integer> widths() {
        return List.of(30, 70);
    }

    protected List<Row> header(Context c, String titles) {
        return List.of(Row.header(Cell.text(c.objectivesLabel()), Cell.text(titles)));
    }

    /** One objective's rows, without the objective cell, from its direct links in model order. */
    protected abstract List<List<Cell>> rows(Context c, List<Link> links);

    /** One row per unit (a link, or a group of links), in order. */
    static <T> List<List<Cell>> rowPer(List<T> units, Function<T, List<Cell>> row) {
        List<List<Cell>> rows = new ArrayList<>();
        for (T u : units) {
            rows.add(row.apply(u));
        }
        return rows;
    }

    /** A link to a whole framework rather than one of its items. */
    static Line all(Framework f, Link l) {
        return Line.item(0, "All", f.getLabel(), l.alignment().getId());
    }
}

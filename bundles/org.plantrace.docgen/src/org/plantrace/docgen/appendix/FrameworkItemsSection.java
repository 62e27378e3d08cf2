package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * The framework appendices (C, G, H): one table of items per framework of {@link #kinds()}, named
 * by the section's id (with the framework's id appended when there are several), under a heading
 * naming the framework when there are several. Subclasses give the table's columns.
 */
abstract class FrameworkItemsSection extends FrameworkKindsSection {

    FrameworkItemsSection(String id, FrameworkKind... kinds) {
        super(id, kinds);
    }

    @Override
    final Section build(Context c, List<Framework> frameworks) {
        List<Block> blocks = new ArrayList<>(intro(c));
        for (Framework f : frameworks) {
            if (frameworks.size() > 1 && headed()) {
                blocks.add(new Block.Heading(f.getLabel()));
            }
            blocks.add(table(c, f, frameworks.size() == 1 ? id : id + "-" + f.getId()));
        }
        return new Section(id, "Appendix " + id + ": " + title(c, Printed.titles(frameworks)), blocks);
    }

    /** Blocks before the tables; none by default. */
    protected List<Block> intro(Context c) {
        return List.of();
    }

    /** Whether each table has a heading naming its framework when there are several; yes by default. */
    protected boolean headed() {
        return true;
    }

    /** The section title after "Appendix X: "; by default the frameworks' titles. */
    protected String title(Context c, String titles) {
        return titles;
    }

    protected abstract Table table(Context c, Framework f, String name);

    /**
     * A table body, item by item in order: a group item is a group row of its {@code groupLine} across
     * all {@code columns}; any other item gives the rows of {@code rows}.
     */
    static List<Row> body(List<PriorityItem> items, int columns, Function<PriorityItem, Line> groupLine,
            Function<PriorityItem, List<Row>> rows) {
        List<Row> body = new ArrayList<>();
        for (PriorityItem item : items) {
            if (item.isGroup()) {
                body.add(new Row(Row.Kind.GROUP, List.of(Cell.of(groupLine.apply(item)).colSpan(columns))));
            } else {
                body.addAll(rows.apply(item));
            }
        }
        return body;
    }
}

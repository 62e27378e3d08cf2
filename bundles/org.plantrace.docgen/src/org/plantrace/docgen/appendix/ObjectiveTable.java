package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;

/**
 * The shape of the forward appendices: one group of rows per objective, in plan order, with the
 * objective in the first column spanning its rows. An objective without rows still gets one (empty)
 * row, as the published tables show objectives that align to nothing.
 */
final class ObjectiveTable {

    private ObjectiveTable() {
    }

    /**
     * @param rowsOf for an objective, its rows without the objective cell, each with
     *            {@code widths.size() - 1} single-span cells
     */
    static Table build(String name, List<Integer> widths, List<Row> header, Plan plan,
            Function<CorporateObjective, List<List<Cell>>> rowsOf) {
        List<Row> body = new ArrayList<>();
        for (CorporateObjective o : plan.getObjectives()) {
            List<List<Cell>> rows = rowsOf.apply(o);
            if (rows.isEmpty()) {
                List<Cell> empty = new ArrayList<>();
                for (int i = 1; i < widths.size(); i++) {
                    empty.add(Cell.empty());
                }
                rows = List.of(empty);
            }
            body.addAll(spanning(objectiveCell(o), rows));
        }
        return new Table(name, widths, header, body);
    }

    /** Body rows of {@code rows}, each without its first cell, with {@code first} spanning them all. */
    static List<Row> spanning(Cell first, List<List<Cell>> rows) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            if (i == 0) {
                cells.add(first.rowSpan(rows.size()));
            }
            cells.addAll(rows.get(i));
            out.add(Row.body(cells));
        }
        return out;
    }

    static Cell objectiveCell(CorporateObjective o) {
        return Cell.of(Line.text(o.getLabel(), o.getId()));
    }

    static Cell header(String text) {
        return Cell.text(text);
    }
}

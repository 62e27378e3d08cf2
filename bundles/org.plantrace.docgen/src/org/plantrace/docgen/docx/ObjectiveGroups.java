package org.plantrace.docgen.docx;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;

/**
 * A table whose first column holds one cell spanning each group of rows (the objective of appendices B, D, E, F),
 * recast for Word, which paginates the DOCX itself and never repeats a merged cell on the next page: one table per
 * group, whose repeated header rows are the column headings (without the first column) and a row carrying the group's
 * label across the table. Word and LibreOffice repeat both at the top of every page a group runs onto, so the objective
 * is named on each continuation page.
 */
final class ObjectiveGroups {

    /** One group's table and how many of its first body rows repeat with the header (the label row). */
    record Part(Table table, int repeatedBodyRows) {
    }

    private ObjectiveGroups() {
    }

    /** The parts of {@code t}, or an empty list when {@code t} is not grouped by a spanning first column. */
    static List<Part> split(Table t) {
        List<List<Table.Placed>> grid = t.grid();
        int headerRows = t.header().size();
        if (t.columns() < 2 || !grouped(t, grid, headerRows)) {
            return List.of();
        }
        List<Row> header = new ArrayList<>();
        for (int h = 0; h < headerRows; h++) {
            List<Cell> cells = t.header().get(h).cells();
            if (grid.get(h).get(0).row() == h) {
                cells = cells.subList(1, cells.size());
            }
            if (!cells.isEmpty()) {
                header.add(new Row(Row.Kind.HEADER, cells));
            }
        }
        List<Integer> widths = t.widths().subList(1, t.widths().size());
        List<Part> parts = new ArrayList<>();
        int r = headerRows;
        while (r < grid.size()) {
            Table.Placed first = grid.get(r).get(0);
            int span = first.cell().rowSpan();
            List<Row> body = new ArrayList<>();
            body.add(new Row(Row.Kind.GROUP, List.of(new Cell(first.cell().lines(), 1, t.columns() - 1))));
            for (int i = r; i < r + span; i++) {
                List<Cell> cells = t.body().get(i - headerRows).cells();
                body.add(Row.body(i == r ? cells.subList(1, cells.size()) : cells));
            }
            parts.add(new Part(new Table(t.name() + "-" + (parts.size() + 1), widths, header, body, t.groupLabel()), 1));
            r += span;
        }
        return parts;
    }

    /**
     * Grouped: the body's first column is made of cells that start in the body, span whole rows of one column, and at
     * least one spans several rows; the header's first column cells span one column.
     */
    private static boolean grouped(Table t, List<List<Table.Placed>> grid, int headerRows) {
        if (t.body().isEmpty() || t.body().stream().anyMatch(row -> row.kind() != Row.Kind.BODY)) {
            return false;
        }
        boolean spans = false;
        for (int r = 0; r < grid.size(); r++) {
            Table.Placed p = grid.get(r).get(0);
            if (p.cell().colSpan() != 1 || (r >= headerRows && p.row() < headerRows)) {
                return false;
            }
            if (r >= headerRows && p.origin()) {
                spans |= p.cell().rowSpan() > 1;
                for (int c = 1; c < t.columns(); c++) {
                    // a cell of another column reaching over the group's end would be cut in two
                    Table.Placed q = grid.get(r).get(c);
                    if (q.row() < r) {
                        return false;
                    }
                }
            }
        }
        return spans;
    }

    /** All parts as one table (same header, every label and body row), for measuring shared column widths. */
    static Table combined(Table t, List<Part> parts) {
        List<Row> body = new ArrayList<>();
        parts.forEach(p -> body.addAll(p.table().body()));
        Table first = parts.get(0).table();
        return new Table(t.name(), first.widths(), first.header(), body, t.groupLabel());
    }
}

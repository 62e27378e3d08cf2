package org.plantrace.docgen.csv;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;

/**
 * A table as one header row and plain data rows: each column headed by the deepest header cell over it,
 * spanned cells repeated in every row they cover, and, when the table has group rows, a first column
 * holding the current group instead of the group rows themselves.
 */
public record Flat(List<String> header, List<List<String>> rows) {

    public static Flat of(Table t) {
        List<List<Table.Placed>> grid = t.grid();
        int headerRows = t.header().size();
        boolean grouped = t.body().stream().anyMatch(r -> r.kind() == Row.Kind.GROUP);
        List<String> header = new ArrayList<>();
        if (grouped) {
            header.add(t.groupLabel());
        }
        for (int c = 0; c < t.columns(); c++) {
            header.add(headerRows == 0 ? "" : grid.get(headerRows - 1).get(c).cell().plain());
        }
        List<List<String>> rows = new ArrayList<>();
        String group = "";
        for (int r = headerRows; r < grid.size(); r++) {
            if (t.body().get(r - headerRows).kind() == Row.Kind.GROUP) {
                group = grid.get(r).get(0).cell().plain();
                continue;
            }
            List<String> row = new ArrayList<>();
            if (grouped) {
                row.add(group);
            }
            for (Table.Placed p : grid.get(r)) {
                row.add(p.columnOffset() > 0 ? "" : p.cell().plain());
            }
            rows.add(row);
        }
        return new Flat(header, rows);
    }
}

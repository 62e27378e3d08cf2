package org.plantrace.docgen;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a section. {@code name} is a short file-name-safe name (the CSV file and spreadsheet
 * sheet: "B", "summary-forward"), {@code widths} the relative column widths. Rows use HTML-style spans
 * (see {@link Cell}). {@code groupLabel} names what the {@link Row.Kind#GROUP} rows are (e.g. the
 * objective an indicator was reported against); flat formats turn it into a column.
 */
public record Table(String name, List<Integer> widths, List<Row> header, List<Row> body, String groupLabel)
        implements Block {

    public Table(String name, List<Integer> widths, List<Row> header, List<Row> body) {
        this(name, widths, header, body, "Group");
    }

    public Table {
        widths = List.copyOf(widths);
        header = List.copyOf(header);
        body = List.copyOf(body);
        for (Row r : header) {
            if (r.kind() != Row.Kind.HEADER) {
                throw new IllegalArgumentException("header rows must be HEADER rows");
            }
        }
    }

    public int columns() {
        return widths.size();
    }

    /**
     * The table as a full grid: for each row (header rows first), for each column, the cell that
     * covers it, with {@link Placed#origin()} true only where the cell starts. Checks that spans fit.
     */
    public List<List<Placed>> grid() {
        List<Row> rows = new ArrayList<>(header);
        rows.addAll(body);
        int n = columns();
        Placed[][] g = new Placed[rows.size()][n];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r).cells()) {
                while (c < n && g[r][c] != null) {
                    c++;
                }
                if (c + cell.colSpan() > n || r + cell.rowSpan() > rows.size()) {
                    throw new IllegalStateException("table " + name + ": cell spans beyond the table at row " + r);
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        if (g[r + dr][c + dc] != null) {
                            throw new IllegalStateException("table " + name + ": overlapping cells at row " + (r + dr));
                        }
                        g[r + dr][c + dc] = new Placed(cell, r, c, dr == 0 && dc == 0, dr, dc);
                    }
                }
                c += cell.colSpan();
            }
        }
        List<List<Placed>> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < n; c++) {
                if (g[r][c] == null) {
                    throw new IllegalStateException("table " + name + ": row " + r + " leaves column " + c + " empty");
                }
            }
            out.add(List.of(g[r]));
        }
        return out;
    }

    /** A grid position and the cell covering it. */
    public record Placed(Cell cell, int row, int column, boolean origin, int rowOffset, int columnOffset) {
    }
}

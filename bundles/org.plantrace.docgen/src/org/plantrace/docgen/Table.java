package org.plantrace.docgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of a section. {@code name} is a short file-name-safe name (the CSV file and spreadsheet
 * sheet: "B", "summary-forward"), {@code widths} the relative column widths. Rows use HTML-style spans
 * (see {@link Cell}). {@code groupLabel} names what the {@link Row.Kind#GROUP} rows are (e.g. the
 * objective an indicator was reported against); flat formats turn it into a column. A value (equal to another
 * table of the same name, widths, rows and label) whose {@link #grid()} is worked out once, whichever writer asks
 * first: every format asks for it, the DOCX three times (at the 100x model, 1 s of CPU in all).
 */
public final class Table implements Block {

    private final String name;
    private final List<Integer> widths;
    private final List<Row> header;
    private final List<Row> body;
    private final String groupLabel;
    /** The grid, once worked out (written at most a few times over by writers asking at once: the same grid). */
    private volatile List<List<Placed>> grid;
    /** Its lines' longest words, once measured for all formats ({@link ColumnWidths}; the same once over). */
    volatile ColumnWidths.Measured measured;

    public Table(String name, List<Integer> widths, List<Row> header, List<Row> body) {
        this(name, widths, header, body, "Group");
    }

    public Table(String name, List<Integer> widths, List<Row> header, List<Row> body, String groupLabel) {
        this.name = name;
        this.widths = List.copyOf(widths);
        this.header = List.copyOf(header);
        this.body = List.copyOf(body);
        this.groupLabel = groupLabel;
        for (Row r : this.header) {
            if (r.kind() != Row.Kind.HEADER) {
                throw new IllegalArgumentException("header rows must be HEADER rows");
            }
        }
    }

    public String name() {
        return name;
    }

    public List<Integer> widths() {
        return widths;
    }

    public List<Row> header() {
        return header;
    }

    public List<Row> body() {
        return body;
    }

    public String groupLabel() {
        return groupLabel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && Objects.equals(name, t.name) && widths.equals(t.widths) && header.equals(t.header)
                && body.equals(t.body) && Objects.equals(groupLabel, t.groupLabel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, widths, header, body, groupLabel);
    }

    @Override
    public String toString() {
        return "Table[name=" + name + ", widths=" + widths + ", header=" + header + ", body=" + body + ", groupLabel="
                + groupLabel + "]";
    }

    public int columns() {
        return widths.size();
    }

    /**
     * The table as a full grid: for each row (header rows first), for each column, the cell that
     * covers it, with {@link Placed#origin()} true only where the cell starts. Checks that spans fit.
     */
    public List<List<Placed>> grid() {
        List<List<Placed>> g = grid;
        if (g == null) {
            g = placed();
            grid = g;
        }
        return g;
    }

    private List<List<Placed>> placed() {
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
        return java.util.Collections.unmodifiableList(out);
    }

    /** A grid position and the cell covering it. */
    public record Placed(Cell cell, int row, int column, boolean origin, int rowOffset, int columnOffset) {
    }
}

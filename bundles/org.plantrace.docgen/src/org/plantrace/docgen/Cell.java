package org.plantrace.docgen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table cell: its lines and how many rows and columns it spans. A cell spanning rows covers the cells
 * below it, which the following rows simply omit (as in HTML); writers turn spans into vertical merges
 * (DOCX {@code vMerge}), {@code rowspan}/{@code colspan} or merged regions.
 */
public record Cell(List<Line> lines, int rowSpan, int colSpan) {

    public Cell {
        lines = List.copyOf(lines);
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be >= 1");
        }
    }

    public static Cell of(List<Line> lines) {
        return new Cell(lines, 1, 1);
    }

    public static Cell of(Line... lines) {
        return new Cell(List.of(lines), 1, 1);
    }

    public static Cell text(String text) {
        return of(Line.text(text));
    }

    public static Cell empty() {
        return new Cell(List.of(), 1, 1);
    }

    public Cell rowSpan(int rows) {
        return new Cell(lines, rows, colSpan);
    }

    public Cell colSpan(int cols) {
        return new Cell(lines, rowSpan, cols);
    }

    /** The cell's lines as plain text, one per line. */
    public String plain() {
        if (lines.size() == 1) {
            return lines.get(0).plain(); // most cells (a stream per cell cost the XLSX writer a fifth of its time)
        }
        return lines.stream().map(Line::plain).collect(Collectors.joining("\n"));
    }
}

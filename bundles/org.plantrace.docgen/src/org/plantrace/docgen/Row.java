package org.plantrace.docgen;

import java.util.List;

/** A table row: the cells that start in it, left to right (cells covered by a span from above are omitted). */
public record Row(Kind kind, List<Cell> cells) {

    public enum Kind {
        /** A header row, repeated on every page. */
        HEADER,
        /** A data row. */
        BODY,
        /** A heading inside the body that groups the rows below it (one cell across the table). */
        GROUP
    }

    public Row {
        cells = List.copyOf(cells);
    }

    public static Row header(Cell... cells) {
        return new Row(Kind.HEADER, List.of(cells));
    }

    public static Row body(List<Cell> cells) {
        return new Row(Kind.BODY, cells);
    }
}

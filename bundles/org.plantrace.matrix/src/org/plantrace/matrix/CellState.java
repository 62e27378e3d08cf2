package org.plantrace.matrix;

/**
 * What a matrix cell shows, strongest last: how the row's element reaches the column's item. The
 * routes match {@code TraceIndex}'s covers.
 */
public enum CellState {
    /** No link reaches the item. */
    NONE("", ""),
    /**
     * A link reaches the item indirectly: through its parent or a sub-item, an equivalent indicator, or a
     * link to the whole framework.
     */
    INDIRECT("\u00b7", "reached indirectly"),
    /** On an objective row: one of its key activities or measures links the item. On an outcome row: an
     * objective under it does. */
    INHERITED("\u25cb", "linked through its key activities"),
    /** On a key-activity row: the objective's link to the item cites this key activity. */
    CITED("\u25d0", "cited by the objective's link"),
    /** The row's element links the item itself. */
    DIRECT("\u25cf", "linked");

    private static final CellState[] VALUES = values();

    private final String mark;
    private final String meaning;

    CellState(String mark, String meaning) {
        this.mark = mark;
        this.meaning = meaning;
    }

    /** The character printed for this state in exports. */
    public String mark() {
        return mark;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the cell counts as a link of the row (shown checked, counted in the row's total). */
    public boolean isLink() {
        return this == DIRECT || this == CITED || this == INHERITED;
    }

    static CellState of(int ordinal) {
        return VALUES[ordinal];
    }
}

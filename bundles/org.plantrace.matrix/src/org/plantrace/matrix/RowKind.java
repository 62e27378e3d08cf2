package org.plantrace.matrix;

/** What a matrix row shows. */
public enum RowKind {
    OUTCOME,
    OBJECTIVE,
    KEY_ACTIVITY,
    MEASURE;

    /** Whether links can be made from rows of this kind (outcomes only aggregate). */
    public boolean isAlignable() {
        return this != OUTCOME;
    }
}

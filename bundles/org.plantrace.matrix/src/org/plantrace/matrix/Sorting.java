package org.plantrace.matrix;

import org.eclipse.emf.ecore.EObject;

/**
 * The row sort of a {@link MatrixModel} in grid terms: by the tree column (labels), the count column (links) or a
 * framework column (the row's link state there). Kept in its {@link ViewState} by key (label, count or the column's
 * item), so a sort survives refreshes that move columns; takes effect at the next {@link MatrixModel#layout()}.
 */
public final class Sorting {

    private final MatrixModel model;

    Sorting(MatrixModel model) {
        this.model = model;
    }

    /** Sorts sibling rows by a grid column ({@link ViewState.Direction#NONE} restores model order). */
    public void sort(int gridColumn, ViewState.Direction direction) {
        ViewState state = model.state();
        state.sortKey = gridColumn == MatrixModel.TREE_COLUMN ? ViewState.SORT_BY_LABEL
                : gridColumn == MatrixModel.COUNT_COLUMN ? ViewState.SORT_BY_COUNT
                        : model.columns().target(model.column(gridColumn));
        state.sortDirection = direction;
    }

    /** The grid column the rows are sorted by, or -1. */
    public int sortedGridColumn() {
        Object key = model.state().sortKey();
        if (key == null) {
            return -1;
        }
        if (key == ViewState.SORT_BY_LABEL) {
            return MatrixModel.TREE_COLUMN;
        }
        if (key == ViewState.SORT_BY_COUNT) {
            return MatrixModel.COUNT_COLUMN;
        }
        return model.gridColumnOf((EObject) key);
    }

    public void clear() {
        model.state().sortKey = null;
        model.state().sortDirection = ViewState.Direction.NONE;
    }
}

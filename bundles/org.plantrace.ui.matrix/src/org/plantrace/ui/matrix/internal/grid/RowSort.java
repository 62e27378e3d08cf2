package org.plantrace.ui.matrix.internal.grid;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.matrix.ViewState;

/**
 * NatTable's sort model over the matrix: sorts sibling rows (objectives within an outcome, key
 * activities within an objective) by the clicked column. The model keeps the sort by the column's
 * item, so it survives refreshes, filtering and hiding; {@code onChange} refreshes the grid.
 */
public final class RowSort implements ISortModel {

    private final MatrixModel model;
    private final Runnable onChange;

    public RowSort(MatrixModel model, Runnable onChange) {
        this.model = model;
        this.onChange = onChange;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        int c = model.sorting().sortedGridColumn();
        return c < 0 ? List.of() : List.of(c);
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return model.sorting().sortedGridColumn() == columnIndex;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        if (!isColumnIndexSorted(columnIndex)) {
            return SortDirectionEnum.NONE;
        }
        return switch (model.state().sortDirection()) {
            case ASC -> SortDirectionEnum.ASC;
            case DESC -> SortDirectionEnum.DESC;
            case NONE -> SortDirectionEnum.NONE;
        };
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of();
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return null;
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
        if (columnIndex < 0 || columnIndex >= model.gridColumnCount()) {
            return;
        }
        ViewState.Direction d = switch (sortDirection) {
            case ASC -> ViewState.Direction.ASC;
            case DESC -> ViewState.Direction.DESC;
            case NONE -> ViewState.Direction.NONE;
        };
        model.sorting().sort(columnIndex, d);
        model.layout();
        onChange.run();
    }

    @Override
    public void clear() {
        model.sorting().clear();
        model.layout();
        onChange.run();
    }
}

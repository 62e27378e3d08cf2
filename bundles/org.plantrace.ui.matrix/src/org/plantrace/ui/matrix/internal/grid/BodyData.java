package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.plantrace.matrix.MatrixModel;

/**
 * The body cells, read from the model on demand: the row's title in the tree column, its link count,
 * then the {@link org.plantrace.matrix.CellState} of each framework cell. Setting a
 * framework cell to {@code Boolean} links or unlinks it through {@link LinkEditor}.
 */
public final class BodyData implements IDataProvider {

    /** Makes the model change for a toggled cell (an EMF command on the editing domain). */
    public interface LinkEditor {
        void set(int row, int gridColumn, boolean link);
    }

    private final MatrixModel model;
    private final LinkEditor editor;

    public BodyData(MatrixModel model, LinkEditor editor) {
        this.model = model;
        this.editor = editor;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return switch (columnIndex) {
            case MatrixModel.TREE_COLUMN -> model.rowLabel(rowIndex);
            case MatrixModel.COUNT_COLUMN -> Integer.valueOf(model.linkCount(rowIndex));
            default -> model.state(rowIndex, columnIndex);
        };
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        if (newValue instanceof Boolean link && model.isToggleable(rowIndex, columnIndex)) {
            editor.set(rowIndex, columnIndex, link);
        }
    }

    @Override
    public int getColumnCount() {
        return model.gridColumnCount();
    }

    @Override
    public int getRowCount() {
        return model.rowCount();
    }
}

package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.plantrace.matrix.MatrixModel;

/** The column header (one row: the items' codes) or the row header (one column: printed references). */
public final class HeaderData implements IDataProvider {

    private final MatrixModel model;
    private final boolean columns;

    private HeaderData(MatrixModel model, boolean columns) {
        this.model = model;
        this.columns = columns;
    }

    public static HeaderData columns(MatrixModel model) {
        return new HeaderData(model, true);
    }

    public static HeaderData rows(MatrixModel model) {
        return new HeaderData(model, false);
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return columns ? model.columnLabel(columnIndex) : model.rowHeader(rowIndex);
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getColumnCount() {
        return columns ? model.gridColumnCount() : 1;
    }

    @Override
    public int getRowCount() {
        return columns ? 1 : model.rowCount();
    }
}

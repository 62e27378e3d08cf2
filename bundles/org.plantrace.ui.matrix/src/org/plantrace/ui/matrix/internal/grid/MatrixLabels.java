package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.matrix.RowKind;

/**
 * Config labels of the body cells, most specific first: the row and column of the selected cell
 * ({@link #CROSSHAIR}), gaps, the row's kind, then what the cell is (tree, count, link). Styles and
 * painters are registered against these labels in {@link MatrixStyle}.
 */
public final class MatrixLabels implements IConfigLabelAccumulator {

    public static final String TREE = "MATRIX_TREE";
    public static final String COUNT = "MATRIX_COUNT";
    public static final String LINK = "MATRIX_LINK";
    public static final String LINK_EDITABLE = "MATRIX_LINK_EDITABLE";
    public static final String CITATIONS = "MATRIX_CITATIONS";
    public static final String CROSSHAIR = "MATRIX_CROSSHAIR";
    public static final String GAP_COLUMN = "MATRIX_GAP_COLUMN";
    public static final String GAP_ROW = "MATRIX_GAP_ROW";
    public static final String ROW_PREFIX = "MATRIX_ROW_";

    // header labels
    public static final String ITEM_HEADER = "MATRIX_ITEM_HEADER";
    public static final String FIXED_HEADER = "MATRIX_FIXED_HEADER";
    public static final String GAP_HEADER = "MATRIX_GAP_HEADER";
    public static final String FRAMEWORK_PREFIX = "MATRIX_FRAMEWORK_";
    public static final String ROW_HEADER_TEXT = "MATRIX_ROW_HEADER_TEXT";

    private final MatrixModel model;
    private final SelectionLayer selection;

    public MatrixLabels(MatrixModel model, SelectionLayer selection) {
        this.model = model;
        this.selection = selection;
    }

    public static String rowLabel(RowKind kind) {
        return ROW_PREFIX + kind.name();
    }

    @Override
    public void accumulateConfigLabels(LabelStack labels, int columnPosition, int rowPosition) {
        // the body data layer's positions are its indexes; the tree layer hides no rows and the selection
        // layer sits right above it, so the anchor's positions are data indexes as well
        if (rowPosition >= model.rowCount() || columnPosition >= model.gridColumnCount()) {
            return;
        }
        PositionCoordinate anchor = selection.getSelectionAnchor();
        if (anchor != null && anchor.getRowPosition() >= 0
                && (anchor.getRowPosition() == rowPosition || anchor.getColumnPosition() == columnPosition)
                && columnPosition >= MatrixModel.FIXED_COLUMNS) {
            labels.addLabel(CROSSHAIR);
        }
        if (model.isGapColumn(columnPosition)) {
            labels.addLabel(GAP_COLUMN);
        }
        if (columnPosition < MatrixModel.FIXED_COLUMNS && model.isGapRow(rowPosition)) {
            labels.addLabel(GAP_ROW);
        }
        labels.addLabel(rowLabel(model.kind(rowPosition)));
        switch (columnPosition) {
            case MatrixModel.TREE_COLUMN -> labels.addLabel(TREE);
            case MatrixModel.COUNT_COLUMN -> labels.addLabel(COUNT);
            default -> {
                labels.addLabel(LINK);
                if (model.isToggleable(rowPosition, columnPosition)) {
                    labels.addLabel(LINK_EDITABLE);
                }
                if (model.showsCitations(columnPosition)) {
                    labels.addLabel(CITATIONS);
                }
            }
        }
    }

    /** Labels of the column header cells. */
    public IConfigLabelAccumulator columnHeader() {
        return (labels, col, row) -> {
            if (col >= model.gridColumnCount()) {
                return;
            }
            if (col < MatrixModel.FIXED_COLUMNS) {
                labels.addLabel(FIXED_HEADER);
                return;
            }
            if (model.isGapColumn(col)) {
                labels.addLabel(GAP_HEADER);
            }
            labels.addLabel(FRAMEWORK_PREFIX + model.frameworkIndex(col) % MatrixStyle.FRAMEWORK_COLOURS);
            labels.addLabel(ITEM_HEADER);
        };
    }

    /** Labels of the row header cells. */
    public IConfigLabelAccumulator rowHeader() {
        return (labels, col, row) -> {
            if (row < model.rowCount()) {
                if (model.isGapRow(row)) {
                    labels.addLabel(GAP_ROW);
                }
                labels.addLabel(rowLabel(model.kind(row)));
            }
            labels.addLabel(ROW_HEADER_TEXT);
        };
    }
}

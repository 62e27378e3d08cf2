package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.freeze.CompositeFreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.command.FreezeColumnCommand;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.group.performance.ColumnGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.StructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.tree.TreeLayer;
import org.eclipse.nebula.widgets.nattable.tree.config.TreeLayerExpandCollapseKeyBindings;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.plantrace.matrix.ColumnSet;
import org.plantrace.matrix.LinkDiff;
import org.plantrace.matrix.MatrixModel;

/**
 * The NatTable layer stack of the matrix.
 *
 * <pre>
 * body:    DataLayer(BodyData) - TreeLayer(TreeRows) - SelectionLayer - ViewportLayer
 *          + FreezeLayer in a CompositeFreezeLayer (tree and count columns frozen)
 * columns: DataLayer(HeaderData) - ColumnHeaderLayer - SortHeaderLayer(RowSort)
 *          - ColumnGroupHeaderLayer (level 1: frameworks, level 0: PSAs with their priority actions,
 *          Mayor's themes with their priorities)
 * rows:    DataLayer(HeaderData) - RowHeaderLayer;  corner: CornerLayer;  all in a GridLayer
 * </pre>
 *
 * The data layers read the {@link MatrixModel} on demand; {@link #refresh(MatrixModel.Change)} repaints
 * or, when rows or columns came or went, fires a structural refresh and lays the column groups out again.
 */
public final class MatrixGrid {

    public static final int TREE_WIDTH = 340;
    public static final int COUNT_WIDTH = 46;
    public static final int LINK_WIDTH = 26;
    public static final int CITATION_WIDTH = 104;
    public static final int HEADER_HEIGHT = 118;
    public static final int ROW_HEADER_WIDTH = 100;

    private final MatrixModel model;
    private final BufferedNatTable natTable;
    private int lastAnchorRow = -1;
    private int lastAnchorColumn = -1;
    private boolean lastSingle = true;
    private final DataLayer bodyData;
    private final DataLayer columnHeaderData;
    private final DataLayer rowHeaderData;
    private final SelectionLayer selection;
    private final ViewportLayer viewport;
    private final CompositeFreezeLayer body;
    private final ColumnGroupHeaderLayer groups;
    private final TreeLayer tree;
    private Runnable structureListener = () -> {
    };

    public MatrixGrid(Composite parent, MatrixModel model, BodyData.LinkEditor editor) {
        this.model = model;
        bodyData = new DataLayer(new BodyData(model, editor), LINK_WIDTH, 22);
        tree = new TreeLayer(bodyData, new TreeRows(model, this::structureChanged));
        selection = new SelectionLayer(tree);
        viewport = new ViewportLayer(selection);
        FreezeLayer freeze = new FreezeLayer(selection);
        body = new CompositeFreezeLayer(freeze, viewport, selection);
        MatrixLabels labels = new MatrixLabels(model, selection);
        bodyData.setConfigLabelAccumulator(labels);

        HeaderData columnData = HeaderData.columns(model);
        columnHeaderData = new DataLayer(columnData, LINK_WIDTH, HEADER_HEIGHT);
        columnHeaderData.setConfigLabelAccumulator(labels.columnHeader());
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(columnHeaderData, body, selection);
        SortHeaderLayer<Object> sortHeader = new SortHeaderLayer<>(columnHeader,
                new RowSort(model, this::structureChanged));
        groups = new ColumnGroupHeaderLayer(sortHeader, selection, 2, true);
        groups.setCalculateHeight(true);
        groups.setShowAlwaysGroupNames(true);
        groups.setDefaultCollapseable(false);
        groups.setReorderSupportedOnLevel(0, false);
        groups.setReorderSupportedOnLevel(1, false);
        groups.setConfigLabelAccumulator((stack, col, row) -> {
            int index = groups.getColumnIndexByPosition(col);
            if (index >= MatrixModel.FIXED_COLUMNS && index < model.gridColumnCount()) {
                stack.addLabel(MatrixLabels.FRAMEWORK_PREFIX + model.frameworkIndex(index) % MatrixStyle.FRAMEWORK_COLOURS);
            }
        });

        HeaderData rowData = HeaderData.rows(model);
        rowHeaderData = new DataLayer(rowData, ROW_HEADER_WIDTH, 22);
        rowHeaderData.setConfigLabelAccumulator(labels.rowHeader());
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, body, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnData, rowData)),
                rowHeader, groups);
        GridLayer grid = new GridLayer(body, groups, rowHeader, corner);

        natTable = new BufferedNatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, grid);
        natTable.setConfigRegistry(new ConfigRegistry());
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new MatrixStyle(model));
        natTable.addConfiguration(new TreeLayerExpandCollapseKeyBindings(tree, selection));
        applyColumnWidths();
        regroup();
        natTable.configure();
        MatrixBindings.configure(natTable);
        natTable.doCommand(new FreezeColumnCommand(body, MatrixModel.COUNT_COLUMN));
        // the link's model change repaints through refresh(); the data layer need not announce it
        bodyData.registerCommandHandler(new QuietUpdateDataCommandHandler(bodyData));
        natTable.setSelectionDamage(this::selectionChanged);
    }

    public BufferedNatTable natTable() {
        return natTable;
    }

    public SelectionLayer selection() {
        return selection;
    }

    public ViewportLayer viewport() {
        return viewport;
    }

    public ColumnGroupHeaderLayer groups() {
        return groups;
    }

    public TreeLayer tree() {
        return tree;
    }

    /** The NatTable column position of a grid column (body index), or -1 when scrolled out of view. */
    public int natColumn(int gridColumn) {
        int p = body.getColumnPositionByIndex(gridColumn);
        return p < 0 ? -1 : p + 1;
    }

    /** The NatTable row position of a grid row (body index), or -1 when scrolled out of view. */
    public int natRow(int gridRow) {
        int p = body.getRowPositionByIndex(gridRow);
        return p < 0 ? -1 : p + groups.getRowCount();
    }

    /** Called after rows or columns were re-laid out by the grid itself (expand, collapse, sort). */
    public void setStructureListener(Runnable listener) {
        this.structureListener = listener;
    }

    private void structureChanged() {
        refresh(MatrixModel.Change.STRUCTURE);
        structureListener.run();
    }

    /** Brings the grid up to date with the model after {@link MatrixModel#refresh()} or layout. */
    public void refresh(MatrixModel.Change change) {
        refresh(change, null);
    }

    /**
     * Brings the grid up to date: a structural change refreshes the layers and repaints everything; a
     * content change with a {@code diff} repaints only the cells, counts and headers it names.
     */
    public void refresh(MatrixModel.Change change, LinkDiff diff) {
        if (natTable.isDisposed()) {
            return;
        }
        if (change == MatrixModel.Change.STRUCTURE) {
            applyColumnWidths();
            bodyData.fireLayerEvent(new StructuralRefreshEvent(bodyData));
            columnHeaderData.fireLayerEvent(new StructuralRefreshEvent(columnHeaderData));
            rowHeaderData.fireLayerEvent(new StructuralRefreshEvent(rowHeaderData));
            regroup();
            natTable.redraw();
        } else if (diff == null) {
            natTable.redraw();
        } else {
            new Damage(this, model).add(diff).redraw();
        }
    }

    /** Repaints the rows and columns of the old and new selection anchor (the crosshair and headers). */
    private void selectionChanged() {
        var anchor = selection.getSelectionAnchor();
        int row = anchor.getRowPosition();
        int col = anchor.getColumnPosition();
        boolean single = isSingleCell();
        if (!single || !lastSingle) {
            natTable.redraw();
        } else {
            Damage d = new Damage(this, model);
            d.crosshair(lastAnchorRow, lastAnchorColumn);
            d.crosshair(row, col);
            d.redraw();
        }
        lastAnchorRow = row;
        lastAnchorColumn = col;
        lastSingle = single;
    }

    private boolean isSingleCell() {
        var ranges = selection.getSelectionModel().getSelections();
        if (ranges.size() > 1) {
            return false;
        }
        if (ranges.isEmpty()) {
            return true;
        }
        var r = ranges.get(0);
        return r.width <= 1 && r.height <= 1;
    }

    private void applyColumnWidths() {
        int n = model.gridColumnCount();
        bodyData.setColumnWidthByPosition(MatrixModel.TREE_COLUMN, TREE_WIDTH, false);
        bodyData.setColumnWidthByPosition(MatrixModel.COUNT_COLUMN, COUNT_WIDTH, false);
        for (int c = MatrixModel.FIXED_COLUMNS; c < n; c++) {
            bodyData.setColumnWidthByPosition(c, model.showsCitations(c) ? CITATION_WIDTH : LINK_WIDTH, false);
        }
    }

    /** Column groups: level 1 one per framework run, level 0 one per PSA or theme run with sub-items. */
    private void regroup() {
        groups.clearAllGroups();
        ColumnSet columns = model.columns();
        int[] cols = model.visibleColumns();
        int i = 0;
        while (i < cols.length) {
            int fi = columns.framework(cols[i]);
            int j = i;
            while (j < cols.length && columns.framework(cols[j]) == fi) {
                j++;
            }
            groups.addGroup(1, columns.frameworkLabel(fi), MatrixModel.FIXED_COLUMNS + i, j - i);
            int k = i;
            while (k < j) {
                int head = columns.headColumn(cols[k]);
                int m = k;
                while (m < j && head >= 0 && columns.headColumn(cols[m]) == head) {
                    m++;
                }
                if (head >= 0) {
                    groups.addGroup(0, org.plantrace.core.Labels.printedId(columns.target(head)),
                            MatrixModel.FIXED_COLUMNS + k, m - k);
                    k = m;
                } else {
                    k++;
                }
            }
            i = j;
        }
    }
}

package org.plantrace.ui.matrix.internal.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.Rectangle;
import org.plantrace.matrix.LinkDiff;
import org.plantrace.matrix.MatrixModel;

/**
 * The screen areas a change touches, as vertical strips per column and horizontal strips per row, in
 * NatTable pixels; only what is in the viewport. {@link #redraw()} marks them for repainting (the
 * {@link BufferedNatTable} then paints just these strips).
 */
final class Damage {

    private final MatrixGrid grid;
    private final MatrixModel model;
    private final NatTable nt;
    private final Map<Integer, int[]> columnSpans = new TreeMap<>();
    private final List<Rectangle> rows = new ArrayList<>();

    Damage(MatrixGrid grid, MatrixModel model) {
        this.grid = grid;
        this.model = model;
        this.nt = grid.natTable();
    }

    private void span(int natColumn, int y0, int y1) {
        if (natColumn < 0) {
            return;
        }
        int[] s = columnSpans.get(natColumn);
        if (s == null) {
            columnSpans.put(natColumn, new int[] {y0, y1});
        } else {
            s[0] = Math.min(s[0], y0);
            s[1] = Math.max(s[1], y1);
        }
    }

    /** The cells whose state changed (and their rows' counts), the headers whose coverage changed, gaps. */
    Damage add(LinkDiff diff) {
        int headerRows = grid.groups().getRowCount();
        int headerBottom = nt.getStartYOfRowPosition(headerRows);
        int height = nt.getClientArea().height;
        int width = nt.getClientArea().width;
        int countColumn = grid.natColumn(MatrixModel.COUNT_COLUMN);
        for (int p = headerRows; p < nt.getRowCount(); p++) {
            int row = nt.getRowIndexByPosition(p);
            if (row < 0 || row >= model.rowCount()) {
                continue;
            }
            int slot = model.tree().slot(model.treeRow(row));
            int[] cols = diff.changed(slot);
            boolean gapRow = diff.gapElementChanged().get(slot);
            if (cols == null && !gapRow) {
                continue;
            }
            int y = nt.getStartYOfRowPosition(p);
            int h = nt.getRowHeightByPosition(p);
            if (gapRow) {
                rows.add(new Rectangle(0, y, width, h));
                continue;
            }
            for (int c : cols) {
                int g = model.gridColumnOfModel(c);
                if (g >= 0) {
                    span(grid.natColumn(g), y, y + h);
                }
            }
            span(countColumn, y, y + h);
        }
        for (int c = diff.coverageChanged().nextSetBit(0); c >= 0; c = diff.coverageChanged().nextSetBit(c + 1)) {
            int g = model.gridColumnOfModel(c);
            if (g >= 0) {
                span(grid.natColumn(g), 0, headerBottom);
            }
        }
        for (int c = diff.gapColumnChanged().nextSetBit(0); c >= 0; c = diff.gapColumnChanged().nextSetBit(c + 1)) {
            int g = model.gridColumnOfModel(c);
            if (g >= 0) {
                span(grid.natColumn(g), 0, height);
            }
        }
        return this;
    }

    /** The whole row and the whole column of a body cell (grid positions), headers included. */
    Damage crosshair(int row, int gridColumn) {
        if (row >= 0) {
            int p = grid.natRow(row);
            if (p >= 0) {
                rows.add(new Rectangle(0, nt.getStartYOfRowPosition(p), nt.getClientArea().width, nt.getRowHeightByPosition(p)));
            }
        }
        if (gridColumn >= 0) {
            span(grid.natColumn(gridColumn), 0, nt.getClientArea().height);
        }
        return this;
    }

    void redraw() {
        for (Map.Entry<Integer, int[]> e : columnSpans.entrySet()) {
            int x = nt.getStartXOfColumnPosition(e.getKey());
            int w = nt.getColumnWidthByPosition(e.getKey());
            int[] s = e.getValue();
            nt.redraw(x, s[0], w, s[1] - s[0], false);
        }
        for (Rectangle r : rows) {
            nt.redraw(r.x, r.y, r.width, r.height, false);
        }
    }
}

package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.VerticalTextPainter;
import org.eclipse.nebula.widgets.nattable.sort.config.DefaultSortConfiguration;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.plantrace.matrix.MatrixModel;

/**
 * The header of a framework column: the item's code written upwards, and below it, in a strip, the
 * number of objectives covering the item (red on a gap). A triangle at the top shows the sort.
 */
public final class ItemHeaderPainter extends AbstractCellPainter {

    static final int STRIP = 17;
    static final Color STRIP_BG = GUIHelper.getColor(236, 239, 243);
    static final Color GAP_BG = GUIHelper.getColor(192, 0, 0);
    static final Color TEXT = GUIHelper.getColor(40, 40, 40);

    private final MatrixModel model;
    private final VerticalTextPainter text = new VerticalTextPainter(false, true, 3, false);

    public ItemHeaderPainter(MatrixModel model) {
        this.model = model;
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
        Rectangle upper = new Rectangle(bounds.x, bounds.y, bounds.width, Math.max(0, bounds.height - STRIP));
        text.paintCell(cell, gc, upper, configRegistry);
        int col = cell.getColumnIndex();
        if (col < MatrixModel.FIXED_COLUMNS || col >= model.gridColumnCount()) {
            return;
        }
        boolean gap = model.isGapColumn(col);
        Rectangle strip = new Rectangle(bounds.x, bounds.y + bounds.height - STRIP, bounds.width, STRIP);
        gc.setBackground(gap ? GAP_BG : STRIP_BG);
        gc.fillRectangle(strip);
        String n = Integer.toString(model.coverage(col));
        gc.setForeground(gap ? GUIHelper.COLOR_WHITE : TEXT);
        var extent = gc.textExtent(n);
        gc.drawText(n, strip.x + (strip.width - extent.x) / 2, strip.y + (strip.height - extent.y) / 2, true);
        boolean up = cell.getConfigLabels().hasLabel(DefaultSortConfiguration.SORT_UP_CONFIG_TYPE);
        boolean down = cell.getConfigLabels().hasLabel(DefaultSortConfiguration.SORT_DOWN_CONFIG_TYPE);
        if (up || down) {
            int cx = bounds.x + bounds.width / 2;
            int y = bounds.y + 3;
            gc.setBackground(TEXT);
            gc.fillPolygon(up ? new int[] {cx - 4, y + 5, cx + 4, y + 5, cx, y}
                    : new int[] {cx - 4, y, cx + 4, y, cx, y + 5});
        }
    }

    @Override
    public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        return text.getPreferredWidth(cell, gc, configRegistry);
    }

    @Override
    public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        return text.getPreferredHeight(cell, gc, configRegistry) + STRIP;
    }
}

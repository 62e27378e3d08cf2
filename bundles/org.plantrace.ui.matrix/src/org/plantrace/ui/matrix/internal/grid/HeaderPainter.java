package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.CellPainterWrapper;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.BeveledBorderDecorator;
import org.eclipse.nebula.widgets.nattable.sort.painter.SortableHeaderTextPainter;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The column header painter, whether sorted or not: framework columns get the {@link ItemHeaderPainter},
 * the tree and count columns a sortable text header. (The sort layer puts its sort labels on top of the
 * header's own, so one painter has to serve both.)
 */
public final class HeaderPainter extends CellPainterWrapper {

    private final ICellPainter item;
    private final ICellPainter fixed = new BeveledBorderDecorator(
            new SortableHeaderTextPainter(new TextPainter(true, true, 3)));

    public HeaderPainter(ItemHeaderPainter item) {
        this.item = new BeveledBorderDecorator(item);
    }

    private ICellPainter delegate(ILayerCell cell) {
        return cell.getConfigLabels().hasLabel(MatrixLabels.ITEM_HEADER) ? item : fixed;
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
        delegate(cell).paintCell(cell, gc, bounds, configRegistry);
    }

    @Override
    public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        return delegate(cell).getPreferredWidth(cell, gc, configRegistry);
    }

    @Override
    public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        return delegate(cell).getPreferredHeight(cell, gc, configRegistry);
    }

    @Override
    public ICellPainter getCellPainterAt(int x, int y, ILayerCell cell, GC gc, Rectangle bounds,
            IConfigRegistry configRegistry) {
        return delegate(cell).getCellPainterAt(x, y, cell, gc, bounds, configRegistry);
    }
}

package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.CellPainterWrapper;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.plantrace.core.progress.Rag;
import org.plantrace.matrix.MatrixModel;

/**
 * A row header with the status of its measure: a bar in the RAG colour at the left edge of the header of a measure
 * with results (green, amber, red); other rows as the wrapped painter paints them.
 */
public final class RagHeaderPainter extends CellPainterWrapper {

    /** Width of the status bar in pixels. */
    public static final int BAR = 6;
    public static final Color GREEN = GUIHelper.getColor(0, 150, 64);
    public static final Color AMBER = GUIHelper.getColor(255, 176, 0);
    public static final Color RED = GUIHelper.getColor(204, 0, 0);

    private final MatrixModel model;

    public RagHeaderPainter(MatrixModel model, ICellPainter wrapped) {
        super(wrapped);
        this.model = model;
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
        super.paintCell(cell, gc, bounds, configRegistry);
        int row = cell.getRowIndex();
        if (row < 0 || row >= model.rowCount()) {
            return;
        }
        Rag rag = model.status(row);
        Color c = rag == null ? null : switch (rag) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            default -> null;
        };
        if (c != null) {
            Color old = gc.getBackground();
            gc.setBackground(c);
            gc.fillRectangle(bounds.x + 1, bounds.y + 2, BAR, Math.max(0, bounds.height - 4));
            gc.setBackground(old);
        }
    }
}

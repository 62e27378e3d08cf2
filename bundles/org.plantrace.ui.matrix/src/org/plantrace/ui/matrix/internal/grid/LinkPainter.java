package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.plantrace.matrix.CellState;
import org.plantrace.matrix.MatrixModel;

/**
 * Paints a framework cell's {@link CellState}: a filled disc for a direct link, a half disc for a key
 * activity the objective's link cites, a ring for a link through key activities, a small dot for
 * indirect reach; a suspect link (its item reworded since the link was reviewed) carries an amber corner
 * flag. In protective-service columns a linked objective's cell also prints the key
 * activities its link cites ("KA3, KA4, KA6"), as Appendix B does.
 */
public final class LinkPainter extends AbstractCellPainter {

    static final Color LINK = GUIHelper.getColor(31, 78, 121);
    static final Color CITED = GUIHelper.getColor(91, 155, 213);
    static final Color INDIRECT = GUIHelper.getColor(150, 150, 150);
    /** The corner flag of a suspect link (amber, as the warning it is). */
    public static final Color SUSPECT = GUIHelper.getColor(230, 145, 0);

    private final MatrixModel model;

    public LinkPainter(MatrixModel model) {
        this.model = model;
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
        if (!(cell.getDataValue() instanceof CellState state) || state == CellState.NONE) {
            return;
        }
        String text = "";
        if (cell.getConfigLabels().hasLabel(MatrixLabels.CITATIONS) && state == CellState.DIRECT
                && cell.getRowIndex() < model.rowCount() && cell.getColumnIndex() < model.gridColumnCount()) {
            text = model.citations(cell.getRowIndex(), cell.getColumnIndex());
        }
        int d = Math.min(11, Math.min(bounds.width, bounds.height) - 6);
        int cx = text.isEmpty() ? bounds.x + bounds.width / 2 : bounds.x + 4 + d / 2;
        int cy = bounds.y + bounds.height / 2;
        int antialias = gc.getAntialias();
        gc.setAntialias(SWT.ON);
        switch (state) {
            case DIRECT -> {
                gc.setBackground(LINK);
                gc.fillOval(cx - d / 2, cy - d / 2, d, d);
            }
            case CITED -> {
                gc.setForeground(LINK);
                gc.setLineWidth(1);
                gc.drawOval(cx - d / 2, cy - d / 2, d - 1, d - 1);
                gc.setBackground(CITED);
                gc.fillArc(cx - d / 2, cy - d / 2, d, d, 90, 180);
            }
            case INHERITED -> {
                gc.setForeground(LINK);
                gc.setLineWidth(2);
                gc.drawOval(cx - d / 2 + 1, cy - d / 2 + 1, d - 2, d - 2);
                gc.setLineWidth(1);
            }
            case INDIRECT -> {
                gc.setBackground(INDIRECT);
                gc.fillOval(cx - 2, cy - 2, 4, 4);
            }
            default -> {
            }
        }
        if ((state == CellState.DIRECT || state == CellState.CITED) && cell.getRowIndex() < model.rowCount()
                && cell.getColumnIndex() < model.gridColumnCount()
                && model.isSuspect(cell.getRowIndex(), cell.getColumnIndex())) {
            paintSuspectFlag(gc, bounds);
        }
        gc.setAntialias(antialias);
        if (!text.isEmpty()) {
            Font font = CellStyleUtil.getCellStyle(cell, configRegistry).getAttributeValue(CellStyleAttributes.FONT);
            if (font != null) {
                gc.setFont(font);
            }
            gc.setForeground(LINK);
            int th = gc.getFontMetrics().getHeight();
            Rectangle clip = gc.getClipping();
            gc.setClipping(bounds.intersection(clip));
            gc.drawText(text, cx + d / 2 + 4, cy - th / 2, true);
            gc.setClipping(clip);
        }
    }

    /** A triangle in the cell's top-right corner: the item was reworded since the link was reviewed. */
    private static void paintSuspectFlag(GC gc, Rectangle bounds) {
        int s = Math.max(5, Math.min(9, Math.min(bounds.width, bounds.height) / 2));
        int right = bounds.x + bounds.width - 1;
        int top = bounds.y + 1;
        gc.setBackground(SUSPECT);
        gc.fillPolygon(new int[] { right - s, top, right, top, right, top + s });
    }

    @Override
    public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        return 24;
    }

    @Override
    public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        return 20;
    }
}

package org.plantrace.ui.matrix.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.swt.widgets.Event;
import org.plantrace.model.Alignment;
import org.plantrace.matrix.CellState;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.matrix.RowKind;

/** Tool tips: full titles of rows and items, coverage, and for a cell what links it and how to toggle it. */
public final class MatrixTooltip extends NatTableContentTooltip {

    private final MatrixModel model;

    public MatrixTooltip(NatTable natTable, MatrixModel model) {
        super(natTable);
        this.model = model;
    }

    @Override
    protected String getText(Event event) {
        int col = natTable.getColumnPositionByX(event.x);
        int row = natTable.getRowPositionByY(event.y);
        ILayerCell cell = natTable.getCellByPosition(col, row);
        LabelStack regions = natTable.getRegionLabelsByXY(event.x, event.y);
        if (cell == null || regions == null) {
            return null;
        }
        int c = cell.getColumnIndex();
        int r = cell.getRowIndex();
        if (regions.hasLabel(GridRegion.COLUMN_GROUP_HEADER)) {
            Object v = cell.getDataValue();
            return v == null ? null : v.toString();
        }
        if (regions.hasLabel(GridRegion.COLUMN_HEADER)) {
            return column(c);
        }
        if (regions.hasLabel(GridRegion.ROW_HEADER)) {
            return row(r);
        }
        if (regions.hasLabel(GridRegion.BODY)) {
            return c < MatrixModel.FIXED_COLUMNS ? row(r) : cell(r, c);
        }
        return null;
    }

    private String column(int c) {
        if (c < 0 || c >= model.gridColumnCount()) {
            return null;
        }
        String t = model.columnTitle(c);
        if (c < MatrixModel.FIXED_COLUMNS) {
            return t + "\nAlt+click (or the header's menu) sorts the rows.";
        }
        int n = model.coverage(c);
        t += "\nCovered by " + n + (n == 1 ? " objective" : " objectives");
        if (model.isGapColumn(c)) {
            t += " \u2013 a national priority no objective covers (gap)";
        }
        return t;
    }

    private String row(int r) {
        if (r < 0 || r >= model.rowCount()) {
            return null;
        }
        String ref = model.rowHeader(r);
        String t = (ref.isEmpty() ? "" : ref + "  ") + model.rowLabel(r) + "\n" + model.linkCount(r)
                + " links to items of the shown frameworks";
        if (model.isGapRow(r)) {
            t += "\nTraces to no national priority in force during the plan's period \u2013 a gap";
        }
        return t;
    }

    private String cell(int r, int c) {
        if (r < 0 || r >= model.rowCount() || c < 0 || c >= model.gridColumnCount()) {
            return null;
        }
        CellState s = model.state(r, c);
        String ref = model.rowHeader(r);
        StringBuilder b = new StringBuilder();
        b.append(ref.isEmpty() ? model.rowLabel(r) : ref).append(" \u2192 ").append(model.columnTitle(c).split("\n")[0]);
        b.append("\n").append(s == CellState.NONE ? "not linked" : s.meaning());
        List<Alignment> links = model.alignments(r, c);
        for (Alignment a : links) {
            b.append("\n  ").append(a.getId());
            if (a.getPublishedIn() != null) {
                b.append(" (").append(a.getPublishedIn()).append(")");
            }
            String kas = a.getKeyActivities().stream().filter(k -> !k.eIsProxy())
                    .map(org.plantrace.core.Labels::keyActivity).collect(Collectors.joining(", "));
            if (!kas.isEmpty()) {
                b.append(" via ").append(kas);
            }
            if (org.plantrace.core.trace.SuspectLinks.isSuspect(a)) {
                b.append("\n  suspect: the item was reworded since this link was reviewed"
                        + " (Mark Links Reviewed in the plan editor)");
            }
        }
        if (model.isToggleable(r, c)) {
            boolean checked = s == CellState.DIRECT || s == CellState.CITED;
            b.append("\nClick or press Space to ").append(checked ? "unlink" : "link");
            if (model.kind(r) == RowKind.KEY_ACTIVITY) {
                b.append(" (cites the key activity when the objective links the item)");
            }
        }
        return b.toString();
    }
}

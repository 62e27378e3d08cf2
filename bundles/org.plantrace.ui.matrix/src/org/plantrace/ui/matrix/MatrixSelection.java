package org.plantrace.ui.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectColumnCommand;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.ui.matrix.internal.grid.MatrixGrid;

/**
 * The selection of a {@link MatrixComposite} as model elements: what the grid's selected cell, rows or columns
 * stand for, the listeners told when it changes, and the way back (revealing an element's cell, row or column,
 * and finding the anchor cell again after a relayout).
 */
final class MatrixSelection {

    private final MatrixComposite composite;
    final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private IStructuredSelection selection = StructuredSelection.EMPTY;
    private boolean revealing;

    MatrixSelection(MatrixComposite composite) {
        this.composite = composite;
    }

    IStructuredSelection get() {
        return selection;
    }

    /** Whether the selection is being set from the model (the grid's selection events are then not published). */
    boolean isRevealing() {
        return revealing;
    }

    IStructuredSelection compute() {
        MatrixGrid grid = composite.grid();
        MatrixModel model = composite.model();
        if (grid == null) {
            return StructuredSelection.EMPTY;
        }
        SelectionLayer sl = grid.selection();
        Set<Object> out = new LinkedHashSet<>();
        for (int col : sl.getFullySelectedColumnPositions()) {
            if (col >= MatrixModel.FIXED_COLUMNS && col < model.gridColumnCount()) {
                out.add(model.columns().target(model.column(col)));
            }
        }
        if (!out.isEmpty()) {
            return new StructuredSelection(new ArrayList<>(out));
        }
        for (int row : sl.getFullySelectedRowPositions()) {
            if (row < model.rowCount()) {
                out.add(model.element(row));
            }
        }
        if (!out.isEmpty()) {
            return new StructuredSelection(new ArrayList<>(out));
        }
        PositionCoordinate anchor = sl.getSelectionAnchor();
        int row = anchor.getRowPosition();
        int col = anchor.getColumnPosition();
        if (row < 0 || row >= model.rowCount() || col < 0 || col >= model.gridColumnCount()) {
            return StructuredSelection.EMPTY;
        }
        if (col >= MatrixModel.FIXED_COLUMNS) {
            List<Alignment> links = model.alignments(row, col);
            if (!links.isEmpty()) {
                return new StructuredSelection(links.get(0));
            }
        }
        return new StructuredSelection(model.element(row));
    }

    void set(IStructuredSelection s) {
        if (s.equals(selection)) {
            return;
        }
        selection = s;
        SelectionChangedEvent event = new SelectionChangedEvent(composite, s);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }

    /** The anchor cell by identity (row element, column target), to find it again after a relayout. */
    Object[] key() {
        MatrixGrid grid = composite.grid();
        MatrixModel model = composite.model();
        if (grid == null) {
            return null;
        }
        PositionCoordinate a = grid.selection().getSelectionAnchor();
        int row = a.getRowPosition();
        int col = a.getColumnPosition();
        if (row < 0 || row >= model.rowCount() || col < 0 || col >= model.gridColumnCount()) {
            return null;
        }
        return new Object[] {model.element(row),
            col >= MatrixModel.FIXED_COLUMNS ? model.columns().target(model.column(col)) : Integer.valueOf(col)};
    }

    void restore(Object[] key) {
        MatrixGrid grid = composite.grid();
        MatrixModel model = composite.model();
        if (key == null) {
            return;
        }
        int row = model.gridRowOf((EObject) key[0]);
        int col = key[1] instanceof Integer i ? i : model.gridColumnOf((EObject) key[1]);
        grid.selection().clear(false);
        if (row >= 0 && col >= 0) {
            select(row, col);
        }
    }

    private void select(int row, int col) {
        MatrixGrid grid = composite.grid();
        revealing = true;
        try {
            grid.natTable().doCommand(new SelectCellCommand(grid.selection(), col, row, false, false));
            grid.natTable().doCommand(new ShowCellInViewportCommand(col, row));
        } finally {
            revealing = false;
        }
    }

    /**
     * Selects what shows {@code o} (an element of a selection, or a selection): an alignment's cell, a
     * plan element's row (expanding its ancestors), a framework item's column. Other elements reveal their
     * nearest container that has a place in the matrix. Returns whether something was selected.
     */
    boolean reveal(Object o) {
        MatrixGrid grid = composite.grid();
        MatrixModel model = composite.model();
        if (grid == null) {
            return false;
        }
        if (o instanceof IStructuredSelection s) {
            o = s.getFirstElement();
        }
        if (!(o instanceof EObject e)) {
            return false;
        }
        for (EObject x = e; x != null; x = x.eContainer()) {
            if (x instanceof Alignment a && a.getSource() != null && a.getTarget() != null) {
                return revealCell(a.getSource(), a.getTarget());
            }
            if (x instanceof AlignableElement || x instanceof StrategicOutcome) {
                return revealCell(x, null);
            }
            if (x instanceof AlignmentTarget t) {
                int col = model.gridColumnOf(t);
                if (col < 0) {
                    return false;
                }
                revealing = true;
                try {
                    grid.natTable().doCommand(new SelectColumnCommand(grid.selection(), col, 0, false, false));
                    grid.natTable().doCommand(new ShowCellInViewportCommand(col, 0));
                } finally {
                    revealing = false;
                }
                selection = compute();
                return true;
            }
        }
        return false;
    }

    private boolean revealCell(EObject element, AlignmentTarget target) {
        MatrixModel model = composite.model();
        if (model.gridRowOf(element) < 0) {
            model.folding().expandTo(element);
            composite.relayout();
        }
        int row = model.gridRowOf(element);
        if (row < 0) {
            return false;
        }
        int col = target == null ? MatrixModel.TREE_COLUMN : model.gridColumnOf(target);
        if (col < 0) {
            col = MatrixModel.TREE_COLUMN;
        }
        select(row, col);
        selection = compute();
        return true;
    }
}

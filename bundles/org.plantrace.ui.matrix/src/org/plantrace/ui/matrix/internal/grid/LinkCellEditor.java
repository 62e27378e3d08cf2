package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.edit.editor.CheckBoxCellEditor;
import org.plantrace.ui.matrix.internal.MatrixPreferences;
import org.plantrace.matrix.CellState;

/**
 * Toggles a link cell the way NatTable toggles a check box: activating the editor (Space, a double-click, or a
 * single click when {@link MatrixPreferences#singleClickToggles()}) flips the cell's checked state and commits it at once; the commit reaches
 * {@link BodyData#setDataValue} as a {@code Boolean}. A cell is checked when the row links the item
 * itself (or, on a key-activity row, when the objective's link cites it).
 */
public final class LinkCellEditor extends CheckBoxCellEditor {

    /** A single click anywhere in the cell toggles only when the preference says so; otherwise it selects. */
    @Override
    public boolean activateAtAnyPosition() {
        return MatrixPreferences.singleClickToggles();
    }

    /** The edit-mode converter between a {@link CellState} and the check box's {@code Boolean}. */
    public static final class Checked extends DisplayConverter {

        @Override
        public Object canonicalToDisplayValue(Object canonicalValue) {
            return Boolean.valueOf(canonicalValue == CellState.DIRECT || canonicalValue == CellState.CITED);
        }

        @Override
        public Object displayToCanonicalValue(Object displayValue) {
            return displayValue;
        }
    }

    /** The normal-mode converter: the printed mark of a {@link CellState} (copy, export, tool tips). */
    public static final class Mark extends DisplayConverter {

        @Override
        public Object canonicalToDisplayValue(Object canonicalValue) {
            return canonicalValue instanceof CellState s ? s.mark() : canonicalValue;
        }

        @Override
        public Object displayToCanonicalValue(Object displayValue) {
            return displayValue;
        }
    }
}

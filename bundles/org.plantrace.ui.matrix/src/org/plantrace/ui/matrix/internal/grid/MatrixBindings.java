package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.action.MouseEditAction;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellLabelMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.plantrace.ui.matrix.internal.MatrixPreferences;

/**
 * The matrix's mouse and keyboard, as in other Eclipse grids: a click selects a cell, Space or a double-click toggles
 * its link (or a single click, when the preference says so, see {@link LinkCellEditor#activateAtAnyPosition()}), and
 * Tab / Shift+Tab leave the grid for the next control instead of moving the selection.
 */
public final class MatrixBindings {

    private MatrixBindings() {
    }

    public static void configure(NatTable natTable) {
        UiBindingRegistry reg = natTable.getUiBindingRegistry();
        reg.unregisterKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.TAB));
        reg.unregisterKeyBinding(new KeyEventMatcher(SWT.MOD2, SWT.TAB));
        natTable.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        reg.registerFirstDoubleClickBinding(new CellLabelMouseEventMatcher(GridRegion.BODY,
                MouseEventMatcher.LEFT_BUTTON, MatrixLabels.LINK_EDITABLE) {
            @Override
            public boolean matches(NatTable table, MouseEvent event, LabelStack labels) {
                return !MatrixPreferences.singleClickToggles() && super.matches(table, event, labels);
            }
        }, new MouseEditAction());
    }
}

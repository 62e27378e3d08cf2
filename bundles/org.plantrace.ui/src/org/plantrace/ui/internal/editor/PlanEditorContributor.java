package org.plantrace.ui.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.plantrace.ui.editor.PlanEditor;

/** Hands the workbench's Edit menu (undo, redo, cut, copy, paste, delete) to the active plan editor. */
public class PlanEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof PlanEditor e && e.getActions() != null) {
            e.getActions().setGlobalHandlers(bars, true);
        } else {
            for (ActionFactory f : new ActionFactory[] { ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.DELETE,
                    ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.RENAME }) {
                bars.setGlobalActionHandler(f.getId(), null);
            }
            bars.updateActionBars();
        }
    }
}

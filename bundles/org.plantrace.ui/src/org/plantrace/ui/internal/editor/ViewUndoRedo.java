package org.plantrace.ui.internal.editor;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.plantrace.ui.editor.PlanEditor;

/**
 * Undo and redo (Ctrl+Z, Ctrl+Y, the Edit menu) while a view has the focus: the matrix, the diagram, Coverage and
 * Properties all change the plan through the active plan editor's command stack, so when one of them is activated
 * without undo handlers of its own, it gets the editor's undo and redo actions. A view that installs its own
 * handlers keeps them.
 */
public final class ViewUndoRedo implements IPartListener2 {

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        if (part == null || !(part.getSite() instanceof IViewSite site)) {
            return;
        }
        IEditorPart active = site.getPage().getActiveEditor();
        EditorActions actions = active instanceof PlanEditor e ? e.getActions() : null;
        IActionBars bars = site.getActionBars();
        install(bars, ActionFactory.UNDO.getId(), actions == null ? null : actions.undo);
        install(bars, ActionFactory.REDO.getId(), actions == null ? null : actions.redo);
        bars.updateActionBars();
    }

    private static void install(IActionBars bars, String id, IAction action) {
        IAction current = bars.getGlobalActionHandler(id);
        if (current == null || isEditorAction(current)) {
            bars.setGlobalActionHandler(id, action);
        }
    }

    /** One of the plan editors' undo/redo actions (installed here before, perhaps for another editor). */
    private static boolean isEditorAction(IAction a) {
        return a.getClass().getEnclosingClass() == EditorActions.class;
    }
}

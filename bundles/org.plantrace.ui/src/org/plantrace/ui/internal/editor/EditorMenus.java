package org.plantrace.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;

/** Where the plan editor's actions appear: the workbench's global Edit handlers and the tree's context menu. */
final class EditorMenus {

    private EditorMenus() {
    }

    /** Installs the editor's handlers for the workbench's global Edit actions. */
    static void setGlobalHandlers(EditorActions a, IActionBars bars, boolean editing) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), a.undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), a.redo);
        if (editing) {
            bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), a.delete);
            bars.setGlobalActionHandler(ActionFactory.CUT.getId(), a.cut);
            bars.setGlobalActionHandler(ActionFactory.COPY.getId(), a.copy);
            bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), a.paste);
            bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), a.rename);
        }
        bars.updateActionBars();
    }

    static void fillContextMenu(EditorActions a, IMenuManager m) {
        a.update();
        MenuManager newMenu = new MenuManager("&New", "new");
        fillNewMenu(a, newMenu);
        m.add(newMenu);
        m.add(a.addAlignment);
        m.add(new Separator("edit"));
        m.add(a.undo);
        m.add(a.redo);
        m.add(new Separator());
        m.add(a.cut);
        m.add(a.copy);
        m.add(a.paste);
        m.add(a.delete);
        m.add(new Separator("order"));
        m.add(a.rename);
        m.add(a.acceptWordings);
        m.add(a.reviewLinks);
        m.add(a.moveUp);
        m.add(a.moveDown);
        m.add(new Separator("view"));
        m.add(a.validate);
        m.add(a.showDetails);
        m.add(a.expandAll);
        m.add(a.collapseAll);
        m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private static void fillNewMenu(EditorActions a, IMenuManager m) {
        EObject owner = a.single();
        if (owner == null) {
            if (a.selectedEditable().isEmpty() && a.editor().getRoot() != null) {
                owner = a.editor().getRoot();
            } else {
                m.add(NewChildMenu.disabled("Select one element"));
                return;
            }
        }
        NewChildMenu.fill(a, owner, a.domain(), m);
    }
}

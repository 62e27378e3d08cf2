package org.plantrace.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop within the tree: dropping between two elements reorders (key activities renumber, their
 * ids stay), dropping on an element moves into it. Executed as EMF's DragAndDropCommand: one undo step.
 */
public class TreeDropAdapter extends ViewerDropAdapter {

    private final EditingDomain domain;

    public TreeDropAdapter(TreeViewer viewer, EditingDomain domain) {
        super(viewer);
        this.domain = domain;
        setFeedbackEnabled(true);
    }

    private Command command(Object target) {
        IStructuredSelection sel = (IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection();
        if (target == null || sel == null || sel.isEmpty()) {
            return null;
        }
        float location = switch (getCurrentLocation()) {
            case LOCATION_BEFORE -> 0.1f;
            case LOCATION_AFTER -> 0.9f;
            default -> 0.5f;
        };
        List<?> collection = sel.toList();
        return DragAndDropCommand.create(domain, target, location, DND.DROP_MOVE, DND.DROP_MOVE, collection);
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        if (!LocalSelectionTransfer.getTransfer().isSupportedType(type)) {
            return false;
        }
        Command c = command(target);
        boolean ok = c != null && c.canExecute();
        if (c != null) {
            c.dispose();
        }
        return ok;
    }

    @Override
    public boolean performDrop(Object data) {
        Command c = command(getCurrentTarget());
        if (c == null || !c.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(c);
        return true;
    }
}

package org.plantrace.ui.team.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Compare With > Local History... and Replace With > Local History...: the local history of the plan selected in the
 * Plans view, else of the plan in the active editor. Needs no repository: every save keeps the version it replaces.
 */
public final class LocalHistoryHandler extends AbstractHandler {

    public static final String COMPARE_ID = "org.plantrace.ui.team.compareWithLocalHistory";
    public static final String REPLACE_ID = "org.plantrace.ui.team.replaceWithLocalHistory";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        TeamTarget target = TeamTarget.of(event);
        if (target == null || target.file() == null) {
            MessageDialog.openInformation(w.getShell(), LocalHistoryDialog.TITLE,
                    "Select a plan file in the Plans view (or open a plan) to see the versions its saves kept.");
            return null;
        }
        LocalHistoryDialog.Purpose purpose = REPLACE_ID.equals(event.getCommand().getId())
                ? LocalHistoryDialog.Purpose.REPLACE : LocalHistoryDialog.Purpose.COMPARE;
        new LocalHistoryDialog(w.getShell(), w.getActivePage(), target.file(), purpose).open();
        return null;
    }
}

package org.plantrace.ui.team.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;

/** Team > Show History: the History view on the selected (or edited) plan or framework. */
public final class HistoryHandler extends TeamHandler {

    @Override
    String title() {
        return "History";
    }

    @Override
    void run(Shell shell, IWorkbenchWindow window, TeamTarget target, PlanRepository repo) throws TeamException {
        if (target.file() == null) {
            MessageDialog.openInformation(shell, title(), "Select a plan or framework file to see its history.");
            return;
        }
        try {
            HistoryView view = (HistoryView) window.getActivePage().showView(HistoryView.ID);
            view.show(target.file());
        } catch (PartInitException e) {
            throw new TeamException(e.getMessage(), e);
        }
    }
}

package org.plantrace.ui.team.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;

/** Team > Resolve Conflicts: the resolution dialog for the selected (or edited) plan. */
public final class ResolveHandler extends TeamHandler {

    @Override
    String title() {
        return ResolveConflictsDialog.TITLE;
    }

    @Override
    void run(Shell shell, IWorkbenchWindow window, TeamTarget target, PlanRepository repo) throws TeamException {
        if (target.file() == null) {
            var conflicts = repo.status().conflicts();
            MessageDialog.openInformation(shell, title(), conflicts.isEmpty() ? "No conflicts to resolve."
                    : "Select the plan or framework file to resolve: " + String.join(", ", conflicts));
            return;
        }
        ConflictResolver.resolve(shell, window.getActivePage(), target.file());
    }
}

package org.plantrace.ui.team.internal;

import java.util.TreeSet;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.RepoStatus;
import org.plantrace.team.TeamException;

/** Team > Commit: saves open plans, then records the folder's changes with the reason the user gives. */
public final class CommitHandler extends TeamHandler {

    @Override
    String title() {
        return "Commit";
    }

    @Override
    void run(Shell shell, IWorkbenchWindow window, TeamTarget target, PlanRepository repo) throws TeamException {
        if (!PlatformUI.getWorkbench().saveAllEditors(true)) {
            return;
        }
        RepoStatus s = repo.status();
        if (!s.conflicts().isEmpty()) {
            MessageDialog.openInformation(shell, title(), "Resolve the conflicts first (Team > Resolve Conflicts): "
                    + String.join(", ", s.conflicts()));
            return;
        }
        if (s.changed().isEmpty()) {
            MessageDialog.openInformation(shell, title(), "Nothing to commit: the plan folder has no changes since the last commit.");
            return;
        }
        CommitDialog d = new CommitDialog(shell, new TreeSet<>(s.changed()), TeamSession.author(repo));
        if (d.open() != Window.OK) {
            return;
        }
        TeamSession.rememberAuthor(repo, d.commitAuthor());
        String id = repo.commit(d.commitMessage(), d.commitAuthor());
        status(window, "Committed " + id.substring(0, 8) + ": " + d.commitMessage().lines().findFirst().orElse(""));
    }
}

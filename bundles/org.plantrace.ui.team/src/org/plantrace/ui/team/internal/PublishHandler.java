package org.plantrace.ui.team.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.plantrace.team.Credentials;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.RepoStatus;
import org.plantrace.team.TeamException;

/** Team > Publish: sends the commits to the shared repository (refused when others published first). */
public final class PublishHandler extends TeamHandler {

    @Override
    String title() {
        return "Publish";
    }

    @Override
    void run(Shell shell, IWorkbenchWindow window, TeamTarget target, PlanRepository repo) throws TeamException {
        RepoStatus s = repo.status();
        if (!s.changed().isEmpty()) {
            MessageDialog.openInformation(shell, title(), "Some changes are not committed yet (Team > Commit); only "
                    + "commits are published: " + String.join(", ", s.changed()));
        }
        Credentials c = TeamSession.credentials(shell, repo);
        if (c == null) {
            return;
        }
        try {
            busy(() -> {
                repo.publish(c);
                return null;
            });
        } catch (TeamException e) {
            if (e instanceof org.plantrace.team.CredentialsRefusedException) {
                TeamSession.forget(repo);
            }
            throw e;
        }
        status(window, "Published to " + repo.sharedUrl());
    }
}

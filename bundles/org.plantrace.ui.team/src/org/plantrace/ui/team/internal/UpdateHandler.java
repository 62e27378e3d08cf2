package org.plantrace.ui.team.internal;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.team.Credentials;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;
import org.plantrace.team.UpdateResult;

/**
 * Team > Update: brings in what others published, plans and frameworks merged by id; conflicts open the
 * resolution dialog, plan by plan.
 */
public final class UpdateHandler extends TeamHandler {

    @Override
    String title() {
        return "Update";
    }

    @Override
    void run(Shell shell, IWorkbenchWindow window, TeamTarget target, PlanRepository repo) throws TeamException {
        if (!PlatformUI.getWorkbench().saveAllEditors(true)) {
            return;
        }
        Credentials c = TeamSession.credentials(shell, repo);
        if (c == null) {
            return;
        }
        UpdateResult r;
        try {
            r = busy(() -> repo.update(c, TeamSession.author(repo)));
        } catch (TeamException e) {
            if (e instanceof org.plantrace.team.CredentialsRefusedException) {
                TeamSession.forget(repo);
            }
            throw e;
        }
        refresh(target);
        switch (r.outcome()) {
        case UP_TO_DATE -> status(window, "Up to date: nothing new in the shared repository");
        case FAST_FORWARD -> status(window, "Updated with the published changes");
        case MERGED -> status(window, "Updated: " + r.mergedModels().size() + " plan file(s) merged by id, no conflicts");
        case CONFLICTS -> conflicts(shell, window, repo, r);
        }
    }

    private static void conflicts(Shell shell, IWorkbenchWindow window, PlanRepository repo, UpdateResult r) {
        if (!r.otherConflicts().isEmpty()) {
            MessageDialog.openWarning(shell, "Update", "These files could not be merged and are not plans or frameworks; "
                    + "resolve them with git: " + String.join(", ", r.otherConflicts()));
        }
        for (Map.Entry<String, java.util.List<MergeConflict>> e : r.conflicts().entrySet()) {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
                    .findFilesForLocationURI(repo.workTree().resolve(e.getKey()).toUri());
            if (files.length == 0) {
                MessageDialog.openWarning(shell, "Update", e.getKey() + " has conflicts but is not in the workspace: "
                        + "open its folder as a project to resolve them.");
                continue;
            }
            ConflictResolver.resolve(shell, window.getActivePage(), files[0]);
        }
        status(window, "Updated with conflicts: once resolved, commit the result (Team > Commit)");
    }
}

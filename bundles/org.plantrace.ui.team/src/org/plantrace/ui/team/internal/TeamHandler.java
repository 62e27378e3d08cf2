package org.plantrace.ui.team.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;
import org.plantrace.ui.PlantraceUi;

/** What the Team commands share: the repository of the selection, errors as messages, refreshing after changes. */
abstract class TeamHandler extends AbstractHandler {

    /** Work that may take a while (network), run with a busy cursor and progress while the workbench stays alive. */
    interface Work<T> {
        T run() throws TeamException;
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? PlatformUI.getWorkbench().getDisplay().getActiveShell() : window.getShell();
        TeamTarget target = TeamTarget.of(event);
        if (target == null) {
            MessageDialog.openInformation(shell, title(), "Select a plan, a framework or their folder in the Plans view "
                    + "(or open a plan) first.");
            return null;
        }
        if (!target.shared()) {
            MessageDialog.openInformation(shell, title(), target.resource().getName() + " is not in a shared plan "
                    + "repository. Put the plan folder under git (see the README, 'A team on one plan'), or open a "
                    + "clone of the shared repository as a project.");
            return null;
        }
        try (PlanRepository repo = PlanRepository.open(target.path())) {
            run(shell, window, target, repo);
        } catch (TeamException e) {
            MessageDialog.openError(shell, title(), e.getMessage());
        } finally {
            refresh(target);
        }
        return null;
    }

    abstract String title();

    abstract void run(Shell shell, IWorkbenchWindow window, TeamTarget target, PlanRepository repo) throws TeamException;

    /** Runs {@code work} away from the UI thread, with a busy cursor and a progress dialog when it takes long. */
    static <T> T busy(Work<T> work) throws TeamException {
        Object[] result = new Object[1];
        TeamException[] failure = new TeamException[1];
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                monitor.beginTask("Working with the shared repository...", -1);
                try {
                    result[0] = work.run();
                } catch (TeamException e) {
                    failure[0] = e;
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            throw new TeamException(String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamException("Cancelled");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** Re-reads the folder from disk (editors of changed files reload) and updates the state marks. */
    static void refresh(TeamTarget target) {
        try {
            IResource top = target.resource().getProject() != null ? target.resource().getProject() : target.resource();
            top.refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
        TeamDecorator.refresh();
    }

    /** A short message in the status line (no dialog to dismiss). */
    static void status(IWorkbenchWindow window, String message) {
        if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
            var site = window.getActivePage().getActivePart().getSite();
            if (site instanceof org.eclipse.ui.IViewSite v) {
                v.getActionBars().getStatusLineManager().setMessage(message);
            } else if (site instanceof org.eclipse.ui.IEditorSite e) {
                e.getActionBars().getStatusLineManager().setMessage(message);
            }
        }
    }
}

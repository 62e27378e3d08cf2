package org.plantrace.ui.team.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.core.merge.ConflictResolution;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.team.internal.ResolveConflictsDialog.Decision;

/**
 * Resolves the conflicts recorded beside a plan: opens it in the plan editor, asks for a decision at each conflict,
 * applies them as one undoable command and saves the plan (and removes the conflict file) once all are resolved.
 */
final class ConflictResolver {

    private ConflictResolver() {
    }

    /** Returns whether the conflicts were resolved and the plan saved. */
    static boolean resolve(Shell shell, IWorkbenchPage page, IFile file) {
        Path path = file.getLocation().toFile().toPath();
        List<MergeConflict> conflicts;
        try {
            conflicts = ConflictFile.read(path);
        } catch (IOException e) {
            MessageDialog.openError(shell, ResolveConflictsDialog.TITLE, e.getMessage());
            return false;
        }
        if (conflicts.isEmpty()) {
            MessageDialog.openInformation(shell, ResolveConflictsDialog.TITLE, file.getName() + " has no conflicts to resolve.");
            return false;
        }
        PlanEditor editor;
        try {
            if (!(IDE.openEditor(page, file, PlantraceUi.PLAN_EDITOR_ID, true) instanceof PlanEditor e)) {
                return false;
            }
            editor = e;
        } catch (PartInitException e) {
            MessageDialog.openError(shell, ResolveConflictsDialog.TITLE, e.getMessage());
            return false;
        }
        ResolveConflictsDialog dialog = new ResolveConflictsDialog(shell, file.getName(), conflicts, editor.getResource());
        if (dialog.open() != Window.OK) {
            return false;
        }
        Resource resource = editor.getResource();
        List<Decision> decisions = dialog.decisions();
        List<String> notApplied = new java.util.ArrayList<>();
        Command command = new ChangeCommand(resource) {
            @Override
            protected void doExecute() {
                notApplied.clear();
                for (int i = 0; i < conflicts.size(); i++) {
                    Decision d = decisions.get(i);
                    boolean done = d.choice() == null ? ConflictResolution.applyText(resource, conflicts.get(i), d.text())
                            : ConflictResolution.apply(resource, conflicts.get(i), d.choice());
                    if (!done) {
                        notApplied.add(conflicts.get(i).description());
                    }
                }
            }
        };
        command = new org.eclipse.emf.common.command.CompoundCommand("Resolve Conflicts", List.of(command));
        editor.getEditingDomain().getCommandStack().execute(command);
        if (!notApplied.isEmpty()) {
            MessageDialog.openWarning(shell, ResolveConflictsDialog.TITLE, "These could not be applied (what they "
                    + "concern is no longer in the plan) and were left as they were (ours):\n- "
                    + String.join("\n- ", notApplied));
        }
        editor.doSave(new NullProgressMonitor());
        if (editor.isDirty()) {
            return false; // the save failed and said why
        }
        try {
            ConflictFile.clear(path);
            file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        } catch (IOException | CoreException e) {
            PlantraceUi.log(new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.WARNING,
                    "org.plantrace.ui.team", e.getMessage(), e));
        }
        TeamDecorator.refresh();
        return true;
    }
}

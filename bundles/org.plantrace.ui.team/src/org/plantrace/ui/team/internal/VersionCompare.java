package org.plantrace.ui.team.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.plantrace.edit.commands.VersionCommands;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.team.HistoryEntry;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;

/** Opens the structure compare on versions of a file from its history (git or local), or on two files. */
public final class VersionCompare {

    private VersionCompare() {
    }

    /**
     * Compares {@code earlier} (left) with {@code later} (right), or with the file as it is now when {@code later} is
     * null (then copying onto the right edits the file).
     */
    public static StructureCompareDialog open(Shell shell, IWorkbenchPage page, IFile file, HistoryEntry earlier,
            HistoryEntry later) {
        Path path = file.getLocation().toFile().toPath();
        try (PlanRepository repo = PlanRepository.open(path)) {
            StructureCompareDialog.Side left = version(repo, path, earlier);
            StructureCompareDialog.Side right = later != null ? version(repo, path, later) : current(page, file);
            StructureCompareDialog d = new StructureCompareDialog(shell, page, left, right);
            d.open();
            return d;
        } catch (TeamException | ModelLoadException | java.io.IOException e) {
            MessageDialog.openError(shell, StructureCompareDialog.TITLE, e.getMessage());
            return null;
        }
    }

    /**
     * Compares a version of {@code file} from Eclipse's local history (left) with the file as it is now (right, the
     * open editor's model when there is one, so copying onto the right edits it).
     */
    public static StructureCompareDialog open(Shell shell, IWorkbenchPage page, IFile file, IFileState state) {
        try {
            StructureCompareDialog d = new StructureCompareDialog(shell, page, version(file, state), current(page, file));
            d.open();
            return d;
        } catch (ModelLoadException | CoreException | java.io.IOException e) {
            MessageDialog.openError(shell, StructureCompareDialog.TITLE, e.getMessage());
            return null;
        }
    }

    /**
     * Takes a version of {@code file} from its local history back into the plan editor (opened if need be) as one
     * undoable command named {@code label}; false (after saying why) when the version or the editor cannot be used.
     */
    public static boolean replace(Shell shell, IWorkbenchPage page, IFile file, IFileState state, String label) {
        try {
            Resource version = version(file, state).resource();
            IEditorPart part = IDE.openEditor(page, file, PlantraceUi.PLAN_EDITOR_ID, true);
            if (!(part instanceof PlanEditor editor) || editor.getResource() == null) {
                MessageDialog.openError(shell, LocalHistoryDialog.TITLE, file.getName() + " cannot be opened in the plan editor.");
                return false;
            }
            editor.getEditingDomain().getCommandStack().execute(
                    VersionCommands.replaceWith(editor.getResource(), version.getContents().get(0), label));
            return true;
        } catch (ModelLoadException | CoreException | java.io.IOException | IllegalArgumentException e) {
            MessageDialog.openError(shell, LocalHistoryDialog.TITLE, "The version cannot be used: " + e.getMessage());
            return false;
        }
    }

    /** A version of the file from its local history, loaded on its own (references unresolved). */
    private static StructureCompareDialog.Side version(IFile file, IFileState state)
            throws ModelLoadException, CoreException, java.io.IOException {
        Path path = file.getLocation().toFile().toPath();
        String name = file.getName() + " saved " + LocalHistoryDialog.when(state);
        Resource r = ModelStore.load(ModelStore.newResourceSet(), LocalHistoryDialog.contents(state),
                URI.createFileURI(path.toString()), name);
        return new StructureCompareDialog.Side(name + " (local history)", r, null);
    }

    /** Compares two files, the earlier (by the plan's first year, else by name) on the left. */
    public static StructureCompareDialog open(Shell shell, IWorkbenchPage page, IFile a, IFile b) {
        try {
            StructureCompareDialog.Side sa = current(page, a);
            StructureCompareDialog.Side sb = current(page, b);
            if (start(sa).compareTo(start(sb)) > 0) {
                StructureCompareDialog.Side t = sa;
                sa = sb;
                sb = t;
            }
            StructureCompareDialog d = new StructureCompareDialog(shell, page, sa, sb);
            d.open();
            return d;
        } catch (ModelLoadException | java.io.IOException e) {
            MessageDialog.openError(shell, StructureCompareDialog.TITLE, e.getMessage());
            return null;
        }
    }

    private static String start(StructureCompareDialog.Side s) {
        Object root = s.resource().getContents().get(0);
        String p = root instanceof org.plantrace.model.Plan plan && plan.getPeriodStart() != null ? plan.getPeriodStart() : "";
        return p + "|" + s.label();
    }

    private static StructureCompareDialog.Side version(PlanRepository repo, Path path, HistoryEntry e)
            throws TeamException, ModelLoadException {
        byte[] bytes = repo.read(path, e.id());
        String name = path.getFileName() + " at " + e.shortId();
        Resource r = ModelStore.load(ModelStore.newResourceSet(), bytes, URI.createFileURI(path.toString()), name);
        return new StructureCompareDialog.Side(name + " (" + e.when().toString().substring(0, 10) + ", " + e.author()
                + ": " + e.summary() + ")", r, null);
    }

    /** The file as the open editor has it, else as saved. */
    private static StructureCompareDialog.Side current(IWorkbenchPage page, IFile file)
            throws ModelLoadException, java.io.IOException {
        IEditorPart open = page.findEditor(new FileEditorInput(file));
        if (open instanceof PlanEditor pe && pe.getResource() != null) {
            return new StructureCompareDialog.Side(file.getName() + " (as in the editor)", pe.getResource(), file);
        }
        Path path = file.getLocation().toFile().toPath();
        Resource r = ModelStore.load(ModelStore.newResourceSet(), Files.readAllBytes(path),
                URI.createFileURI(path.toString()), file.getName());
        return new StructureCompareDialog.Side(file.getFullPath().makeRelative().toString(), r, file);
    }
}

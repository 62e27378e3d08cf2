package org.plantrace.ui.team.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.team.HistoryEntry;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;
import org.plantrace.ui.editor.PlanEditor;

/** Opens the structure compare on versions of a file from its history (or two files). */
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

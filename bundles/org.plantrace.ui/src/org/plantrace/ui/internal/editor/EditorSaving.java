package org.plantrace.ui.internal.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.PlantraceUi;

/**
 * Saving a plan editor's model: atomically through {@link ModelStore} (temporary file, then rename), so a failed save
 * leaves the file as it was and the editor dirty; the user is told why. The version a save replaces goes to Eclipse's
 * local history first (Compare With / Replace With Local History), without rewriting the file.
 */
public final class EditorSaving {

    private EditorSaving() {
    }

    /**
     * Writes the model atomically to {@code target} (the workspace file {@code file}, or null when it is outside the
     * workspace), after keeping the version it replaces in the local history; reports a failure and returns false.
     */
    public static boolean write(Resource resource, Path target, IFile file, DiskSync disk, Shell shell,
            IProgressMonitor monitor) {
        try {
            byte[] bytes = ModelStore.serialise(resource);
            writeKeepingHistory(target, bytes, file);
            disk.synced(bytes);
            return true;
        } catch (IOException | RuntimeException e) {
            PlantraceUi.log("Could not save " + target, e);
            Prompts.get().error(shell, "Save Failed", "Could not save " + target + ":\n\n" + e.getMessage()
                    + "\n\nThe file on disk is unchanged; your changes are still in the editor.");
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return false;
        }
    }

    /** Asks for a workspace file and writes the model there; the file written, or null (cancelled or failed). */
    public static IFile saveAs(Resource resource, IFile original, DiskSync disk, Shell shell) {
        SaveAsDialog d = new SaveAsDialog(shell);
        if (original != null) {
            d.setOriginalFile(original);
        }
        if (d.open() != SaveAsDialog.OK || d.getResult() == null) {
            return null;
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(d.getResult());
        if (target.getLocation() == null) {
            return null;
        }
        Path newPath = target.getLocation().toPath();
        URI old = resource.getURI();
        resource.setURI(URI.createFileURI(newPath.toAbsolutePath().toString()));
        if (!write(resource, newPath, target, disk, shell, null)) {
            resource.setURI(old);
            return null;
        }
        return target;
    }

    /**
     * Writes atomically; for a workspace file, first keeps the version replaced in the local history, all in one
     * workspace operation, so the workspace's listeners hear of one change, after the new content is in place.
     */
    private static void writeKeepingHistory(Path target, byte[] bytes, IFile file) throws IOException {
        if (file == null || file.getParent() == null) {
            ModelStore.writeAtomically(target, bytes);
            return;
        }
        IOException[] failed = new IOException[1];
        try {
            ResourcesPlugin.getWorkspace().run(monitor -> {
                keepHistory(file);
                try {
                    ModelStore.writeAtomically(target, bytes);
                } catch (IOException e) {
                    failed[0] = e;
                    return;
                }
                file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            }, file.getParent(), IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            if (failed[0] == null && !java.nio.file.Files.exists(target)) {
                throw new IOException(e.getMessage(), e);
            }
            PlantraceUi.log(e.getStatus()); // written; only the workspace's view of it lags until the next refresh
        }
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    /**
     * Puts the current content of {@code f} into the workspace's local history. Appending nothing with
     * {@code KEEP_HISTORY} records the state without rewriting the file (the new content is then written atomically,
     * which {@code setContents} would not do). A file not in the workspace, not there yet, or changed by another program
     * since the workspace last saw it, gets no history entry.
     */
    static void keepHistory(IFile f) {
        // A file another program changed (a git update) is left alone: refreshing it here would tell the workspace's
        // listeners of that change in the middle of the save; the workspace did not know that version anyway.
        if (f == null || !f.exists() || !f.isSynchronized(IResource.DEPTH_ZERO)) {
            return;
        }
        try {
            f.appendContents(new ByteArrayInputStream(new byte[0]), IResource.KEEP_HISTORY, null);
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus()); // no history entry, but the save itself goes on
        }
    }

    /** Lets the workspace see the file as written (its markers and the Plans view). */
    public static void refresh(IFile f) {
        if (f == null) {
            return;
        }
        try {
            f.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
    }
}

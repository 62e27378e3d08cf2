package org.plantrace.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.plantrace.ui.PlantraceUi;

/** Where the wizards find and put model files in the workspace (the files' contents: {@link org.plantrace.core.plans.NewModels}). */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** Every file of the workspace with the given extension, by workspace path. */
    public static List<IFile> workspaceFiles(String extension) {
        List<IFile> out = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(r -> {
                if (r instanceof IFile f && extension.equals(f.getFileExtension())) {
                    out.add(f);
                }
                return !r.getName().startsWith(".") || r.getType() == IResource.ROOT;
            });
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
        out.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        return out;
    }

    /** Where a workspace path will be on disk (also for a project not created yet). */
    public static Path location(IPath fullPath) {
        IFile f = ResourcesPlugin.getWorkspace().getRoot().getFile(fullPath);
        IPath loc = f.getLocation();
        if (loc == null) {
            loc = ResourcesPlugin.getWorkspace().getRoot().getLocation().append(fullPath);
        }
        return loc.toPath();
    }
}

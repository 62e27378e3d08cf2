package org.plantrace.ui.team.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plantrace.team.PlanRepository;

/**
 * What a Team command acts on: the resource selected in the Plans view, else the file of the active editor; and the
 * plan repository holding it.
 *
 * @param resource the workspace resource (a file, a folder or a project)
 * @param path     its place on disk
 */
record TeamTarget(IResource resource, Path path) {

    /** The target of a command, or null when nothing in a folder on disk is selected or edited. */
    static TeamTarget of(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        IResource r = null;
        if (!(part instanceof IEditorPart)) {
            ISelection sel = HandlerUtil.getCurrentSelection(event);
            if (sel instanceof IStructuredSelection s && !s.isEmpty()) {
                r = Adapters.adapt(s.getFirstElement(), IResource.class);
            }
        }
        if (r == null) {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            if (editor != null) {
                IEditorInput in = editor.getEditorInput();
                if (in instanceof IFileEditorInput fi) {
                    r = fi.getFile();
                }
            }
        }
        return of(r);
    }

    static TeamTarget of(IResource r) {
        if (r == null) {
            return null;
        }
        IPath loc = r.getLocation();
        return loc == null ? null : new TeamTarget(r, loc.toFile().toPath());
    }

    /** The plan file, when the target is one. */
    IFile file() {
        return resource instanceof IFile f ? f : null;
    }

    /** Whether the target lies in a git repository. */
    boolean shared() {
        return PlanRepository.root(path) != null;
    }
}

package org.plantrace.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Folder as Project: makes a folder of plan and framework files (for example a checkout of
 * the plans repository) a workspace project in place, so it is edited where it is.
 */
public class OpenFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        DirectoryDialog d = new DirectoryDialog(shell);
        d.setText("Open Folder as Project");
        d.setMessage("Choose a folder holding .plan and .framework files:");
        String dir = d.open();
        if (dir == null) {
            return null;
        }
        try {
            IProject p = openFolder(Path.of(dir));
            MessageDialog.openInformation(shell, "Open Folder as Project",
                    "The folder is now the project '" + p.getName() + "' in the Plans view.");
        } catch (CoreException e) {
            MessageDialog.openError(shell, "Open Folder as Project", e.getMessage());
        }
        return null;
    }

    /** A project whose location is {@code dir} (reused if one already points there). */
    public static IProject openFolder(Path dir) throws CoreException {
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IPath location = IPath.fromFile(dir.toFile());
        for (IProject p : ws.getRoot().getProjects()) {
            if (location.equals(p.getLocation())) {
                return p;
            }
        }
        String base = dir.getFileName() == null ? "plans" : dir.getFileName().toString();
        String name = base;
        for (int i = 2; ws.getRoot().getProject(name).exists(); i++) {
            name = base + " (" + i + ")";
        }
        IProject p = ws.getRoot().getProject(name);
        IProjectDescription desc = ws.newProjectDescription(name);
        if (!location.equals(ws.getRoot().getLocation().append(name))) {
            desc.setLocation(location);
        }
        p.create(desc, null);
        p.open(null);
        p.refreshLocal(IResource.DEPTH_INFINITE, null);
        return p;
    }
}

package org.plantrace.ui.team.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Compare Side by Side: the structure compare of two selected plan (or framework) files. */
public final class CompareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        List<IFile> files = selectedFiles(event);
        if (files.size() != 2) {
            MessageDialog.openInformation(w.getShell(), StructureCompareDialog.TITLE, "Select two plan files to compare.");
            return null;
        }
        VersionCompare.open(w.getShell(), w.getActivePage(), files.get(0), files.get(1));
        return null;
    }

    /** The files selected (in the Plans view), in the order of the selection. */
    static List<IFile> selectedFiles(ExecutionEvent event) {
        List<IFile> files = new ArrayList<>();
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        if (sel instanceof IStructuredSelection s) {
            for (Object o : s) {
                IFile f = Adapters.adapt(o, IFile.class);
                if (f != null) {
                    files.add(f);
                }
            }
        }
        return files;
    }
}

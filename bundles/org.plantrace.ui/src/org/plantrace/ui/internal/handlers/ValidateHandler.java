package org.plantrace.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.markers.FileValidation;

/**
 * Plan &gt; Validate: validates the plan in the active editor (as edited), or the plan and framework files
 * selected in the Plans view (as saved), and shows the findings in the Problems view.
 */
public class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        List<IFile> files = new ArrayList<>();
        if (sel instanceof IStructuredSelection s && HandlerUtil.getActivePart(event) != editor) {
            for (Object o : s) {
                IResource r = Adapters.adapt(o, IResource.class);
                if (r != null) {
                    files.addAll(FileValidation.modelFiles(r));
                }
            }
        }
        if (files.isEmpty() && editor instanceof PlanEditor pe) {
            pe.validate();
        } else {
            for (IFile f : files) {
                try {
                    FileValidation.validate(f);
                } catch (CoreException e) {
                    PlantraceUi.log(e.getStatus());
                }
            }
        }
        if (w != null) {
            IWorkbenchPage page = w.getActivePage();
            try {
                if (page != null) {
                    page.showView(PlantraceUi.PROBLEMS_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
                }
            } catch (PartInitException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
        return null;
    }
}

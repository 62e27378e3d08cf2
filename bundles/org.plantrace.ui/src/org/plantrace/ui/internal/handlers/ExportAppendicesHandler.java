package org.plantrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.wizards.ExportAppendicesWizard;

/** Plan &gt; Export Appendices...: the export wizard for the plan in the editor or the one selected. */
public class ExportAppendicesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        if (w == null) {
            return null;
        }
        IEditorPart e = HandlerUtil.getActiveEditor(event);
        IStructuredSelection sel = StructuredSelection.EMPTY;
        if (e instanceof PlanEditor pe && pe.getFile() != null) {
            if (pe.isDirty()) {
                pe.doSave(null);
            }
            sel = new StructuredSelection(pe.getFile());
        } else {
            ISelection s = HandlerUtil.getCurrentSelection(event);
            if (s instanceof IStructuredSelection ss) {
                sel = ss;
            }
        }
        ExportAppendicesWizard wizard = new ExportAppendicesWizard();
        wizard.init(w.getWorkbench(), sel);
        new WizardDialog(w.getShell(), wizard).open();
        return null;
    }
}

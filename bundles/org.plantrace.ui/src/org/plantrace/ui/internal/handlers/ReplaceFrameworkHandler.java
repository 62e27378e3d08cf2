package org.plantrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plantrace.model.Plan;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.wizards.ReplaceFrameworkWizard;

/** Plan &gt; Replace Framework...: the replacement wizard for the plan in the active editor. */
public class ReplaceFrameworkHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart e = HandlerUtil.getActiveEditor(event);
        if (e instanceof PlanEditor pe && pe.getRoot() instanceof Plan) {
            new WizardDialog(HandlerUtil.getActiveShell(event), new ReplaceFrameworkWizard(pe)).open();
        }
        return null;
    }
}

package org.plantrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plantrace.ui.internal.app.SampleProject;

/** Help &gt; Open Sample Plan: the Policing London 2009-12 plan, copied into the workspace once. */
public class OpenSampleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        if (w == null) {
            return null;
        }
        if (SampleProject.open(w) == null) {
            MessageDialog.openInformation(w.getShell(), "Sample Plan",
                    "The sample plan is not available: start Plantrace with ./plantrace from the repository, "
                            + "which tells it where the examples folder is.");
        }
        return null;
    }
}

package org.plantrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plantrace.ui.PlantraceUi;

/**
 * Alt+Enter (Properties) in the plan editor, the matrix, Coverage and the diagram: brings the Properties view forward
 * with the selection's properties, so they are reachable without the mouse; Ctrl+F7 or a click returns.
 */
public class ShowPropertiesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (w != null && w.getActivePage() != null) {
            try {
                w.getActivePage().showView(IPageLayout.ID_PROP_SHEET);
            } catch (PartInitException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
        return part;
    }
}

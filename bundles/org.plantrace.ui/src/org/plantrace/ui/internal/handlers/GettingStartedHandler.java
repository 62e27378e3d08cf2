package org.plantrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.views.GettingStartedView;

/** Help &gt; Getting Started: shows the guide. */
public class GettingStartedHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        if (w != null && w.getActivePage() != null) {
            try {
                w.getActivePage().showView(GettingStartedView.ID);
            } catch (PartInitException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
        return null;
    }
}

package org.plantrace.ui.internal.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.plantrace.ui.editor.PlanEditor;

/** The main window: size, bars, and a title naming the plan being edited. */
public class PlantraceWindowAdvisor extends WorkbenchWindowAdvisor {

    static final String TITLE = "Plantrace";

    public PlantraceWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new PlantraceActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(initialSize());
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(false);
        c.setTitle(TITLE);
    }

    /**
     * The size of the first window (later starts restore the user's): most of the screen, since plans, matrices and
     * diagrams are wide; 1400 x 900 when the screen is not known.
     */
    static Point initialSize() {
        org.eclipse.swt.widgets.Display d = org.eclipse.swt.widgets.Display.getCurrent();
        if (d == null || d.getPrimaryMonitor() == null) {
            return new Point(1400, 900);
        }
        org.eclipse.swt.graphics.Rectangle area = d.getPrimaryMonitor().getClientArea();
        int width = area.width <= 1400 ? area.width : Math.max(1400, area.width * 9 / 10);
        int height = area.height <= 900 ? area.height : Math.max(900, area.height * 9 / 10);
        return new Point(width, height);
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow w = getWindowConfigurer().getWindow();
        StartupTiming.firstWindow();
        Splash.close();
        w.getShell().getDisplay().asyncExec(() -> {
            StartupTiming.mark("event loop running");
            if (StartupTiming.exitAfterStart()) {
                w.getShell().getDisplay().timerExec(500, () -> w.getWorkbench().close());
            }
        });
        IWorkbenchPage page = w.getActivePage();
        if (page != null) {
            page.addPartListener(new org.plantrace.ui.internal.editor.ViewUndoRedo());
            page.addPartListener(new IPartListener2() {
                @Override
                public void partActivated(IWorkbenchPartReference ref) {
                    updateTitle(w);
                }

                @Override
                public void partClosed(IWorkbenchPartReference ref) {
                    updateTitle(w);
                }

                @Override
                public void partInputChanged(IWorkbenchPartReference ref) {
                    updateTitle(w);
                }
            });
            updateTitle(w);
        }
    }

    /** "Plantrace - Policing London Business Plan 2009-12 (plan.plan)". */
    static void updateTitle(IWorkbenchWindow w) {
        if (w.getShell() == null || w.getShell().isDisposed()) {
            return;
        }
        IWorkbenchPage page = w.getActivePage();
        IEditorPart e = page == null ? null : page.getActiveEditor();
        String title = TITLE;
        if (e instanceof PlanEditor pe && pe.getRoot() instanceof org.plantrace.model.Named n) {
            title = TITLE + " - " + n.getLabel() + " (" + e.getEditorInput().getName() + ")";
        } else if (e != null) {
            title = TITLE + " - " + e.getEditorInput().getName();
        }
        if (!title.equals(w.getShell().getText())) {
            w.getShell().setText(title);
        }
    }
}

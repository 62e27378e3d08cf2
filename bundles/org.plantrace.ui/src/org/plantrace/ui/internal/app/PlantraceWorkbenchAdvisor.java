package org.plantrace.ui.internal.app;

import java.net.URL;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.plantrace.ui.PlantraceUi;

/** Workbench set-up: the Plantrace perspective, the workspace as page input, IDE images and adapters. */
public class PlantraceWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The largest plan or framework file whose saved versions local history keeps (64 MB). */
    public static final long PLAN_HISTORY_MAX_BYTES = 64L * 1024 * 1024;

    /** How often the UI thread looks whether the first window's helper thread is done (see {@link #openWindows}). */
    static final int OPEN_WINDOWS_TICK_MS = 20;

    @Override
    public String getInitialWindowPerspectiveId() {
        return PlantraceUi.PERSPECTIVE_ID;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        declareIdeImages(configurer);
        // notice files changed outside the workbench (another editor, git): refresh on access and in the background
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(ResourcesPlugin.PI_RESOURCES);
        prefs.putBoolean(ResourcesPlugin.PREF_LIGHTWEIGHT_AUTO_REFRESH, true);
        prefs.putBoolean(ResourcesPlugin.PREF_AUTO_REFRESH, true);
        // local history keeps each saved version of a plan: the IDE's default stops at files of 1 MB, which a plan
        // with many measures and results passes; raised (never lowered) to PLAN_HISTORY_MAX_BYTES
        if (prefs.getLong(ResourcesPlugin.PREF_MAX_FILE_STATE_SIZE, 0) < PLAN_HISTORY_MAX_BYTES) {
            prefs.putLong(ResourcesPlugin.PREF_MAX_FILE_STATE_SIZE, PLAN_HISTORY_MAX_BYTES);
        }
        StartupTiming.mark("workbench initialised");
    }

    /** Images the IDE application declares and the Problems view and resource labels use. */
    @SuppressWarnings("restriction")
    private static void declareIdeImages(IWorkbenchConfigurer c) {
        Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
        String obj = "icons/full/obj16/";
        declare(c, ide, IDE.SharedImages.IMG_OBJ_PROJECT, obj + "prj_obj.png");
        declare(c, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, obj + "cprj_obj.png");
        declare(c, ide, org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, obj + "error_tsk.png");
        declare(c, ide, org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, obj + "warn_tsk.png");
        declare(c, ide, org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, obj + "info_tsk.png");
        declare(c, ide, org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_COMPLETE_TSK, obj + "complete_tsk.png");
        declare(c, ide, org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_INCOMPLETE_TSK, obj + "incomplete_tsk.png");
    }

    private static void declare(IWorkbenchConfigurer c, Bundle b, String key, String path) {
        if (b == null) {
            return;
        }
        URL url = FileLocator.find(b, new org.eclipse.core.runtime.Path(path), null);
        if (url != null) {
            c.declareImage(key, ImageDescriptor.createFromURL(url), true);
        }
    }

    /**
     * Opens the first window as the workbench does, with a timer that looks again every {@value #OPEN_WINDOWS_TICK_MS}
     * ms while it runs. The workbench restores the windows on a helper thread and puts the UI thread to sleep
     * ({@code Display.sleep}) until that thread wakes it; SWT's sleep clears its wake-up flag just before it polls, so a
     * wake-up that comes between the UI thread's last look and that poll is lost, and the UI thread sleeps on until
     * some other event: under load the first window then came 5-8 s late (4 of 7 starts with
     * {@code -XX:CompileThresholdScaling=0.2}, 1 of 4 without, a thread dump showing the UI thread asleep in
     * {@code WorkbenchAdvisor.openWindows} after the helper had ended). A timer due wakes the sleep, so the delay is
     * at most one tick.
     */
    @Override
    public boolean openWindows() {
        Display display = Display.getCurrent();
        if (display == null) {
            return super.openWindows();
        }
        boolean[] done = { false };
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (!done[0] && !display.isDisposed()) {
                    display.timerExec(OPEN_WINDOWS_TICK_MS, this);
                }
            }
        };
        display.timerExec(OPEN_WINDOWS_TICK_MS, tick);
        try {
            return super.openWindows();
        } finally {
            done[0] = true;
            display.timerExec(-1, tick);
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PlantraceWindowAdvisor(configurer);
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void postStartup() {
        super.postStartup();
        FirstStart.maybeOfferSample();
        org.plantrace.ui.internal.recovery.StartupRecovery.schedule(); // background: no work before the window
        org.plantrace.ui.internal.markers.WorkspaceValidation.start(3000); // markers of plans no editor holds
    }

    @Override
    public void postShutdown() {
        org.plantrace.ui.internal.markers.WorkspaceValidation.stop();
        try {
            IWorkspace ws = ResourcesPlugin.getWorkspace();
            ws.save(true, null);
            org.plantrace.ui.internal.recovery.StartupRecovery.cleanExit();
        } catch (CoreException | IllegalStateException e) {
            PlantraceUi.log("Could not save the workspace state", e);
        }
        super.postShutdown();
    }
}

package org.plantrace.ui.internal.app;

import java.io.File;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Plantrace workbench application ({@code org.plantrace.ui.application}). */
public class PlantraceApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        StartupTiming.mark("application started");
        Display display = PlatformUI.createDisplay();
        StartupTiming.mark("display created");
        try {
            if (!lockWorkspace(display)) {
                return EXIT_OK;
            }
            context.applicationRunning();
            int rc = PlatformUI.createAndRunWorkbench(display, new PlantraceWorkbenchAdvisor());
            return rc == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
            Location instance = Platform.getInstanceLocation();
            if (instance != null && instance.isLocked()) {
                instance.release();
            }
        }
    }

    /** Uses the workspace given with -data, else ~/plantrace-workspace; refuses a workspace in use. */
    private static boolean lockWorkspace(Display display) throws Exception {
        Location instance = Platform.getInstanceLocation();
        if (instance == null) {
            return true;
        }
        if (!instance.isSet()) {
            File dir = new File(System.getProperty("user.home"), "plantrace-workspace");
            instance.set(dir.toURI().toURL(), false);
        }
        if (instance.isLocked() || instance.lock()) {
            return true;
        }
        URL url = instance.getURL();
        MessageDialog.openError(null, "Plantrace", "The workspace " + (url == null ? "" : url.getFile())
                + " is in use by another Plantrace window. Close it, or start with another workspace (-data DIR).");
        return false;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}

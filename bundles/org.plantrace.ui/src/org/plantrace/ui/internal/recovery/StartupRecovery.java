package org.plantrace.ui.internal.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.plantrace.ui.PlantraceUi;

/**
 * What the workbench does after it was ended without closing (a crash, a kill, a power cut), in a background job once
 * the first window is open, so start-up is not delayed: every plan project comes back open
 * ({@link PlanProjects#reopen}) and, when recovery copies of unsaved editors exist, the user is asked whether to restore
 * or discard them ({@link RecoveryOffer}). An unclean exit is told by a marker file in the workspace metadata, written
 * at start and removed when the workbench closes normally. System property {@code plantrace.recovery=false} turns the
 * start-up check off (tests, which call {@link #recover} themselves).
 */
public final class StartupRecovery {

    /** Job family (tests join it). */
    public static final Object FAMILY = new Object();

    /** What {@link #recover} found and did. */
    public record Result(boolean unclean, List<String> reopened, List<RecoveryStore.Entry> copies) {
    }

    private StartupRecovery() {
    }

    private static Path marker() {
        return Platform.getStateLocation(PlantraceUi.getDefault().getBundle()).toPath().resolve("session.running");
    }

    /** Called once the first window is open: checks in the background, then asks in the UI thread. */
    public static void schedule() {
        AutoRecover.start();
        if ("false".equals(System.getProperty("plantrace.recovery"))) {
            return;
        }
        Job job = new Job("Checking for work left unsaved by the last session") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                boolean unclean = Files.exists(marker());
                markRunning();
                Result r = recover(unclean, monitor);
                offerInUi(r);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule(500);
    }

    /**
     * After an unclean exit, opens the plan projects left closed; lists the recovery copies there are. Any thread
     * (a workspace operation).
     */
    public static Result recover(boolean unclean, IProgressMonitor monitor) {
        List<String> reopened = unclean ? PlanProjects.reopen(monitor) : List.of();
        return new Result(unclean, reopened, AutoRecover.store().list());
    }

    /** Shows the recovery offer for {@code r}'s copies, if any, in the UI thread (asynchronously). */
    public static void offerInUi(Result r) {
        if (r.copies().isEmpty() || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display d = PlatformUI.getWorkbench().getDisplay();
        d.asyncExec(() -> {
            IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (w == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            if (w != null) {
                RecoveryOffer.ask(w, AutoRecover.store(), r.copies());
            }
        });
    }

    private static void markRunning() {
        try {
            Files.createDirectories(marker().getParent());
            Files.writeString(marker(), "started " + Instant.now() + "\n");
        } catch (IOException e) {
            PlantraceUi.log("Could not write " + marker(), e);
        }
    }

    /** The workbench closed normally (after saving the workspace): no recovery next time. */
    public static void cleanExit() {
        AutoRecover.stop();
        try {
            Files.deleteIfExists(marker());
        } catch (IOException | RuntimeException e) {
            // next start then reopens closed plan projects: harmless
        }
    }
}

package org.plantrace.ui;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.plantrace.core.jvm.AotRecording;

/**
 * What the workbench's warm-ups (the matrix's and the diagram's, each in its own bundle) do in the session that records
 * the ahead-of-time cache of later starts ({@link AotRecording}): what that session loads and links is what later
 * sessions find in the cache, so a warm-up that has not run yet (a session closed within seconds) runs while the
 * workbench closes, once.
 */
public final class AotWarmUp {

    private AotWarmUp() {
    }

    /**
     * In a session recording the ahead-of-time cache, registers a workbench listener that, before the workbench closes,
     * runs {@code train} if the warm-up has not started ({@code started} is then set and {@code job}, which would have
     * run it, cancelled), else {@code whenStarted} (e.g. waiting for the job to finish). Does nothing in other sessions.
     * Both run on the UI thread.
     */
    public static void runBeforeShutdown(Job job, AtomicBoolean started, Runnable train, Runnable whenStarted) {
        if (!AotRecording.active()) {
            return;
        }
        PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                if (started.compareAndSet(false, true)) {
                    job.cancel();
                    train.run();
                } else {
                    whenStarted.run();
                }
                return true;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                // nothing
            }
        });
    }
}

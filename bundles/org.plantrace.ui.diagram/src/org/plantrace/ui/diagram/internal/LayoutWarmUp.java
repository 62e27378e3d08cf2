package org.plantrace.ui.diagram.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.plantrace.diagram.layout.WarmUp;

/**
 * After the workbench has started, lays out two tiny diagrams in a low-priority background job, so that the first
 * diagram the user opens does not wait for ELK to load (see {@link WarmUp}; releng/benchmarks/run.sh diagram measures
 * the first layout with and without it).
 */
public class LayoutWarmUp implements IStartup {

    /** After the first window has painted and the sample has opened. */
    private static final long DELAY_MS = 2000;

    @Override
    public void earlyStartup() {
        Job job = new Job("Preparing diagram layout") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    WarmUp.run();
                } catch (RuntimeException | LinkageError e) {
                    // only a head start, but a failing one says something about the installation
                    org.eclipse.core.runtime.ILog.of(LayoutWarmUp.class).warn("Diagram layout warm-up failed", e);
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(DELAY_MS);
    }
}

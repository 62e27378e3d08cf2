package org.plantrace.ui.diagram.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.plantrace.diagram.layout.WarmUp;
import org.plantrace.ui.AotWarmUp;

/**
 * After the workbench has started, trains the diagram code in a low-priority background job (two tiny diagrams and a
 * 400-node one laid out and drawn off screen), so that the first diagram the user opens neither waits for ELK to
 * load nor runs its code interpreted (see {@link WarmUp}; releng/benchmarks/run.sh cold measures the first diagram
 * with and without it: rows diagram and diagram-after-warm-up).
 */
public class LayoutWarmUp implements IStartup {

    /** After the first window has painted and the sample has opened. */
    private static final long DELAY_MS = 2000;

    @Override
    public void earlyStartup() {
        AtomicBoolean started = new AtomicBoolean();
        Job job = new Job("Preparing diagram layout") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (started.compareAndSet(false, true)) {
                    train();
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(DELAY_MS);
        // the session recording the ahead-of-time cache of later starts runs the warm-up while the workbench closes if
        // it has not started yet, else waits for it, so that its classes are cached
        AotWarmUp.runBeforeShutdown(job, started, LayoutWarmUp::train, () -> {
            try {
                job.join(30_000, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void train() {
        try {
            WarmUp.run();
        } catch (RuntimeException | LinkageError e) {
            // only a head start, but a failing one says something about the installation
            org.eclipse.core.runtime.ILog.of(LayoutWarmUp.class).warn("Diagram layout warm-up failed", e);
        }
    }
}

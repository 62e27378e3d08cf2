package org.plantrace.ui.internal.editor;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.model.Plan;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.internal.markers.Checks;
import org.plantrace.ui.internal.markers.RuleLabels;
import org.plantrace.ui.internal.markers.ValidationPreferences;

/**
 * Live validation of an editor's model: after each change (edit, undo, redo, reload, severity preference) a background
 * job waits {@value #DELAY_MS} ms for more changes, then computes the trace index and the findings. A later change
 * cancels the run and starts the wait again; a result computed while the model changed is thrown away, so what is
 * published always belongs to the model as it is. Results are published in the UI thread.
 *
 * <p>Validation that throws is reported as one error finding (rule {@link RuleLabels#VALIDATION_FAILED}) rather than
 * as "no findings", so a broken plan never looks clean.
 */
public final class EditorAnalysis {

    public static final int DELAY_MS = 300;

    /** What validates a root; replaced by tests to make validation fail. */
    public static volatile BiFunction<EObject, TraceIndex, List<Finding>> validator = Checks::run;

    /** The result of one analysis: the trace index (null for a framework file or after a crash) and findings. */
    public record Result(long generation, TraceIndex index, List<Finding> findings, Throwable crash,
            boolean markersWritten) {

        Result(long generation, TraceIndex index, List<Finding> findings, Throwable crash) {
            this(generation, index, findings, crash, false);
        }
    }

    /** The editor side: what to analyse and where results go (in the UI thread). */
    public interface Host {
        EObject root();

        /** Writes the problem markers of a result (in the job's thread, so the Problems view follows at once). */
        void writeMarkers(Result result);

        void publish(Result result);

        boolean isDisposed();
    }

    private final Host host;
    private final Display display;
    private final AtomicLong generation = new AtomicLong();
    private final Job job;

    public EditorAnalysis(Host host, Display display, String name) {
        this.host = host;
        this.display = display;
        this.job = new Job("Validating " + name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return analyse(monitor);
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
    }

    /** The model changed: any run in progress is stale; analyse again after the delay. */
    public void changed() {
        generation.incrementAndGet();
        job.cancel();
        job.schedule(DELAY_MS);
    }

    /** Analyses now in the calling thread (opening, explicit Validate) and makes later results of older runs stale. */
    public Result runNow() {
        long g = generation.incrementAndGet();
        job.cancel();
        return compute(g);
    }

    public void dispose() {
        generation.incrementAndGet();
        job.cancel();
    }

    /** For tests: whether a run is waiting or running. */
    public boolean isBusy() {
        return job.getState() != Job.NONE;
    }

    private IStatus analyse(IProgressMonitor monitor) {
        long g = generation.get();
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Result computed = compute(g);
        if (computed == null || monitor.isCanceled() || g != generation.get()) {
            return Status.CANCEL_STATUS;
        }
        host.writeMarkers(computed);
        Result r = new Result(g, computed.index(), computed.findings(), computed.crash(), true);
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (g == generation.get() && !host.isDisposed()) {
                    host.publish(r);
                }
            });
        }
        return Status.OK_STATUS;
    }

    /** The index and findings of the model as it is now; null when the model changed while computing. */
    private Result compute(long g) {
        EObject root = host.root();
        if (root == null) {
            return new Result(g, null, List.of(), null);
        }
        try {
            TraceIndex index = root instanceof Plan p ? TraceIndex.of(p) : null;
            List<Finding> findings = ValidationPreferences.policy().apply(validator.apply(root, index));
            return new Result(g, index, List.copyOf(findings), null);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            if (g != generation.get()) {
                return null; // the model changed under the run; the next run sees it whole
            }
            PlantraceUi.log("Validation failed on " + Labels.describe(root), e);
            return new Result(g, null, List.of(crashFinding(root, e)), e);
        }
    }

    /** The one finding shown when validation itself failed. */
    public static Finding crashFinding(EObject root, Throwable e) {
        String file = root.eResource() == null ? null : root.eResource().getURI().lastSegment();
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new Finding(Severity.ERROR, RuleLabels.VALIDATION_FAILED, root, EcoreUtil.getID(root), "", file,
                "Validation failed (" + what + "), so this file's problems are not known. Undo the last change or"
                        + " correct the file; the error log has the details.");
    }
}

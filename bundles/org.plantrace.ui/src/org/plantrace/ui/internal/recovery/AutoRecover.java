package org.plantrace.ui.internal.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;

/**
 * AutoRecover: about once a minute (system property {@code plantrace.recoveryInterval}, milliseconds) a background
 * job writes a recovery copy of every plan editor with unsaved changes into the workspace metadata
 * ({@link RecoveryStore}), never over the user's file. The model is serialised in the UI thread (milliseconds: it
 * must not change while it is written out) and written to disk in the job. A copy goes when its editor is saved or
 * closed; what survives is what a crash or power cut left, offered at the next start ({@link StartupRecovery}).
 */
public final class AutoRecover {

    /** Job family (tests join it). */
    public static final Object FAMILY = new Object();

    private static final Object LOCK = new Object();
    private static RecoveryStore store;
    private static volatile boolean detached;
    private static Job job;

    private AutoRecover() {
    }

    /** The store in the workspace metadata ({@code .metadata/.plugins/org.plantrace.ui/recovery}). */
    public static RecoveryStore store() {
        synchronized (LOCK) {
            if (store == null) {
                Path state = Platform.getStateLocation(PlantraceUi.getDefault().getBundle()).toPath();
                store = new RecoveryStore(state.resolve("recovery"));
            }
            return store;
        }
    }

    static long interval() {
        return Math.max(1000, Long.getLong("plantrace.recoveryInterval", 60_000));
    }

    /** Starts the periodic job (first run one interval after start-up: nothing to do before). */
    public static synchronized void start() {
        if (job != null) {
            return;
        }
        job = new Job("Saving recovery copies of unsaved plans") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (!detached && PlatformUI.isWorkbenchRunning()) {
                    writeNow();
                }
                if (!monitor.isCanceled() && PlatformUI.isWorkbenchRunning()) {
                    schedule(interval());
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(interval());
    }

    public static synchronized void stop() {
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    private record Snapshot(Path file, String workspacePath, String label, byte[] content) {
    }

    /**
     * Writes a recovery copy of each plan editor with unsaved changes and removes those of editors without; returns
     * how many copies were written. Callable from any thread.
     */
    public static int writeNow() {
        List<Snapshot> dirty = new ArrayList<>();
        List<Path> clean = new ArrayList<>();
        Display d = PlatformUI.getWorkbench().getDisplay();
        if (d.isDisposed()) {
            return 0;
        }
        d.syncExec(() -> collect(PlatformUI.getWorkbench(), dirty, clean));
        int written = 0;
        synchronized (LOCK) {
            RecoveryStore s = store();
            for (Path p : clean) {
                s.delete(p);
            }
            for (Snapshot snap : dirty) {
                try {
                    s.write(snap.file(), snap.workspacePath(), snap.label(), snap.content());
                    written++;
                } catch (IOException e) {
                    PlantraceUi.log("Could not write the recovery copy of " + snap.file(), e);
                }
            }
        }
        return written;
    }

    private static void collect(IWorkbench wb, List<Snapshot> dirty, List<Path> clean) {
        for (IWorkbenchWindow w : wb.getWorkbenchWindows()) {
            for (IWorkbenchPage page : w.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    if (ref.getEditor(false) instanceof PlanEditor e && e.getPath() != null) {
                        byte[] content = e.isDirty() ? e.recoverySnapshot() : null;
                        if (content == null) {
                            clean.add(e.getPath());
                        } else {
                            dirty.add(new Snapshot(e.getPath(),
                                    e.getFile() == null ? "" : e.getFile().getFullPath().toString(),
                                    e.getTitleLabel(), content));
                        }
                    }
                }
            }
        }
    }

    /** The editor of {@code file} was saved or closed (its changes saved or deliberately discarded). */
    public static void forget(Path file) {
        if (file == null || detached || PlantraceUi.getDefault() == null) {
            return;
        }
        synchronized (LOCK) {
            store().delete(file);
        }
    }

    /**
     * Tests: ends this session's book-keeping as a crash would, so the copies written stay when the editors close.
     * {@link #reattach()} undoes it.
     */
    public static void detachAsIfCrashed() {
        detached = true;
    }

    public static void reattach() {
        detached = false;
    }
}

package org.plantrace.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.plantrace.ui.PlantraceUi;

/**
 * Problem markers for every plan and framework file of the workspace, open in an editor or not: a background job
 * validates, from disk, the files no editor holds (an editor keeps the markers of its file equal to the model as
 * edited). It runs once after start-up, then for each file added or changed on disk, each project opened, each editor
 * closed (its unsaved changes gone), and for the plans of a project whose framework file changed. The rules are
 * those of the editors ({@link FileValidation}, {@link Checks}, the severities of the preferences); a crash inside
 * validation is one error marker saying so, never an empty list.
 */
public final class WorkspaceValidation implements IResourceChangeListener {

    /** Job family (tests join it). */
    public static final Object FAMILY = new Object();
    private static final long DELAY = 500;

    private static WorkspaceValidation instance;
    /** Files held by plan editors, which write their own markers. */
    private static final Set<IFile> OPEN = ConcurrentHashMap.newKeySet();

    private final Set<IFile> pending = ConcurrentHashMap.newKeySet();
    private final Job job = new Job("Validating the plans of the workspace") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            return validatePending(monitor);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }
    };

    private WorkspaceValidation() {
        job.setPriority(Job.DECORATE);
        job.setSystem(true);
    }

    /**
     * Starts following the workspace; validates every model file no editor holds in the background, after
     * {@code initialDelay} ms (nothing before the first window). System property
     * {@code plantrace.workspaceValidation=false} keeps it off (tests that count markers start it themselves).
     */
    public static synchronized void start(long initialDelay) {
        if (instance != null || "false".equals(System.getProperty("plantrace.workspaceValidation"))) {
            return;
        }
        startNow(initialDelay);
    }

    /** Starts it whatever the system property says (tests). */
    public static synchronized void startNow(long initialDelay) {
        if (instance != null) {
            return;
        }
        instance = new WorkspaceValidation();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(instance, IResourceChangeEvent.POST_CHANGE);
        instance.pending.addAll(FileValidation.modelFiles(ResourcesPlugin.getWorkspace().getRoot()));
        instance.job.schedule(initialDelay);
    }

    public static synchronized void stop() {
        if (instance != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(instance);
            instance.job.cancel();
            instance = null;
        }
    }

    /** A plan editor holds {@code f} from now on. */
    public static void opened(IFile f) {
        if (f != null) {
            OPEN.add(f);
        }
    }

    /** No plan editor holds {@code f} any more: its markers go back to the file as saved. */
    public static void closed(IFile f) {
        if (f == null) {
            return;
        }
        OPEN.remove(f);
        WorkspaceValidation v = instance;
        if (v != null && f.exists()) {
            v.pending.add(f);
            v.job.schedule(DELAY);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        List<IFile> changed = new ArrayList<>();
        try {
            delta.accept(d -> visit(d, changed));
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
        if (!changed.isEmpty()) {
            pending.addAll(changed);
            job.schedule(DELAY);
        }
    }

    private static boolean visit(IResourceDelta d, List<IFile> changed) {
        IResource r = d.getResource();
        if (r instanceof IProject p && (d.getFlags() & IResourceDelta.OPEN) != 0 && p.isOpen()) {
            changed.addAll(FileValidation.modelFiles(p));
            return false;
        }
        if (r instanceof IFile f && FileValidation.isModelFile(f)) {
            boolean contentChanged = d.getKind() == IResourceDelta.ADDED || (d.getKind() == IResourceDelta.CHANGED
                    && (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0);
            if (contentChanged) {
                changed.add(f);
                if ("framework".equals(f.getFileExtension()) && f.getProject() != null) {
                    for (IFile other : FileValidation.modelFiles(f.getProject())) {
                        if ("plan".equals(other.getFileExtension())) {
                            changed.add(other); // its plans read the framework
                        }
                    }
                }
            }
            return false;
        }
        return r instanceof IContainer;
    }

    private IStatus validatePending(IProgressMonitor monitor) {
        List<IFile> files = new ArrayList<>(pending);
        pending.removeAll(files);
        files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        for (IFile f : files) {
            if (monitor.isCanceled()) {
                pending.addAll(files); // the rest next time
                return Status.CANCEL_STATUS;
            }
            if (!f.exists() || OPEN.contains(f)) {
                continue;
            }
            try {
                FileValidation.validate(f, () -> !OPEN.contains(f));
            } catch (CoreException | RuntimeException e) {
                PlantraceUi.log("Could not validate " + f.getFullPath(), e);
            }
        }
        return Status.OK_STATUS;
    }
}

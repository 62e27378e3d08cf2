package org.plantrace.ui.internal.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.validation.Finding;
import org.plantrace.ui.PlantraceUi;

/**
 * Validation findings as problem markers on the file that was validated, so they appear in the Problems
 * view. Each marker carries the element's URI; double-clicking it opens the editor, which selects the
 * element ({@code org.eclipse.ui.ide.IGotoMarker}).
 */
public final class ProblemMarkers {

    /** Marker attribute: the URI of the element concerned (file URI + '#' + id). */
    public static final String ELEMENT_URI = "elementUri";
    /** Marker attribute: the element's id. */
    public static final String ELEMENT_ID = "elementId";
    /** Marker attribute: the validation rule id (e.g. {@code untraced-objective}). */
    public static final String RULE = "rule";

    private ProblemMarkers() {
    }

    /** Job family of {@link #schedule} (tests join it). */
    public static final Object FAMILY = new Object();

    /** Replaces the Plantrace markers of {@code file} with one per finding. */
    public static void replace(IFile file, List<Finding> findings, Resource validated) throws CoreException {
        if (file == null || !file.exists()) {
            return;
        }
        write(file, findings.stream().map(f -> attributes(f, validated)).toList());
    }

    /**
     * Makes the Plantrace markers of {@code file} exactly {@code markers}: markers already there with the same
     * attributes stay, the others are deleted, the missing ones created. An edit that changes one finding changes one
     * marker, so the Problems view has little to redo.
     */
    private static void write(IFile file, List<Map<String, Object>> markers) throws CoreException {
        IWorkspaceRunnable op = monitor -> {
            // The marker rule is null in Eclipse's rule factory, so two writers (an editor's analysis and the workspace
            // validation job) can run at once; each compares and writes under this lock, taken inside the workspace
            // operation so that the lock order is always the same.
            synchronized (WRITE_LOCK) {
                writeNow(file, markers);
            }
        };
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        ws.run(op, ws.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
    }

    private static final Object WRITE_LOCK = new Object();

    private static void writeNow(IFile file, List<Map<String, Object>> markers) throws CoreException {
        if (!file.exists()) {
            return;
        }
        Map<Map<String, Object>, Integer> wanted = new HashMap<>();
        for (Map<String, Object> a : markers) {
            wanted.merge(a, 1, Integer::sum);
        }
        for (IMarker m : file.findMarkers(PlantraceUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO)) {
            Map<String, Object> a = m.getAttributes();
            Integer n = a == null ? null : wanted.get(a);
            if (n != null && m.getType().equals(PlantraceUi.PROBLEM_MARKER)) {
                if (n == 1) {
                    wanted.remove(a);
                } else {
                    wanted.put(a, n - 1);
                }
            } else {
                m.delete();
            }
        }
        for (Map<String, Object> a : markers) {
            Integer n = wanted.get(a);
            if (n != null) {
                IMarker m = file.createMarker(PlantraceUi.PROBLEM_MARKER);
                m.setAttributes(a);
                if (n == 1) {
                    wanted.remove(a);
                } else {
                    wanted.put(a, n - 1);
                }
            }
        }
    }

    /**
     * Replaces the markers of {@code file} in a background job, with the attributes taken now (in the caller's thread,
     * from the model as it is); jobs for one file run in the order they were scheduled, so the last one wins.
     */
    public static void schedule(IFile file, List<Finding> findings, Resource validated) {
        if (file == null) {
            return;
        }
        List<Map<String, Object>> markers = findings.stream().map(f -> attributes(f, validated)).toList();
        Job job = new Job("Updating problems of " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    write(file, markers);
                } catch (CoreException e) {
                    PlantraceUi.log(e.getStatus());
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        job.schedule();
    }

    /** The element a marker is about, as {@code resource} (or its resource set) holds it; null when it is gone. */
    public static org.eclipse.emf.ecore.EObject elementOf(IMarker marker, Resource resource,
            org.eclipse.emf.ecore.resource.ResourceSet resourceSet) {
        String uri = marker.getAttribute(ELEMENT_URI, null);
        if (uri == null || resource == null) {
            return null;
        }
        try {
            org.eclipse.emf.common.util.URI u = org.eclipse.emf.common.util.URI.createURI(uri);
            if (u.trimFragment().equals(resource.getURI())) {
                return resource.getEObject(u.fragment());
            }
            return resourceSet.getEObject(u, true);
        } catch (RuntimeException ex) {
            return null; // the element is gone
        }
    }

    public static void clear(IFile file) throws CoreException {
        if (file != null && file.exists()) {
            file.deleteMarkers(PlantraceUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
        }
    }

    static Map<String, Object> attributes(Finding f, Resource validated) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, f.message());
        a.put(IMarker.SEVERITY, switch (f.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        String location = f.path() == null ? "" : f.path();
        if (f.element() != null && f.element().eResource() != null && f.element().eResource() != validated) {
            location = f.element().eResource().getURI().lastSegment() + ": " + location;
        }
        a.put(IMarker.LOCATION, location);
        a.put(IMarker.SOURCE_ID, "Plantrace");
        a.put(RULE, f.rule());
        if (f.element() != null && f.element().eResource() != null) {
            a.put(ELEMENT_URI, EcoreUtil.getURI(f.element()).toString());
        }
        if (f.elementId() != null) {
            a.put(ELEMENT_ID, f.elementId());
        }
        a.put(IMarker.TRANSIENT, Boolean.FALSE);
        // a finding goes by fixing or accepting it, never by deleting its marker (disables Delete in Problems)
        a.put(IMarker.USER_EDITABLE, Boolean.FALSE);
        return a;
    }
}

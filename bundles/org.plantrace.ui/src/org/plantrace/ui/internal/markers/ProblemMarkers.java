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

    /** Replaces the Plantrace markers of {@code file} with one per finding. */
    public static void replace(IFile file, List<Finding> findings, Resource validated) throws CoreException {
        if (file == null || !file.exists()) {
            return;
        }
        IWorkspaceRunnable op = monitor -> {
            file.deleteMarkers(PlantraceUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
            for (Finding f : findings) {
                IMarker m = file.createMarker(PlantraceUi.PROBLEM_MARKER);
                m.setAttributes(attributes(f, validated));
            }
        };
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        ws.run(op, file, IWorkspace.AVOID_UPDATE, null);
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
        return a;
    }
}

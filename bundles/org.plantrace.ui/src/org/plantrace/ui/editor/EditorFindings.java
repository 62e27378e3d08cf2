package org.plantrace.ui.editor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.model.Plan;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.internal.editor.EditorAnalysis;
import org.plantrace.ui.internal.markers.Checks;
import org.plantrace.ui.internal.markers.ProblemMarkers;

/**
 * What a plan editor last learnt about its model: the trace index, the findings and the severity overlay of each
 * element, from the latest live analysis; the problem markers that follow them; and the listeners told after each.
 */
final class EditorFindings {

    private TraceIndex index;
    private List<Finding> findings = List.of();
    private Map<EObject, Severity> severities = Map.of();
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    /** The model changed under the index (a load): it is computed again when next asked for. */
    void forgetIndex() {
        index = null;
    }

    TraceIndex index(Plan plan) {
        if (plan == null) {
            return null;
        }
        if (index == null) {
            index = TraceIndex.of(plan);
        }
        return index;
    }

    List<Finding> findings() {
        return findings;
    }

    /** Takes the result of an analysis (index, findings, overlays). */
    void take(EditorAnalysis.Result r) {
        index = r.index();
        findings = r.findings();
        severities = Checks.severities(findings);
    }

    /** Replaces the markers of {@code file} with the findings, now ({@code now}) or in a workspace job. */
    void mark(IFile file, Resource resource, boolean now) {
        if (file == null || resource == null) {
            return;
        }
        if (!now) {
            ProblemMarkers.schedule(file, findings, resource);
            return;
        }
        replace(file, findings, resource);
    }

    /** Replaces the markers of {@code file} with {@code list} (from the analysis job). */
    static void replace(IFile file, List<Finding> list, Resource resource) {
        try {
            ProblemMarkers.replace(file, list, resource);
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
    }

    void addListener(Runnable r) {
        listeners.add(r);
    }

    void removeListener(Runnable r) {
        listeners.remove(r);
    }

    void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                PlantraceUi.log("Model listener failed", e);
            }
        }
    }

    Severity severityOf(EObject e) {
        return severities.get(e);
    }

    Map<EObject, Severity> severities() {
        return new IdentityHashMap<>(severities);
    }
}

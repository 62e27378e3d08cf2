package org.plantrace.ui.internal.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;
import org.plantrace.core.progress.PlanResults;
import org.plantrace.core.progress.Rag;
import org.plantrace.ui.editor.PlanEditor;

/**
 * The progress status of the elements of a plan editor's plan (measures, and objectives with their measures' worst),
 * as core computes it from the results files of the plan's project ({@link PlanResults#statusOf}), for a viewer of
 * the editor to paint. Recomputed after each change of the model (in the next turn of the event loop, once for a
 * burst of changes); the viewer's labels of elements whose status changed are then updated.
 */
public final class EditorStatus {

    private final PlanEditor editor;
    private final StructuredViewer viewer;
    private Map<EObject, Rag> status;
    private boolean queued;
    private final Runnable listener = this::changed;

    private EditorStatus(PlanEditor editor, StructuredViewer viewer) {
        this.editor = editor;
        this.viewer = viewer;
    }

    /** Statuses for {@code viewer}, showing {@code editor}'s plan, kept up to date until the viewer is disposed. */
    public static EditorStatus install(PlanEditor editor, StructuredViewer viewer) {
        EditorStatus s = new EditorStatus(editor, viewer);
        editor.addModelListener(s.listener);
        viewer.getControl().addDisposeListener(e -> editor.removeModelListener(s.listener));
        return s;
    }

    /** The status of {@code e}, or null (no results, not a measure or objective, or baselining only). */
    public Rag of(Object e) {
        if (status == null) {
            status = compute();
        }
        return e instanceof EObject o ? status.get(o) : null;
    }

    private Map<EObject, Rag> compute() {
        return editor.getPlan() == null ? Map.of() : PlanResults.statusOf(editor.getPlan());
    }

    private void changed() {
        if (queued || viewer.getControl().isDisposed()) {
            return;
        }
        queued = true;
        Display.getCurrent().asyncExec(() -> {
            queued = false;
            if (viewer.getControl().isDisposed()) {
                return;
            }
            Map<EObject, Rag> before = status == null ? Map.of() : status;
            status = compute();
            Set<EObject> changed = new HashSet<>();
            for (Map.Entry<EObject, Rag> e : status.entrySet()) {
                if (before.get(e.getKey()) != e.getValue()) {
                    changed.add(e.getKey());
                }
            }
            for (EObject o : before.keySet()) {
                if (!status.containsKey(o)) {
                    changed.add(o);
                }
            }
            if (!changed.isEmpty()) {
                List<Object> items = new ArrayList<>(changed);
                viewer.update(items.toArray(), null);
            }
        });
    }
}

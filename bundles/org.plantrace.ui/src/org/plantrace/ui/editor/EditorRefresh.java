package org.plantrace.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.plantrace.core.validation.Finding;
import org.plantrace.ui.internal.editor.EditorAnalysis;

/**
 * Brings the plan editor up to date: after each command (dirty flag, actions, affected selection, Properties) and
 * after each analysis (index, findings, tree overlays, problem markers, then the model listeners).
 */
final class EditorRefresh {

    private final PlanEditor editor;

    EditorRefresh(PlanEditor editor) {
        this.editor = editor;
    }

    void commandStackChanged() {
        if (editor.isGone()) {
            return;
        }
        editor.fireDirty();
        if (editor.getActions() != null) {
            editor.getActions().update();
        }
        editor.page.selectAffected(editor.domain.getCommandStack().getMostRecentCommand(), editor.model.resource);
        editor.properties.refresh();
    }

    /** Shows an analysis: index, findings, tree overlays, problem markers; then tells the model listeners. */
    void publish(EditorAnalysis.Result r) {
        if (editor.isGone()) {
            return;
        }
        TreeViewer viewer = editor.getViewer();
        if (viewer != null && viewer.isCellEditorActive()) {
            Display.getCurrent().timerExec(200, () -> publish(r)); // never disturb a rename in progress
            return;
        }
        editor.found.take(r);
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
        if (!r.markersWritten()) {
            editor.found.mark(editor.model.file, editor.model.resource, false);
        }
        editor.found.fire();
    }

    /** Replaces the file's problem markers with {@code list} (called from the analysis job). */
    void writeMarkers(List<Finding> list) {
        IFile f = editor.model.file;
        Resource r = editor.model.resource;
        if (f != null && r != null && !editor.closed) {
            EditorFindings.replace(f, list, r);
        }
    }
}

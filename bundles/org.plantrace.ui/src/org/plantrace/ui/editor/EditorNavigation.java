package org.plantrace.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.plantrace.ui.internal.editor.PlanTree;
import org.plantrace.ui.internal.markers.ProblemMarkers;

/** Takes the plan editor to an element: a selection set from outside, or a problem marker opened. */
final class EditorNavigation {

    private final PlanEditor editor;

    EditorNavigation(PlanEditor editor) {
        this.editor = editor;
    }

    /** Reveals and selects the elements (see {@link PlanEditor}); returns what was selected. */
    List<Object> reveal(IStructuredSelection selection) {
        PlanTree tree = editor.page == null ? null : editor.page.tree();
        EditorFile model = editor.model;
        return tree == null || model.resource == null ? new ArrayList<>() : tree.reveal(selection, model.resource);
    }

    void gotoMarker(IMarker marker) {
        EObject e = elementOf(marker);
        if (e != null) {
            editor.showTree();
            reveal(new StructuredSelection(e));
            editor.setFocus();
        }
    }

    /** The element a problem marker is about, as this editor holds it; null when it is gone. */
    EObject elementOf(IMarker marker) {
        return ProblemMarkers.elementOf(marker, editor.model.resource, editor.domain.getResourceSet());
    }
}

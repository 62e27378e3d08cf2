package org.plantrace.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.plantrace.diagram.Following;

/**
 * Hands what is selected elsewhere in the workbench (the plan editor, Coverage, the matrix) to the {@link DiagramView}:
 * when linked, the diagram {@link Following} says is shown (an objective's alignment, a priority's impact); otherwise,
 * or when the selection is not followed, the selected elements are highlighted in the diagram shown.
 */
final class SelectionFollower implements ISelectionListener {

    private final DiagramView view;

    SelectionFollower(DiagramView view) {
        this.view = view;
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == view || !(selection instanceof IStructuredSelection s) || s.isEmpty() || view.getPlan() == null) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        for (Object o : s) {
            if (o instanceof EObject e) {
                elements.add(e);
            }
        }
        if (elements.isEmpty()) {
            return;
        }
        if (view.isLinked()) {
            Following.Shown next = Following.follow(view.getPlan(), view.getType(), elements.get(0));
            if (next != null) {
                if (next.type() != view.getType() || next.subject() != view.getSubject()) {
                    view.show(next.type(), next.subject());
                }
                return;
            }
        }
        if (view.getControl().getDiagramLayout() == null) {
            return;
        }
        view.getControl().setSelectedElements(Following.highlighted(view.getControl().getDiagramLayout().diagram(), elements), true);
    }
}

package org.plantrace.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramType;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.PriorityItem;

/**
 * How the {@link DiagramView} follows what is selected elsewhere in the workbench (the plan editor, Coverage, the
 * matrix): it highlights the element, or when linked switches to the objective's alignment or the priority's impact.
 */
final class SelectionFollower implements ISelectionListener {

    private final DiagramView view;

    SelectionFollower(DiagramView view) {
        this.view = view;
    }

    /** A selection elsewhere (the plan editor): highlight it here, or follow it when linked. */
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
        if (view.isLinked() && follows(elements.get(0))) {
            return;
        }
        if (view.getControl().getDiagramLayout() == null) {
            return;
        }
        List<EObject> shown = new ArrayList<>();
        Diagram d = view.getControl().getDiagramLayout().diagram();
        for (EObject e : elements) {
            // the element itself, or its nearest container drawn (a target of a measure: the measure)
            for (EObject c = e; c != null; c = c.eContainer()) {
                if (!d.nodesOf(c).isEmpty() || !d.edgesOf(c).isEmpty()) {
                    shown.add(c);
                    break;
                }
            }
        }
        view.getControl().setSelectedElements(shown, true);
    }

    /**
     * When linked, the diagram follows the user: an objective selected anywhere (or anything inside it: a key activity,
     * a measure, an alignment) shows that objective's alignment diagram; a priority or framework selected (in Coverage
     * or the matrix) shows its impact, as does an alignment while an impact diagram is shown. True if it switched (or
     * already showed it).
     */
    private boolean follows(EObject selected) {
        if (view.getType() == DiagramType.IMPACT && selected instanceof Alignment a && a.getTarget() != null
                && !a.getTarget().eIsProxy()) {
            return showOnce(DiagramType.IMPACT, a.getTarget());
        }
        if ((selected instanceof PriorityItem || selected instanceof Framework)
                && isOfPlan((AlignmentTarget) selected)) {
            return showOnce(DiagramType.IMPACT, selected);
        }
        for (EObject c = selected; c != null; c = c.eContainer()) {
            if (c instanceof CorporateObjective o && o.eContainer() == view.getPlan()) {
                return showOnce(DiagramType.ALIGNMENT, o);
            }
        }
        return false;
    }

    private boolean showOnce(DiagramType t, EObject s) {
        if (t != view.getType() || s != view.getSubject()) {
            view.show(t, s);
        }
        return true;
    }

    /** Whether the target belongs to one of the plan's frameworks (a selection from another plan is not followed). */
    private boolean isOfPlan(AlignmentTarget t) {
        Framework f = org.plantrace.core.Labels.frameworkOf(t);
        return f != null && view.getPlan().getFrameworks().contains(f);
    }
}

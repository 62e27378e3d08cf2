package org.plantrace.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * Which diagram follows what the user selects elsewhere (the plan editor, Coverage, the matrix), and what it
 * highlights, without any workbench: the rule the Diagram view applies to each selection.
 * <ul>
 * <li>a priority item or framework of one of the plan's frameworks shows its impact;</li>
 * <li>an alignment, while an impact diagram is shown, shows the impact of its target (the user walks the links);</li>
 * <li>an objective of the plan, or anything inside it (key activity, measure, target, alignment), shows that
 * objective's alignment diagram;</li>
 * <li>anything else (another plan's elements, an outcome, a framework not listed) is not followed: the diagram shown
 * highlights the element or its nearest container drawn.</li>
 * </ul>
 */
public final class Following {

    /** A diagram to show: its type and subject (an objective for an alignment, a priority or framework for impact). */
    public record Shown(DiagramType type, EObject subject) {
    }

    private Following() {
    }

    /**
     * The diagram to show when {@code selected} is selected elsewhere while a diagram of type {@code current} of
     * {@code plan} is shown; null when the selection is not followed (it is then only highlighted).
     */
    public static Shown follow(Plan plan, DiagramType current, EObject selected) {
        if (plan == null || selected == null) {
            return null;
        }
        if (current == DiagramType.IMPACT && selected instanceof Alignment a && a.getTarget() != null
                && !a.getTarget().eIsProxy()) {
            return new Shown(DiagramType.IMPACT, a.getTarget());
        }
        if ((selected instanceof PriorityItem || selected instanceof Framework) && isOfPlan(plan, (AlignmentTarget) selected)) {
            return new Shown(DiagramType.IMPACT, selected);
        }
        for (EObject c = selected; c != null; c = c.eContainer()) {
            if (c instanceof CorporateObjective o && o.eContainer() == plan) {
                return new Shown(DiagramType.ALIGNMENT, o);
            }
        }
        return null;
    }

    /** Whether the target belongs to one of the plan's frameworks (a selection from another plan is not followed). */
    static boolean isOfPlan(Plan plan, AlignmentTarget t) {
        Framework f = Labels.frameworkOf(t);
        return f != null && plan.getFrameworks().contains(f);
    }

    /**
     * What the diagram highlights for a selection: each selected element if it is drawn (as a node or an edge), else
     * its nearest container that is (a measure's target: the measure); elements with nothing drawn are left out.
     */
    public static List<EObject> highlighted(Diagram d, List<? extends EObject> selection) {
        List<EObject> shown = new ArrayList<>();
        for (EObject e : selection) {
            for (EObject c = e; c != null; c = c.eContainer()) {
                if (!d.nodesOf(c).isEmpty() || !d.edgesOf(c).isEmpty()) {
                    shown.add(c);
                    break;
                }
            }
        }
        return shown;
    }

    /**
     * The element of the plan that stands for a subject that no longer {@link #belongsTo belongs} to it, after the
     * plan was reloaded or replaced by an earlier version (Replace With > Local History): an objective by its id in the
     * plan's file, a priority or framework (left as an unresolved reference by an unload) by its address among the
     * files loaded with the plan; null when there is none (it was deleted).
     */
    public static EObject findAgain(Plan plan, EObject subject) {
        if (plan == null || subject == null || plan.eResource() == null) {
            return null;
        }
        if (belongsTo(plan, subject)) {
            return subject;
        }
        if (subject instanceof CorporateObjective) {
            String id = org.eclipse.emf.ecore.util.EcoreUtil.getID(subject);
            EObject again = id == null ? null : plan.eResource().getEObject(id);
            return again instanceof CorporateObjective o && o.eContainer() == plan ? o : null;
        }
        if (subject.eIsProxy() && plan.eResource().getResourceSet() != null) {
            EObject again = org.eclipse.emf.ecore.util.EcoreUtil.resolve(subject, plan.eResource().getResourceSet());
            return again != subject && !again.eIsProxy() && belongsTo(plan, again) ? again : null;
        }
        return null;
    }

    /**
     * Whether a diagram subject still belongs to the plan shown: an objective of the plan, or an element loaded with
     * it (its frameworks); false after it was deleted or the plan was reloaded or replaced.
     */
    public static boolean belongsTo(Plan plan, EObject subject) {
        if (plan == null || subject == null) {
            return false;
        }
        if (subject instanceof CorporateObjective obj) {
            return obj.eContainer() == plan;
        }
        return subject.eResource() != null && plan.eResource() != null
                && subject.eResource().getResourceSet() == plan.eResource().getResourceSet();
    }
}

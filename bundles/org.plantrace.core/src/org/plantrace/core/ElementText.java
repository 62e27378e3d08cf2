package org.plantrace.core;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.core.Labels;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Target;
import org.plantrace.model.Wording;

/**
 * How the workbench names elements in trees, tables and property values: printed numbers first
 * ("3. Be intolerant of violence", "KA4 ...", "PSA 24 PA1 ..."), as a strategy analyst reads the plan.
 * Built on {@link Labels} so the workbench, the command line and the appendices agree.
 */
public final class ElementText {

    private ElementText() {
    }

    public static String text(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Resource r) {
            return r.getURI().lastSegment();
        }
        if (o instanceof EObject e && e.eIsProxy()) {
            return "unresolved '" + ((InternalEObject) e).eProxyURI() + "'";
        }
        if (o instanceof Plan p) {
            return p.getLabel();
        }
        if (o instanceof StrategicOutcome s) {
            return (Labels.blank(s.getCode()) || s.getCode().equals(s.getLabel()) ? "" : s.getCode() + ": ")
                    + nz(s.getLabel());
        }
        if (o instanceof CorporateObjective c) {
            return c.getNumber() + ". " + nz(c.getLabel());
        }
        if (o instanceof KeyActivity ka) {
            return Labels.keyActivity(ka) + "  " + nz(ka.getLabel());
        }
        if (o instanceof Measure m) {
            return (Labels.blank(m.getNumber()) ? "" : m.getNumber() + ". ") + nz(m.getLabel())
                    + (Labels.blank(m.getCode()) ? "" : "  [" + m.getCode() + "]");
        }
        if (o instanceof Target t) {
            return nz(t.getYear()) + ": " + nz(t.getValue());
        }
        if (o instanceof Alignment a) {
            AlignmentTarget t = a.getTarget();
            if (t == null) {
                return "\u2192 (no national priority chosen)";
            }
            return "\u2192 " + reference(t);
        }
        if (o instanceof BusinessGroup bg) {
            return (Labels.blank(bg.getCode()) ? "" : bg.getCode() + "  ") + nz(bg.getLabel());
        }
        if (o instanceof Framework f) {
            return (Labels.blank(f.getCode()) ? "" : f.getCode() + "  ") + nz(f.getLabel());
        }
        if (o instanceof PriorityItem i) {
            return reference(i);
        }
        if (o instanceof Wording w) {
            return "\u201c" + nz(w.getText()) + "\u201d" + (Labels.blank(w.getSource()) ? "" : "  (" + w.getSource() + ")");
        }
        if (o instanceof Property p) {
            return nz(p.getKey()) + " = " + nz(p.getValue());
        }
        if (o instanceof Named n) {
            return nz(n.getLabel());
        }
        if (o instanceof EObject e) {
            return Labels.describe(e);
        }
        if (o instanceof Collection<?> c) {
            return c.stream().map(ElementText::shortText).collect(Collectors.joining(", "));
        }
        return String.valueOf(o);
    }

    /** A national item or framework as cited: printed id and title, e.g. "PSA 24 PA1  Improve ...". */
    public static String reference(AlignmentTarget t) {
        if (t.eIsProxy()) {
            return "unresolved '" + ((InternalEObject) t).eProxyURI().fragment() + "'";
        }
        String id = Labels.printedId(t);
        String label = t.getLabel();
        if (label == null || id.equals(label) || t instanceof Framework) {
            return id;
        }
        return id + "  " + label;
    }

    /** A short reference, for lists of values: "Objective 3", "KA2", "PSA 24 PA1", "TP". */
    public static String shortText(Object o) {
        if (o instanceof EObject e && e.eIsProxy()) {
            return "unresolved '" + ((InternalEObject) e).eProxyURI().fragment() + "'";
        }
        if (o instanceof CorporateObjective c) {
            return "Objective " + c.getNumber();
        }
        if (o instanceof KeyActivity ka) {
            return Labels.keyActivity(ka);
        }
        if (o instanceof AlignmentTarget t) {
            return Labels.printedId(t);
        }
        if (o instanceof BusinessGroup bg) {
            return Labels.blank(bg.getCode()) ? nz(bg.getLabel()) : bg.getCode();
        }
        if (o instanceof StrategicOutcome s) {
            return nz(s.getLabel());
        }
        if (o instanceof Collection<?> c) {
            return c.stream().map(ElementText::shortText).collect(Collectors.joining(", "));
        }
        return text(o);
    }

    /** Kind of element as a user names it ("Key activity", "Measure", ...), using the plan's words. */
    public static String kind(EObject o) {
        return kind(o.eClass(), o.eResource());
    }

    /** Kind of an element of class {@code c} in the file {@code r} (whose plan may name its levels). */
    public static String kind(org.eclipse.emf.ecore.EClass c, Resource r) {
        Plan plan = r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof Plan p ? p : null;
        return switch (c.getName()) {
            case "StrategicOutcome" -> plan != null && !Labels.blank(plan.getOutcomeLabel()) ? plan.getOutcomeLabel()
                    : "Strategic outcome";
            case "CorporateObjective" -> plan != null && !Labels.blank(plan.getObjectiveLabel())
                    ? plan.getObjectiveLabel() : "Corporate objective";
            case "KeyActivity" -> plan != null && !Labels.blank(plan.getActivityLabel()) ? plan.getActivityLabel()
                    : "Key activity";
            case "BusinessGroup" -> "Business group";
            case "PriorityItem" -> "Priority";
            case "Wording" -> "Published wording";
            default -> c.getName();
        };
    }

    /**
     * The order of kinds among an element's children in trees: an objective's key activities, then its
     * measures, then its alignments; wordings and properties last.
     */
    public static int rank(Object o) {
        if (!(o instanceof EObject e)) {
            return 0;
        }
        return switch (e.eClass().getName()) {
            case "StrategicOutcome", "PriorityItem" -> 0;
            case "CorporateObjective" -> 1;
            case "BusinessGroup" -> 2;
            case "KeyActivity" -> 3;
            case "Measure" -> 4;
            case "Target" -> 5;
            case "Alignment" -> 6;
            case "Wording" -> 8;
            case "Property" -> 9;
            default -> 7;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

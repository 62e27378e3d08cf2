package org.plantrace.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Target;

/** How elements are named to people: printed codes, short labels and paths. One place, used everywhere. */
public final class Labels {

    private Labels() {
    }

    /**
     * The printed reference of a key activity, e.g. {@code KA3}, using the plan's prefix.
     */
    public static String keyActivity(KeyActivity ka) {
        return prefix(ka) + ka.getNumber();
    }

    private static String prefix(KeyActivity ka) {
        EObject o = ka.eContainer() == null ? null : ka.eContainer().eContainer();
        if (o instanceof Plan p && p.getActivityPrefix() != null) {
            return p.getActivityPrefix();
        }
        return "KA";
    }

    /**
     * A priority item's id as printed in plans, qualified by its parent where the item's own code is
     * only meaningful under it: {@code PSA 24 PA1}, {@code NI 16}, {@code SPI 1.1}. Falls back to the
     * item's label for items without a code. A whole framework prints as e.g. {@code PS (all)}.
     */
    public static String printedId(AlignmentTarget t) {
        if (t instanceof Framework f) {
            return (blank(f.getCode()) ? f.getLabel() : f.getCode()) + " (all)";
        }
        if (t instanceof org.plantrace.model.CorporateObjective o) {
            String plan = o.eContainer() instanceof Plan p ? p.getLabel() + " " : "";
            return blank(o.getCode()) ? plan + "objective " + o.getNumber() : plan + o.getCode();
        }
        if (!(t instanceof PriorityItem item)) {
            return t == null ? "" : t.getLabel();
        }
        String code = item.getCode();
        if (blank(code)) {
            return item.getLabel();
        }
        if (item.eContainer() instanceof PriorityItem parent && !blank(parent.getCode())) {
            return printedId(parent) + " " + code;
        }
        return code;
    }

    /** The framework an alignment target belongs to (itself for a framework). */
    public static Framework frameworkOf(AlignmentTarget t) {
        EObject o = t;
        while (o != null && !(o instanceof Framework)) {
            o = o.eContainer();
        }
        return (Framework) o;
    }

    /** A one-line description of any element: kind, printed number and title. */
    public static String describe(EObject o) {
        if (o instanceof CorporateObjective obj) {
            return "Objective " + obj.getNumber() + " \"" + obj.getLabel() + "\"";
        }
        if (o instanceof KeyActivity ka) {
            return keyActivity(ka) + " \"" + ka.getLabel() + "\"";
        }
        if (o instanceof Measure m) {
            return "Measure " + (blank(m.getNumber()) ? "" : m.getNumber() + " ") + "\"" + m.getLabel() + "\"";
        }
        if (o instanceof Alignment a) {
            AlignmentTarget t = a.getTarget();
            if (t == null) {
                return "Alignment";
            }
            return "Alignment to " + (t.eIsProxy() ? "'" + ((org.eclipse.emf.ecore.InternalEObject) t).eProxyURI().fragment() + "'"
                    : printedId(t));
        }
        if (o instanceof Target t) {
            return "Target " + t.getYear();
        }
        if (o instanceof AlignmentTarget t) {
            return printedId(t);
        }
        if (o instanceof StrategicOutcome s) {
            return "Outcome " + (blank(s.getCode()) ? "" : s.getCode() + " ") + "\"" + s.getLabel() + "\"";
        }
        if (o instanceof Plan p) {
            return "Plan \"" + p.getLabel() + "\"";
        }
        if (o instanceof Named n) {
            return o.eClass().getName() + " \"" + n.getLabel() + "\"";
        }
        return o.eClass().getName();
    }

    /** Path of short descriptions from the root down to {@code o}, separated by " / ". */
    public static String path(EObject o) {
        List<String> parts = new ArrayList<>();
        for (EObject e = o; e != null; e = e.eContainer()) {
            parts.add(0, shortName(e));
        }
        return String.join(" / ", parts);
    }

    /** The short name of an element as paths print it: {@code Objective 3}, {@code KA2}, {@code Measure 4}, {@code NI 16}. */
    public static String shortName(EObject o) {
        if (o instanceof CorporateObjective obj) {
            return "Objective " + obj.getNumber();
        }
        if (o instanceof KeyActivity ka) {
            return keyActivity(ka);
        }
        if (o instanceof Measure m) {
            return "Measure " + (blank(m.getNumber()) ? EcoreUtil.getID(m) : m.getNumber());
        }
        if (o instanceof Plan) {
            return "Plan";
        }
        if (o instanceof Alignment a) {
            return describe(a);
        }
        if (o instanceof Framework f) {
            return blank(f.getCode()) ? f.getLabel() : f.getCode();
        }
        if (o instanceof AlignmentTarget t) {
            return printedId(t);
        }
        if (o instanceof Named n) {
            String s = blank(n.getName()) ? n.getLabel() : n.getName();
            return s == null ? o.eClass().getName() : s;
        }
        return o.eClass().getName();
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.plantrace.core.merge;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Target;

/**
 * Elements, features and values of a merge in the words a planner uses ("target 2010/11 of measure 12 'Number of
 * ...'", "title of objective 3 '...'"). Never resolves a reference to another file: a link names its target by the
 * id in the href.
 */
final class MergeWords {

    static final int MAX_TITLE = 60;

    private MergeWords() {
    }

    /** The element, e.g. {@code measure 12 'Number of ...'}. */
    static String element(EObject o) {
        if (o == null) {
            return "(nothing)";
        }
        if (o instanceof Target t) {
            return "target " + (blank(t.getYear()) ? "(no year)" : t.getYear()) + " of " + element(t.eContainer());
        }
        if (o instanceof Measure m) {
            return "measure " + (blank(m.getNumber()) ? "" : m.getNumber() + " ") + title(m);
        }
        if (o instanceof CorporateObjective c) {
            return "objective " + c.getNumber() + " " + title(c);
        }
        if (o instanceof KeyActivity ka) {
            String prefix = ka.eContainer() != null && ka.eContainer().eContainer() instanceof Plan p
                    && !blank(p.getActivityPrefix()) ? p.getActivityPrefix() : "KA";
            String of = ka.eContainer() instanceof CorporateObjective c ? " of objective " + c.getNumber() : "";
            return prefix + ka.getNumber() + of + " " + title(ka);
        }
        if (o instanceof Alignment a) {
            return "link from " + element(a.eContainer()) + " to " + target(a);
        }
        if (o instanceof StrategicOutcome s) {
            return "outcome " + (blank(s.getCode()) ? "" : s.getCode() + " ") + title(s);
        }
        if (o instanceof BusinessGroup b) {
            return "business group " + (blank(b.getCode()) ? title(b) : b.getCode());
        }
        if (o instanceof Plan p) {
            return "the plan " + title(p);
        }
        if (o instanceof Framework f) {
            return "the framework " + (blank(f.getCode()) ? title(f) : f.getCode());
        }
        if (o instanceof PriorityItem i) {
            return (blank(i.getCode()) ? "item" : i.getCode()) + " " + title(i);
        }
        String kind = words(o.eClass().getName());
        if (o instanceof Named n) {
            return kind + " " + title(n);
        }
        String id = EcoreUtil.getID(o);
        return id == null ? kind : kind + " '" + id + "'";
    }

    /**
     * Whether {@link #element} words {@code o} from its own attributes and those of its containers only; not so a
     * link (an alignment), worded by the element it points at, which may come later in the file.
     */
    static boolean wordedByItselfAndContainers(EObject o) {
        for (EObject e = o; e != null; e = e instanceof Target ? e.eContainer() : null) {
            if (e instanceof Alignment) {
                return false;
            }
        }
        return true;
    }

    /** What a conflict is about: the element, or a feature of it (a target's value is the target itself). */
    static String subject(EObject o, EStructuralFeature f) {
        if (f == null || f == PlantracePackage.Literals.TARGET__VALUE) {
            return element(o);
        }
        return words(f.getName()) + " of " + element(o);
    }

    /** A value for people: attribute text as it is, a reference by the id it points at, a list joined by commas. */
    static String value(List<String> v, boolean reference) {
        if (v == null) {
            return "(none)";
        }
        if (v.isEmpty()) {
            return "(empty)";
        }
        StringBuilder b = new StringBuilder();
        for (String s : v) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(reference ? fragment(s) : s == null ? "(none)" : s);
        }
        return shorten(b.toString(), 200);
    }

    private static String target(Alignment a) {
        Object t = a.eGet(PlantracePackage.Literals.ALIGNMENT__TARGET, false);
        if (t instanceof InternalEObject io && io.eIsProxy()) {
            return "'" + io.eProxyURI().fragment() + "'";
        }
        if (t instanceof AlignmentTarget at) {
            return blank(at.getCode()) ? title(at) : at.getCode();
        }
        return "nothing";
    }

    private static String fragment(String href) {
        if (href == null) {
            return "(none)";
        }
        int hash = href.indexOf('#');
        return hash >= 0 ? href.substring(hash + 1) : href;
    }

    private static String title(Named n) {
        String t = n.getTitle();
        if (blank(t)) {
            t = n.getName();
        }
        if (blank(t)) {
            t = n.getId();
        }
        return "'" + shorten(String.valueOf(t), MAX_TITLE) + "'";
    }

    static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.plantrace.ui.internal.editor;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.Alignment;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Identified;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Target;

/**
 * Stable ids for new and pasted elements, in the style of the sample ({@code obj-access-ka3},
 * {@code obj-access-b1}). An id is never reused while an element holds it and never changes when the
 * element is renumbered or moved.
 */
public final class Ids {

    private Ids() {
    }

    /** Every id used in {@code r}. */
    public static Set<String> taken(Resource r) {
        Set<String> ids = new HashSet<>();
        if (r != null) {
            for (Iterator<EObject> it = r.getAllContents(); it.hasNext();) {
                String id = EcoreUtil.getID(it.next());
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The stem of ids for {@code o} placed under {@code container}. */
    public static String stem(EObject o, EObject container) {
        String parent = container == null ? null : EcoreUtil.getID(container);
        if (o instanceof KeyActivity) {
            return (parent == null ? "ka" : parent + "-ka");
        }
        if (o instanceof Alignment) {
            return (parent == null ? "link" : parent + "-link");
        }
        if (o instanceof Target) {
            return (parent == null ? "target" : parent + "-t");
        }
        if (o instanceof Measure) {
            return container instanceof BusinessGroup && parent != null ? parent + "-m" : "m";
        }
        if (o instanceof PriorityItem) {
            return container instanceof PriorityItem && parent != null ? parent + "-" : (parent == null ? "item" : parent + "-item");
        }
        if (o instanceof CorporateObjective) {
            return "obj";
        }
        if (o instanceof StrategicOutcome) {
            return container instanceof StrategicOutcome && parent != null ? parent : "out";
        }
        if (o instanceof BusinessGroup) {
            return "bg";
        }
        if (o instanceof Plan) {
            return "plan";
        }
        if (o instanceof Framework) {
            return "framework";
        }
        return o.eClass().getName().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code stem}-n (or {@code stem}n when the stem ends in '-') with the smallest n not taken. */
    public static String fresh(String stem, Set<String> taken) {
        String sep = stem.endsWith("-") || stem.endsWith("ka") || stem.endsWith("-t") || stem.endsWith("-m")
                || stem.endsWith("-link") ? "" : "-";
        for (int n = 1;; n++) {
            String id = stem + sep + n;
            if (taken.add(id)) {
                return id;
            }
        }
    }

    /**
     * Gives {@code root} and everything it contains fresh ids (for elements about to be added under
     * {@code container}), avoiding {@code taken}, which is updated.
     */
    public static void assignFresh(EObject root, EObject container, Set<String> taken) {
        if (root instanceof Identified i) {
            i.setId(fresh(stem(root, container), taken));
        }
        for (EObject c : root.eContents()) {
            assignFresh(c, root, taken);
        }
    }
}

package org.plantrace.ui.internal.markers;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Plan;

/**
 * Runs the foundation's validation on whatever an editor holds: a plan (with its frameworks, through
 * {@link Validation#validate(Plan, TraceIndex)}) or a framework file on its own (the same rules, through
 * the same diagnostician).
 */
public final class Checks {

    private Checks() {
    }

    public static List<Finding> run(EObject root, TraceIndex index) {
        if (root instanceof Plan p) {
            return Validation.validate(p, index != null ? index : TraceIndex.of(p));
        }
        return root == null ? List.of() : Validation.validate(root);
    }

    /**
     * The most severe finding per element, also carried up to the element's ancestors so that a
     * collapsed objective shows that one of its key activities has a problem. Infos are left out.
     */
    public static Map<EObject, Severity> severities(List<Finding> findings) {
        Map<EObject, Severity> m = new IdentityHashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO || f.element() == null) {
                continue;
            }
            for (EObject e = f.element(); e != null; e = e.eContainer()) {
                Severity old = m.get(e);
                if (old == null || f.severity().compareTo(old) < 0) {
                    m.put(e, f.severity());
                }
            }
        }
        return Collections.unmodifiableMap(m);
    }
}

package org.plantrace.ui.internal.markers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.PlanValidator;
import org.plantrace.core.validation.Rule;
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
        if (root == null) {
            return List.of();
        }
        EcoreUtil.resolveAll(root);
        BasicDiagnostic d = new BasicDiagnostic();
        Map<Object, Object> ctx = new HashMap<>();
        Validation.diagnostician().validate(root, d, ctx);
        List<Finding> out = new ArrayList<>();
        flatten(d, out);
        return out;
    }

    private static void flatten(Diagnostic d, List<Finding> out) {
        for (Diagnostic c : d.getChildren()) {
            if (c.getSeverity() != Diagnostic.OK && c.getChildren().isEmpty()) {
                out.add(finding(c));
            }
            flatten(c, out);
        }
    }

    private static Finding finding(Diagnostic d) {
        EObject element = null;
        Rule rule = null;
        for (Object o : d.getData()) {
            if (element == null && o instanceof EObject e) {
                element = e;
            } else if (o instanceof Rule r) {
                rule = r;
            }
        }
        if (rule == null) {
            rule = PlanValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) ? Rule.ofCode(d.getCode()) : Rule.MODEL_CONSTRAINT;
        }
        Resource r = element == null ? null : element.eResource();
        String file = r == null ? null : r.getURI().isFile() ? r.getURI().toFileString() : r.getURI().toString();
        return new Finding(Severity.of(d.getSeverity()), rule.id(), element,
                element == null ? null : EcoreUtil.getID(element), element == null ? "" : Labels.path(element), file,
                d.getMessage());
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

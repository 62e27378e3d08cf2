package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.Labels;
import org.plantrace.model.Identified;

/**
 * Every element has an id, unique in its file: a missing id, or an id also used by another element (named with its
 * path). The ids of a file are indexed once and kept until {@link #reset()}.
 */
final class IdRules {

    private final Map<Resource, Map<String, EObject>> idCache = new java.util.WeakHashMap<>();

    boolean validate(Identified i, DiagnosticChain d) {
        String id = i.getId();
        if (id == null || id.isBlank()) {
            report(d, Rule.MISSING_ID, i, "has no id; every element needs a stable, unique id");
            return false;
        }
        Resource r = i.eResource();
        if (r == null) {
            return true;
        }
        Map<String, EObject> first = idsOf(r);
        EObject owner = first.get(id);
        if (owner != null && owner != i) {
            report(d, Rule.DUPLICATE_ID, i, "id '" + id + "' is also used by " + Labels.describe(owner) + " ("
                    + Labels.path(owner) + ")");
            return false;
        }
        return true;
    }

    private synchronized Map<String, EObject> idsOf(Resource r) {
        return idCache.computeIfAbsent(r, res -> {
            Map<String, EObject> m = new HashMap<>();
            for (var it = res.getAllContents(); it.hasNext();) {
                EObject e = it.next();
                String id = EcoreUtil.getID(e);
                if (id != null) {
                    m.putIfAbsent(id, e);
                }
            }
            return m;
        });
    }

    synchronized void reset() {
        idCache.clear();
    }
}

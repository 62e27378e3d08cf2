package org.plantrace.ui.matrix.internal.edit;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.AlignmentTarget;

/** Stable ids for new alignments: {@code <source id>-<target id>}, numbered when taken. */
final class AlignmentIds {

    private AlignmentIds() {
    }

    static String next(AlignableElement source, AlignmentTarget target) {
        String base = nz(source.getId(), "element") + "-" + nz(target.getId(), "target");
        Resource r = source.eResource();
        String id = base;
        for (int i = 2; taken(r, id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private static boolean taken(Resource r, String id) {
        if (r == null) {
            return false;
        }
        if (r instanceof ResourceImpl ri) {
            Map<String, EObject> ids = ri.getIntrinsicIDToEObjectMap();
            if (ids != null) {
                return ids.containsKey(id);
            }
        }
        return r.getEObject(id) != null;
    }

    private static String nz(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}

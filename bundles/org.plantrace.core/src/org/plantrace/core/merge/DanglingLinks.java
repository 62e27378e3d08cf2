package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.merge.MergeConflict.Kind;

/**
 * The last step of a {@link ModelMerge}, its safety net: when any element of the base is gone from a side, no
 * element of the result may link to an element outside it; such a link is left out and reported as a conflict.
 */
final class DanglingLinks {

    private DanglingLinks() {
    }

    static void run(MergeState m) {
        if (m.removals()) {
            dropDangling(m);
        }
    }

    private static void dropDangling(MergeState m) {
        List<EObject> inside = new ArrayList<>();
        m.result.getAllContents().forEachRemaining(inside::add);
        for (EObject o : inside) {
            List<EReference> merged = MergeFeatures.of(o.eClass()).references();
            for (EReference r : o.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer() || r.isTransient() || r.isDerived()) {
                    continue;
                }
                for (EObject v : new ArrayList<>(Side.targets(o, r))) {
                    if (v.eIsProxy() || v.eResource() == m.result) {
                        continue;
                    }
                    removeTarget(o, r, v);
                    if (merged.contains(r)) { // the other end of an opposite just follows a deletion
                        String id = EcoreUtil.getID(o);
                        m.conflict(Kind.DELETED_AND_LINKED, id == null ? EcoreUtil.getID(o.eContainer()) : id,
                                r.getName(), MergeWords.subject(o, r) + ": " + MergeWords.element(v)
                                        + " deleted on one side, linked on the other; link left out",
                                "linked", "linked", "deleted", null, null, null);
                    }
                }
            }
        }
    }

    private static void removeTarget(EObject o, EReference r, EObject v) {
        if (r.isMany()) {
            ((List<?>) o.eGet(r, false)).remove(v);
        } else {
            o.eUnset(r);
        }
    }
}

package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Values written into the result of a merge: attributes from their literal text, and copies of their children
 * without id (wordings, properties, successions) whose links point into the result.
 */
final class ValueCopy {

    private final MergeState m;

    ValueCopy(MergeState m) {
        this.m = m;
    }

    /** Sets an attribute from literals (empty: unset). */
    static void setAttribute(EObject target, EAttribute a, List<String> literals) {
        if (literals == null || (!a.isMany() && literals.isEmpty())) {
            target.eUnset(a);
        } else if (a.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String s : literals) {
                values.add(EcoreUtil.createFromString(a.getEAttributeType(), s));
            }
            @SuppressWarnings("unchecked")
            EList<Object> list = (EList<Object>) target.eGet(a);
            ECollections.setEList(list, values);
        } else {
            target.eSet(a, EcoreUtil.createFromString(a.getEAttributeType(), literals.get(0)));
        }
    }

    /** A copy of their child without id, its references pointing into the result. */
    EObject copyValue(EObject src) {
        EObject copy = EcoreUtil.create(src.eClass());
        MergeFeatures.Of fs = MergeFeatures.of(src.eClass());
        for (EAttribute a : fs.attributes()) {
            setAttribute(copy, a, Side.attribute(src, a));
        }
        for (EReference r : fs.references()) {
            List<EObject> values = new ArrayList<>();
            for (EObject v : Side.targets(src, r)) {
                String key = m.theirs.key(v);
                EObject o = key.startsWith("#") ? m.merged.get(key.substring(1)) : null;
                if (o == null && !key.startsWith("#")) {
                    o = EcoreUtil.create(v.eClass());
                    ((InternalEObject) o).eSetProxyURI(URI.createURI(key).resolve(m.uri));
                }
                if (o != null) {
                    if (key.startsWith("#") && m.deleted.contains(key.substring(1))) {
                        m.keep(key.substring(1));
                    }
                    values.add(o);
                }
            }
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) copy.eGet(r);
                list.addAll(values);
            } else if (!values.isEmpty()) {
                copy.eSet(r, values.get(0));
            }
        }
        for (EReference r : fs.valued()) {
            for (EObject c : Side.targets(src, r)) {
                if (r.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> list = (EList<EObject>) copy.eGet(r);
                    list.add(copyValue(c));
                } else {
                    copy.eSet(r, copyValue(c));
                }
            }
        }
        return copy;
    }
}

package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * One version of a model as the merge sees it, taken before anything changes: its elements by id in document
 * order, where each one sits (parent id and containment) and what each containment holds, and the values of
 * features as text (attribute literals, references as hrefs relative to the file, never resolved).
 */
final class Side {

    final Resource resource;
    final EObject root;
    final Map<String, EObject> byId;
    /** id -> "parentId/feature". */
    final Map<String, String> placement;
    /** "parentId/feature" -> child ids in order. */
    final Map<String, List<String>> children;
    private final URI base;
    private final Map<URI, String> keys = new HashMap<>();

    Side(Resource resource) {
        this.resource = resource;
        this.base = resource.getURI();
        this.root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        // sized from the ids the loader saw, so that the maps of a large model are not rehashed while filling
        int expected = idCount(resource);
        byId = new LinkedHashMap<>(expected * 4 / 3 + 16);
        placement = new HashMap<>(expected * 4 / 3 + 16);
        children = new HashMap<>(expected / 2 + 16);
        if (root == null) {
            return;
        }
        String rootId = EcoreUtil.getID(root);
        if (rootId != null) {
            byId.put(rootId, root);
        }
        walk(root, rootId);
    }

    /**
     * Records the children of {@code parent} with an id, depth first in document order (what {@code eAllContents}
     * gives, without its iterator): a child without id is a value of its parent (wording, property, succession), and
     * what it holds is not looked at. One slot text per containment, shared by its children.
     */
    private void walk(EObject parent, String parentId) {
        EReference feature = null;
        String slot = null;
        List<String> list = null;
        for (EObject o : parent.eContents()) {
            String id = id(o);
            if (id == null) {
                continue;
            }
            if (byId.putIfAbsent(id, o) == null) { // a duplicate id: validation reports it; the first one is the element
                EReference f = o.eContainmentFeature();
                if (f != feature) {
                    feature = f;
                    slot = parentId + "/" + f.getName();
                    list = children.computeIfAbsent(slot, k -> new ArrayList<>());
                }
                placement.put(id, slot);
                list.add(id);
            }
            walk(o, id);
        }
    }

    private static int idCount(Resource r) {
        int n = 1024;
        if (r instanceof org.eclipse.emf.ecore.resource.impl.ResourceImpl ri && ri.getIntrinsicIDToEObjectMap() != null) {
            n = Math.max(n, ri.getIntrinsicIDToEObjectMap().size());
        }
        if (r instanceof org.eclipse.emf.ecore.xmi.XMLResource x && x.getIDToEObjectMap() != null) {
            n = Math.max(n, x.getIDToEObjectMap().size());
        }
        return n;
    }

    /** The element's stable id, without reflection for the model's own classes. */
    static String id(EObject o) {
        return o instanceof org.plantrace.model.Identified i ? i.getId() : EcoreUtil.getID(o);
    }

    /**
     * Whether two elements (of this side and of {@code other}) have the same value of a reference, compared without
     * building hrefs: the same proxy addresses, or elements with the same ids.
     */
    static boolean sameTargets(EObject a, EObject b, EReference r) {
        List<EObject> ta = targets(a, r);
        List<EObject> tb = targets(b, r);
        if (ta.size() != tb.size()) {
            return false;
        }
        for (int i = 0; i < ta.size(); i++) {
            EObject x = ta.get(i);
            EObject y = tb.get(i);
            if (x.eIsProxy() != y.eIsProxy()) {
                return false;
            }
            if (x.eIsProxy() ? !((InternalEObject) x).eProxyURI().equals(((InternalEObject) y).eProxyURI())
                    : !java.util.Objects.equals(EcoreUtil.getID(x), EcoreUtil.getID(y))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two elements have the same value of an attribute (compared as values, not text). */
    static boolean sameAttribute(EObject a, EObject b, EAttribute f) {
        if (f.isMany()) {
            return a.eGet(f).equals(b.eGet(f));
        }
        return a.eIsSet(f) == b.eIsSet(f) && java.util.Objects.equals(a.eGet(f), b.eGet(f));
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    List<String> children(String parentId, EReference f) {
        return children(parentId + "/" + f.getName());
    }

    /** The children of a slot ("parentId/feature") in order. */
    List<String> children(String slot) {
        return children.getOrDefault(slot, List.of());
    }

    /** Attribute value as literals: empty when unset, one literal for a single value. */
    static List<String> attribute(EObject o, EAttribute a) {
        if (a.isMany()) {
            List<?> values = (List<?>) o.eGet(a);
            List<String> out = new ArrayList<>(values.size());
            for (Object v : values) {
                out.add(EcoreUtil.convertToString(a.getEAttributeType(), v));
            }
            return out;
        }
        if (!o.eIsSet(a)) {
            return List.of();
        }
        return List.of(String.valueOf(EcoreUtil.convertToString(a.getEAttributeType(), o.eGet(a))));
    }

    /** Reference value as hrefs ({@code #id} within the file), never resolving a proxy. */
    List<String> reference(EObject o, EReference r) {
        List<String> out = new ArrayList<>();
        for (EObject v : targets(o, r)) {
            out.add(key(v));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<EObject> targets(EObject o, EReference r) {
        Object v = o.eGet(r, false);
        if (r.isMany()) {
            return ((InternalEList<EObject>) v).basicList();
        }
        return v == null ? List.of() : List.of((EObject) v);
    }

    /** The href of a referenced element as seen from this file. */
    String key(EObject v) {
        if (v.eIsProxy()) {
            URI u = ((InternalEObject) v).eProxyURI();
            return keys.computeIfAbsent(u, x -> base == null ? x.toString() : x.deresolve(base).toString());
        }
        if (v.eResource() == resource || v.eResource() == null) {
            return "#" + EcoreUtil.getID(v);
        }
        URI u = EcoreUtil.getURI(v);
        return base == null ? u.toString() : u.deresolve(base).toString();
    }

    /** A child without an id as one comparable text: its class and every feature, nested children included. */
    String canonical(EObject o) {
        StringBuilder b = new StringBuilder(o.eClass().getName()).append('{');
        MergeFeatures.Of fs = MergeFeatures.of(o.eClass());
        for (EAttribute a : fs.attributes()) {
            b.append(a.getName()).append('=').append(attribute(o, a)).append(';');
        }
        for (EReference r : fs.references()) {
            b.append(r.getName()).append('=').append(reference(o, r)).append(';');
        }
        for (EReference r : fs.valued()) {
            b.append(r.getName()).append('=').append(valued(o, r)).append(';');
        }
        for (EReference r : fs.placed()) {
            b.append(r.getName()).append('=').append(targets(o, r).stream().map(EcoreUtil::getID).toList()).append(';');
        }
        return b.append('}').toString();
    }

    /** The children without id of a containment, as canonical texts. */
    List<String> valued(EObject o, EReference r) {
        List<String> out = new ArrayList<>();
        for (EObject c : targets(o, r)) {
            out.add(canonical(c));
        }
        return out;
    }

    /** Everything of the element itself (not its children with ids) and where it sits, as one text. */
    String signature(String id) {
        EObject o = byId.get(id);
        StringBuilder b = new StringBuilder(canonical(o)).append('@').append(placement.get(id));
        return b.toString();
    }
}

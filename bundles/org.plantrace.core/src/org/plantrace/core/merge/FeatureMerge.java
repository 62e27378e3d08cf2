package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.merge.MergeConflict.Kind;

/**
 * The second step of a {@link ModelMerge}: the features of each element of the result, three-way, one at a time:
 * attributes and single references by value (the same one changed differently on both sides is a conflict, ours
 * kept), many references as ordered lists ({@link ListMerge}), children without id as one value each. A link to an
 * element we deleted is left out (a conflict); a link to one they deleted keeps it (a conflict too).
 */
final class FeatureMerge {

    private final MergeState m;
    private final ValueCopy copies;

    FeatureMerge(MergeState m) {
        this.m = m;
        this.copies = new ValueCopy(m);
    }

    void run() {
        List<String> waiting = new ArrayList<>(); // elements they deleted: merged only if something keeps them
        for (Map.Entry<String, EObject> e : m.merged.entrySet()) {
            if (m.deleted.contains(e.getKey())) {
                waiting.add(e.getKey());
            } else {
                mergeFeatures(e.getKey(), e.getValue());
            }
        }
        boolean more = !waiting.isEmpty();
        while (more) { // elements kept because something links to them are merged in a further round
            more = false;
            for (Iterator<String> it = waiting.iterator(); it.hasNext();) {
                String id = it.next();
                if (!m.deleted.contains(id)) {
                    it.remove();
                    more = true;
                    mergeFeatures(id, m.merged.get(id));
                }
            }
        }
    }

    private void mergeFeatures(String id, EObject target) {
        MergeFeatures.Of fs = MergeFeatures.of(target.eClass());
        EObject same = unchangedByThem(id);
        EObject was = same == null ? null : m.base.byId.get(id);
        for (EAttribute a : fs.attributes()) {
            if (same == null || !Side.sameAttribute(was, same, a)) {
                mergeAttribute(id, target, a);
            }
        }
        for (EReference r : fs.references()) {
            if (same == null || !Side.sameTargets(was, same, r) || linksDeleted(target, r)) {
                mergeReference(id, target, r);
            }
        }
        for (EReference r : fs.valued()) {
            if (same == null || !Side.targets(same, r).isEmpty() || !Side.targets(was, r).isEmpty()) {
                mergeValued(id, target, r);
            }
        }
    }

    /** Whether the element (ours) links to an element they deleted (then the link decides whether it stays). */
    private boolean linksDeleted(EObject target, EReference r) {
        if (m.deleted.isEmpty()) {
            return false;
        }
        for (EObject v : Side.targets(target, r)) {
            if (!v.eIsProxy() && m.deleted.contains(EcoreUtil.getID(v))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Their element, when it and ours both exist and the base has it too: then a feature they left as in the base
     * keeps ours without further work (and, when they deleted nothing, a reference they left as it was too).
     */
    private EObject unchangedByThem(String id) {
        EObject b = m.base.byId.get(id);
        EObject t = m.theirs.byId.get(id);
        return b != null && t != null && m.ours.has(id) && b.eClass() == t.eClass() ? t : null;
    }

    private void mergeAttribute(String id, EObject target, EAttribute a) {
        List<String> vb = value(m.base, id, s -> Side.attribute(s.byId.get(id), a));
        List<String> vo = m.ours.has(id) ? Side.attribute(m.ours.byId.get(id), a) : vb;
        List<String> vt = m.theirs.has(id) ? Side.attribute(m.theirs.byId.get(id), a) : vb;
        List<String> chosen = choose(id, target, a, vb, vo, vt, false);
        if (chosen != vo || !m.ours.has(id)) {
            ValueCopy.setAttribute(target, a, chosen);
        }
    }

    private void mergeReference(String id, EObject target, EReference r) {
        List<String> vb = value(m.base, id, s -> s.reference(s.byId.get(id), r));
        List<String> vo = m.ours.has(id) ? m.ours.reference(m.ours.byId.get(id), r) : vb;
        List<String> vt = m.theirs.has(id) ? m.theirs.reference(m.theirs.byId.get(id), r) : vb;
        List<String> chosen;
        if (r.isMany()) {
            List<String> o = vo == null ? List.of() : vo;
            List<String> t = vt == null ? List.of() : vt;
            chosen = o.equals(t) ? o : ListMerge.merge(vb, o, t).list();
        } else {
            chosen = choose(id, target, r, vb, vo, vt, true);
        }
        List<EObject> objects = new ArrayList<>(chosen.size());
        for (String key : chosen) {
            EObject o = resolve(key, id, target, r, vo != null && vo.contains(key));
            if (o != null) {
                objects.add(o);
            }
        }
        List<EObject> current = Side.targets(target, r);
        if (!current.equals(objects)) {
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) target.eGet(r, false);
                ECollections.setEList(list, objects);
            } else if (objects.isEmpty()) {
                target.eUnset(r);
            } else {
                target.eSet(r, objects.get(0));
            }
        }
    }

    /**
     * The element an href of the result stands for: ours or their new one (a link to an element they deleted keeps
     * it, as a conflict), or a proxy into another file; null when it names an element we deleted.
     */
    private EObject resolve(String key, String ownerId, EObject owner, EReference r, boolean ourLink) {
        if (key.startsWith("#")) {
            String id = key.substring(1);
            EObject o = m.merged.get(id);
            if (o == null) {
                EObject was = m.base.byId.get(id);
                EObject thing = was != null ? was : m.theirs.byId.get(id);
                m.conflict(Kind.DELETED_AND_LINKED, ownerId, r.getName(), MergeWords.subject(owner, r) + ": "
                        + (thing == null ? "'" + id + "'" : MergeWords.element(thing))
                        + " deleted (ours) vs linked (theirs); link left out", "linked", "deleted", "linked",
                        List.of(key), List.of(), List.of(key));
                return null;
            }
            if (m.deleted.contains(id)) {
                m.keep(id);
                m.conflict(Kind.DELETED_AND_LINKED, id, null, MergeWords.element(o) + ": deleted (theirs) vs linked from "
                        + MergeWords.element(owner) + " (" + (ourLink ? "ours" : "theirs") + "); kept", "present",
                        "linked", "deleted", List.of(), List.of(), null);
            }
            return o;
        }
        for (EObject existing : Side.targets(owner, r)) {
            if (existing.eIsProxy() && m.ours.key(existing).equals(key)) {
                return existing;
            }
        }
        EObject like = proxyLike(key, ownerId, r);
        EObject proxy = EcoreUtil.create(like != null ? like.eClass() : r.getEReferenceType());
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI(key).resolve(m.uri));
        return proxy;
    }

    private EObject proxyLike(String key, String ownerId, EReference r) {
        for (Side s : List.of(m.theirs, m.ours, m.base)) {
            EObject o = s.byId.get(ownerId);
            if (o != null) {
                for (EObject v : Side.targets(o, r)) {
                    if (s.key(v).equals(key)) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    private void mergeValued(String id, EObject target, EReference r) {
        List<String> vb = value(m.base, id, s -> s.valued(s.byId.get(id), r));
        List<String> vo = m.ours.has(id) ? m.ours.valued(m.ours.byId.get(id), r) : vb;
        List<String> vt = m.theirs.has(id) ? m.theirs.valued(m.theirs.byId.get(id), r) : vb;
        List<String> chosen = choose(id, target, r, vb, vo, vt, false);
        if (chosen == vt && !Objects.equals(vt, vo)) {
            List<EObject> values = new ArrayList<>();
            for (EObject c : Side.targets(m.theirs.byId.get(id), r)) {
                values.add(copies.copyValue(c));
            }
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) target.eGet(r);
                ECollections.setEList(list, values);
            } else if (values.isEmpty()) {
                target.eUnset(r);
            } else {
                target.eSet(r, values.get(0));
            }
        }
    }

    /** Three-way choice of one value; a conflict keeps ours. */
    private List<String> choose(String id, EObject target, EStructuralFeature f, List<String> vb, List<String> vo,
            List<String> vt, boolean reference) {
        if (Objects.equals(vo, vt) || Objects.equals(vt, vb)) {
            return vo;
        }
        if (Objects.equals(vo, vb)) {
            return vt;
        }
        m.conflict(bothChanged(id, target, f, vb, vo, vt, reference));
        return vo;
    }

    /**
     * The conflict of a feature both sides changed differently, in words ("target 2010/11 of measure 12 '...': 75 %
     * (ours) vs 78 % (theirs), base 70 %"): {@code target} is the element of the result as it stands when the
     * feature is merged (ours kept). Also what the text merge reports for an attribute ({@link TextConflicts}).
     */
    static MergeConflict bothChanged(String id, EObject target, EStructuralFeature f, List<String> vb, List<String> vo,
            List<String> vt, boolean reference) {
        boolean valued = f instanceof EReference r && r.isContainment();
        String b = valued ? count(vb) : MergeWords.value(vb, reference);
        String o = valued ? count(vo) : MergeWords.value(vo, reference);
        String t = valued ? count(vt) : MergeWords.value(vt, reference);
        String what = MergeWords.subject(target, f);
        return new MergeConflict(Kind.BOTH_CHANGED, id, f.getName(),
                what + ": " + o + " (ours) vs " + t + " (theirs), base " + b, b, o, t, vb, vo, vt);
    }

    private static String count(List<String> v) {
        return v == null ? "(none)" : v.size() + " entr" + (v.size() == 1 ? "y" : "ies") + " (changed)";
    }

    private interface Reader {
        List<String> read(Side s);
    }

    private static List<String> value(Side s, String id, Reader reader) {
        return s.has(id) ? reader.read(s) : null;
    }
}

package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.merge.MergeConflict.Kind;

/**
 * Three-way merge of two versions of a plan or framework file against their common base, element by element,
 * matched by stable id: edits to different elements or different features merge without asking; the same feature
 * changed differently on both sides, an element deleted on one side and edited (or linked to) on the other, a move
 * to different places or a different reordering on both sides are {@link MergeConflict conflicts}, where our
 * version is kept so that the result loads. The result never holds a reference to a deleted element, and it is
 * deterministic: the same three versions always give the same model. Works on the metamodel reflectively
 * (attributes, containment, single and many references, hrefs into other files, which are never resolved).
 *
 * <p>{@link #merge} turns {@code ours} into the result, in place.
 */
public final class ModelMerge {

    private final Side base;
    private final Side ours;
    private final Side theirs;
    private final Resource result;
    private final URI uri;
    /** Elements of the result by id: ours, and theirs' new ones (not yet placed). */
    private final Map<String, EObject> merged = new LinkedHashMap<>();
    /** Elements they deleted that we did not touch: gone unless something still links to them. */
    private final Set<String> deleted = new LinkedHashSet<>();
    private final Map<String, MergeConflict> conflicts = new LinkedHashMap<>();

    private ModelMerge(Resource base, Resource ours, Resource theirs) {
        this.base = new Side(base);
        this.ours = new Side(ours);
        this.theirs = new Side(theirs);
        this.result = ours;
        this.uri = ours.getURI();
    }

    /**
     * Merges {@code theirs} into {@code ours} against {@code base}: {@code ours} becomes the result. All three must
     * have been loaded with the same URI (hrefs to other files are compared as written) and must have a root.
     *
     * @return the conflicts, in document order; empty when the merge is clean
     */
    public static List<MergeConflict> merge(Resource base, Resource ours, Resource theirs) {
        ModelMerge m = new ModelMerge(base, ours, theirs);
        if (m.ours.root == null || m.theirs.root == null || m.base.root == null) {
            throw new IllegalArgumentException("every version needs a model element");
        }
        m.decideElements();
        m.mergeFeatures();
        m.place();
        if (m.removals()) {
            m.dropDangling();
        }
        return List.copyOf(m.conflicts.values());
    }

    // ---- which elements the result has ----

    private void decideElements() {
        for (Map.Entry<String, EObject> e : ours.byId.entrySet()) {
            String id = e.getKey();
            if (theirs.has(id) || !base.has(id)) {
                merged.put(id, e.getValue());
            } else if (inside(ours, id, Kind.EDITED_BY_US_DELETED_BY_THEM)) {
                merged.put(id, e.getValue()); // kept with the element that holds it
            } else if (touched(ours, id)) {
                merged.put(id, e.getValue());
                conflict(Kind.EDITED_BY_US_DELETED_BY_THEM, e.getValue(), id, null,
                        MergeWords.element(e.getValue()) + ": edited (ours) vs deleted (theirs); kept", "present",
                        "edited", "deleted", List.of(), List.of(), null);
            } else {
                merged.put(id, e.getValue());
                deleted.add(id);
            }
        }
        for (Map.Entry<String, EObject> e : theirs.byId.entrySet()) {
            String id = e.getKey();
            if (ours.has(id)) {
                continue;
            }
            if (!base.has(id)) {
                EObject created = EcoreUtil.create(e.getValue().eClass());
                EcoreUtil.setID(created, id);
                merged.put(id, created);
            } else if (touched(theirs, id) && !inside(theirs, id, Kind.DELETED_BY_US_EDITED_BY_THEM)) {
                EObject was = base.byId.get(id);
                List<String> copy = ElementCopy.of(e.getValue()); // so that "theirs" can put it back
                conflict(Kind.DELETED_BY_US_EDITED_BY_THEM, was, id, null,
                        MergeWords.element(was) + ": deleted (ours) vs edited (theirs); left deleted", "present",
                        "deleted", "edited", List.of(), null, copy == null ? List.of() : copy);
            }
        }
    }

    /** Whether {@code side} changed the element or anything inside it since the base. */
    private boolean touched(Side side, String id) {
        EObject o = side.byId.get(id);
        if (changed(side, id)) {
            return true;
        }
        for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
            EObject c = it.next();
            String cid = EcoreUtil.getID(c);
            if (cid == null) {
                it.prune();
            } else if (changed(side, cid)) {
                return true;
            }
        }
        return false;
    }

    private boolean changed(Side side, String id) {
        return !base.has(id) || !side.signature(id).equals(base.signature(id));
    }

    /** Whether a container of the element is already reported with a conflict of {@code kind}. */
    private boolean inside(Side side, String id, Kind kind) {
        for (EObject c = side.byId.get(id).eContainer(); c != null; c = c.eContainer()) {
            String cid = EcoreUtil.getID(c);
            if (conflicts.containsKey(cid + "//" + kind.name())) {
                return true;
            }
        }
        return false;
    }

    // ---- features of each element ----

    private void mergeFeatures() {
        List<String> waiting = new ArrayList<>(); // elements they deleted: merged only if something keeps them
        for (Map.Entry<String, EObject> e : merged.entrySet()) {
            if (deleted.contains(e.getKey())) {
                waiting.add(e.getKey());
            } else {
                mergeFeatures(e.getKey(), e.getValue());
            }
        }
        boolean more = !waiting.isEmpty();
        while (more) { // elements kept because something links to them are merged in a further round
            more = false;
            for (java.util.Iterator<String> it = waiting.iterator(); it.hasNext();) {
                String id = it.next();
                if (!deleted.contains(id)) {
                    it.remove();
                    more = true;
                    mergeFeatures(id, merged.get(id));
                }
            }
        }
    }

    private void mergeFeatures(String id, EObject target) {
        MergeFeatures.Of fs = MergeFeatures.of(target.eClass());
        EObject same = unchangedByThem(id);
        EObject was = same == null ? null : base.byId.get(id);
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
        if (deleted.isEmpty()) {
            return false;
        }
        for (EObject v : Side.targets(target, r)) {
            if (!v.eIsProxy() && deleted.contains(EcoreUtil.getID(v))) {
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
        EObject b = base.byId.get(id);
        EObject t = theirs.byId.get(id);
        return b != null && t != null && ours.has(id) && b.eClass() == t.eClass() ? t : null;
    }

    private void mergeAttribute(String id, EObject target, EAttribute a) {
        List<String> vb = value(base, id, s -> Side.attribute(s.byId.get(id), a));
        List<String> vo = ours.has(id) ? Side.attribute(ours.byId.get(id), a) : vb;
        List<String> vt = theirs.has(id) ? Side.attribute(theirs.byId.get(id), a) : vb;
        List<String> chosen = choose(id, target, a, vb, vo, vt, false);
        if (chosen != vo || !ours.has(id)) {
            setAttribute(target, a, chosen);
        }
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

    private void mergeReference(String id, EObject target, EReference r) {
        List<String> vb = value(base, id, s -> s.reference(s.byId.get(id), r));
        List<String> vo = ours.has(id) ? ours.reference(ours.byId.get(id), r) : vb;
        List<String> vt = theirs.has(id) ? theirs.reference(theirs.byId.get(id), r) : vb;
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
            EObject o = merged.get(id);
            if (o == null) {
                EObject was = base.byId.get(id);
                EObject thing = was != null ? was : theirs.byId.get(id);
                conflict(Kind.DELETED_AND_LINKED, owner, ownerId, r.getName(), MergeWords.subject(owner, r) + ": "
                        + (thing == null ? "'" + id + "'" : MergeWords.element(thing))
                        + " deleted (ours) vs linked (theirs); link left out", "linked", "deleted", "linked",
                        List.of(key), List.of(), List.of(key));
                return null;
            }
            if (deleted.contains(id)) {
                keep(id);
                conflict(Kind.DELETED_AND_LINKED, o, id, null, MergeWords.element(o) + ": deleted (theirs) vs linked from "
                        + MergeWords.element(owner) + " (" + (ourLink ? "ours" : "theirs") + "); kept", "present",
                        "linked", "deleted", List.of(), List.of(), null);
            }
            return o;
        }
        for (EObject existing : Side.targets(owner, r)) {
            if (existing.eIsProxy() && ours.key(existing).equals(key)) {
                return existing;
            }
        }
        EObject like = proxyLike(key, ownerId, r);
        EObject proxy = EcoreUtil.create(like != null ? like.eClass() : r.getEReferenceType());
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI(key).resolve(uri));
        return proxy;
    }

    private EObject proxyLike(String key, String ownerId, EReference r) {
        for (Side s : List.of(theirs, ours, base)) {
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

    /** Keeps an element they deleted, with what it holds and what holds it, as we have it. */
    private void keep(String id) {
        EObject o = ours.byId.get(id);
        deleted.remove(id);
        for (EObject c = o.eContainer(); c != null; c = c.eContainer()) {
            deleted.remove(EcoreUtil.getID(c));
        }
        for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
            String cid = EcoreUtil.getID(it.next());
            if (cid == null) {
                it.prune();
            } else {
                deleted.remove(cid);
            }
        }
    }

    private void mergeValued(String id, EObject target, EReference r) {
        List<String> vb = value(base, id, s -> s.valued(s.byId.get(id), r));
        List<String> vo = ours.has(id) ? ours.valued(ours.byId.get(id), r) : vb;
        List<String> vt = theirs.has(id) ? theirs.valued(theirs.byId.get(id), r) : vb;
        List<String> chosen = choose(id, target, r, vb, vo, vt, false);
        if (chosen == vt && !Objects.equals(vt, vo)) {
            List<EObject> copies = new ArrayList<>();
            for (EObject c : Side.targets(theirs.byId.get(id), r)) {
                copies.add(copyValue(c));
            }
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) target.eGet(r);
                ECollections.setEList(list, copies);
            } else if (copies.isEmpty()) {
                target.eUnset(r);
            } else {
                target.eSet(r, copies.get(0));
            }
        }
    }

    /** A copy of their child without id, its references pointing into the result. */
    private EObject copyValue(EObject src) {
        EObject copy = EcoreUtil.create(src.eClass());
        MergeFeatures.Of fs = MergeFeatures.of(src.eClass());
        for (EAttribute a : fs.attributes()) {
            setAttribute(copy, a, Side.attribute(src, a));
        }
        for (EReference r : fs.references()) {
            List<EObject> values = new ArrayList<>();
            for (EObject v : Side.targets(src, r)) {
                String key = theirs.key(v);
                EObject o = key.startsWith("#") ? merged.get(key.substring(1)) : null;
                if (o == null && !key.startsWith("#")) {
                    o = EcoreUtil.create(v.eClass());
                    ((InternalEObject) o).eSetProxyURI(URI.createURI(key).resolve(uri));
                }
                if (o != null) {
                    if (key.startsWith("#") && deleted.contains(key.substring(1))) {
                        keep(key.substring(1));
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

    /** Three-way choice of one value; a conflict keeps ours. */
    private List<String> choose(String id, EObject target, EStructuralFeature f, List<String> vb, List<String> vo,
            List<String> vt, boolean reference) {
        if (Objects.equals(vo, vt) || Objects.equals(vt, vb)) {
            return vo;
        }
        if (Objects.equals(vo, vb)) {
            return vt;
        }
        boolean valued = f instanceof EReference r && r.isContainment();
        String b = valued ? count(vb) : MergeWords.value(vb, reference);
        String o = valued ? count(vo) : MergeWords.value(vo, reference);
        String t = valued ? count(vt) : MergeWords.value(vt, reference);
        String what = MergeWords.subject(target, f);
        conflict(Kind.BOTH_CHANGED, target, id, f.getName(),
                what + ": " + o + " (ours) vs " + t + " (theirs), base " + b, b, o, t, vb, vo, vt);
        return vo;
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

    // ---- where each element sits, and in which order ----

    private void place() {
        Map<String, String> slotOf = new HashMap<>();
        Map<String, Set<String>> members = new HashMap<>();
        String rootId = EcoreUtil.getID(ours.root);
        for (Map.Entry<String, EObject> e : merged.entrySet()) {
            String id = e.getKey();
            if (id.equals(rootId) || deleted.contains(id)) {
                continue;
            }
            String slot = slot(id, e.getValue());
            if (slot != null) {
                slotOf.put(id, slot);
            }
        }
        // an element placed inside one that is not in the result goes with it
        for (Map.Entry<String, String> e : slotOf.entrySet()) {
            members.computeIfAbsent(e.getValue(), k -> new LinkedHashSet<>()).add(e.getKey());
        }
        for (Map.Entry<String, EObject> e : merged.entrySet()) {
            String id = e.getKey();
            if (deleted.contains(id)) {
                continue;
            }
            EObject parent = e.getValue();
            for (EReference r : MergeFeatures.of(parent.eClass()).placed()) {
                String slot = id + "/" + r.getName();
                Set<String> want = members.getOrDefault(slot, Set.of());
                List<String> lo = ours.children(slot);
                if (want.isEmpty() && lo.isEmpty() && Side.targets(parent, r).isEmpty()) {
                    continue;
                }
                List<String> lb = base.children(slot);
                List<String> lt = theirs.children(slot);
                if (ours.has(id) && lo.size() == want.size() && lo.equals(lt) && lo.equals(lb) && want.containsAll(lo)) {
                    continue; // nobody changed this list
                }
                ListMerge.Result order = ListMerge.order(lb, lo, lt, want);
                if (order.reorderConflict()) {
                    conflict(Kind.REORDERED_ON_BOTH_SIDES, parent, id, r.getName(), "order of " + MergeWords.words(r.getName())
                            + " of " + MergeWords.element(parent) + ": reordered differently on both sides; ours kept",
                            "base order", "our order", "their order", lb, lo, lt);
                }
                List<EObject> objects = new ArrayList<>();
                for (String c : order.list()) {
                    objects.add(merged.get(c));
                }
                if (r.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> list = (EList<EObject>) parent.eGet(r);
                    if (!list.equals(objects)) {
                        ECollections.setEList(list, objects);
                    }
                } else if (objects.isEmpty()) {
                    parent.eUnset(r);
                } else if (parent.eGet(r) != objects.get(0)) {
                    parent.eSet(r, objects.get(0));
                }
            }
        }
    }

    /** The containment slot ("parentId/feature") of an element of the result; null when its parent is gone. */
    private String slot(String id, EObject o) {
        String pb = base.placement.get(id);
        String po = ours.has(id) ? ours.placement.get(id) : pb;
        String pt = theirs.has(id) ? theirs.placement.get(id) : pb;
        String chosen;
        if (Objects.equals(po, pt) || Objects.equals(pt, pb)) {
            chosen = po;
        } else if (Objects.equals(po, pb)) {
            chosen = pt;
        } else {
            chosen = po;
            conflict(Kind.MOVED_ON_BOTH_SIDES, o, id, null, MergeWords.element(o) + ": moved to " + where(po)
                    + " (ours) vs to " + where(pt) + " (theirs), base " + where(pb) + "; ours kept", where(pb), where(po),
                    where(pt), listOf(pb), listOf(po), listOf(pt));
        }
        if (chosen == null || !present(parentOf(chosen))) {
            chosen = po != null && present(parentOf(po)) ? po : null;
        }
        return chosen;
    }

    private boolean present(String id) {
        return merged.containsKey(id) && !deleted.contains(id);
    }

    private static String parentOf(String slot) {
        return slot.substring(0, slot.lastIndexOf('/'));
    }

    private String where(String slot) {
        if (slot == null) {
            return "(nowhere)";
        }
        String pid = parentOf(slot);
        EObject p = merged.get(pid);
        if (p == null) {
            p = base.byId.get(pid);
        }
        return p == null ? "'" + pid + "'" : MergeWords.element(p);
    }

    private static List<String> listOf(String s) {
        return s == null ? null : List.of(s);
    }

    // ---- safety net: no reference to an element outside the result ----

    /** Whether any element of the base is gone from a side, or kept only as a candidate for deletion. */
    private boolean removals() {
        if (!deleted.isEmpty()) {
            return true;
        }
        for (String id : base.byId.keySet()) {
            if (!ours.has(id) || !theirs.has(id)) {
                return true;
            }
        }
        return false;
    }

    private void dropDangling() {
        List<EObject> inside = new ArrayList<>();
        result.getAllContents().forEachRemaining(inside::add);
        for (EObject o : inside) {
            List<EReference> merged = MergeFeatures.of(o.eClass()).references();
            for (EReference r : o.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer() || r.isTransient() || r.isDerived()) {
                    continue;
                }
                for (EObject v : new ArrayList<>(Side.targets(o, r))) {
                    if (v.eIsProxy() || v.eResource() == result) {
                        continue;
                    }
                    removeTarget(o, r, v);
                    if (merged.contains(r)) { // the other end of an opposite just follows a deletion
                        String id = EcoreUtil.getID(o);
                        conflict(Kind.DELETED_AND_LINKED, o, id == null ? EcoreUtil.getID(o.eContainer()) : id,
                                r.getName(), MergeWords.subject(o, r) + ": '" + EcoreUtil.getID(v)
                                        + "' deleted on one side, linked on the other; link left out",
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

    private void conflict(Kind kind, EObject about, String id, String feature, String description, String b, String o,
            String t, List<String> vb, List<String> vo, List<String> vt) {
        MergeConflict c = new MergeConflict(kind, id, feature, description, b, o, t, vb, vo, vt);
        conflicts.putIfAbsent(c.key(), c);
    }
}

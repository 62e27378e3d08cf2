package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.merge.MergeConflict.Kind;

/**
 * The third step of a {@link ModelMerge}: where each element of the result sits (its parent and containment,
 * three-way: a move to different places on both sides is a conflict, ours kept) and the order of each containment
 * ({@link ListMerge}: reordered differently on both sides is a conflict, ours kept). An element whose parent is
 * gone goes where we have it, or with the deletion.
 */
final class Placement {

    private final MergeState m;

    Placement(MergeState m) {
        this.m = m;
    }

    void run() {
        boolean removals = m.removals();
        // where the result puts an element, when that is not where ours has it (null: nowhere, it goes)
        Map<String, String> moved = new HashMap<>();
        // per slot, the elements placed there that ours does not hold there, in the order of the result's elements
        Map<String, Set<String>> incoming = new HashMap<>();
        String rootId = EcoreUtil.getID(m.ours.root);
        for (Map.Entry<String, EObject> e : m.merged.entrySet()) {
            String id = e.getKey();
            if (id.equals(rootId) || m.deleted.contains(id)) {
                continue;
            }
            String slot = slot(id, e.getValue(), removals);
            if (!Objects.equals(slot, m.ours.placement.get(id))) {
                moved.put(id, slot);
                if (slot != null) {
                    incoming.computeIfAbsent(slot, k -> new LinkedHashSet<>()).add(id);
                }
            }
        }
        boolean stay = moved.isEmpty() && m.deleted.isEmpty(); // every child of ours stays where ours has it
        for (Map.Entry<String, EObject> e : m.merged.entrySet()) {
            String id = e.getKey();
            if (!m.deleted.contains(id)) {
                order(id, e.getValue(), stay, moved, incoming);
            }
        }
    }

    /** Puts the children of each containment of {@code parent} in the merged order. */
    private void order(String id, EObject parent, boolean stay, Map<String, String> moved,
            Map<String, Set<String>> incoming) {
        for (EReference r : MergeFeatures.of(parent.eClass()).placed()) {
            String slot = id + "/" + r.getName();
            Set<String> in = incoming.getOrDefault(slot, Set.of());
            List<String> lo = m.ours.children(slot);
            if (in.isEmpty() && lo.isEmpty() && Side.targets(parent, r).isEmpty()) {
                continue;
            }
            List<String> lb = m.base.children(slot);
            List<String> lt = m.theirs.children(slot);
            if (m.ours.has(id) && in.isEmpty() && (stay || staying(lo, moved)) && lo.equals(lt) && lo.equals(lb)) {
                continue; // nobody changed this list
            }
            Set<String> want = new LinkedHashSet<>();
            for (String c : lo) {
                if (!m.deleted.contains(c) && !moved.containsKey(c)) {
                    want.add(c);
                }
            }
            want.addAll(in);
            ListMerge.Result order = ListMerge.order(lb, lo, lt, want);
            if (order.reorderConflict()) {
                m.conflict(Kind.REORDERED_ON_BOTH_SIDES, id, r.getName(), "order of " + MergeWords.words(r.getName())
                        + " of " + MergeWords.element(parent) + ": reordered differently on both sides; ours kept",
                        "base order", "our order", "their order", lb, lo, lt);
            }
            List<EObject> objects = new ArrayList<>();
            for (String c : order.list()) {
                objects.add(m.merged.get(c));
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

    /** Whether every child ours has in a slot stays there (none deleted, none moved elsewhere). */
    private boolean staying(List<String> lo, Map<String, String> moved) {
        for (String c : lo) {
            if (m.deleted.contains(c) || moved.containsKey(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The containment slot ("parentId/feature") of an element of the result; null when its parent is gone (which
     * only happens when an element of the base is gone from a side: {@code removals}).
     */
    private String slot(String id, EObject o, boolean removals) {
        String pb = m.base.placement.get(id);
        String po = m.ours.has(id) ? m.ours.placement.get(id) : pb;
        String pt = m.theirs.has(id) ? m.theirs.placement.get(id) : pb;
        String chosen;
        if (Objects.equals(po, pt) || Objects.equals(pt, pb)) {
            chosen = po;
        } else if (Objects.equals(po, pb)) {
            chosen = pt;
        } else {
            chosen = po;
            m.conflict(Kind.MOVED_ON_BOTH_SIDES, id, null, MergeWords.element(o) + ": moved to " + where(po)
                    + " (ours) vs to " + where(pt) + " (theirs), base " + where(pb) + "; ours kept", where(pb), where(po),
                    where(pt), listOf(pb), listOf(po), listOf(pt));
        }
        if (removals && (chosen == null || !m.present(parentOf(chosen)))) {
            chosen = po != null && m.present(parentOf(po)) ? po : null;
        }
        return chosen;
    }

    private static String parentOf(String slot) {
        return slot.substring(0, slot.lastIndexOf('/'));
    }

    private String where(String slot) {
        if (slot == null) {
            return "(nowhere)";
        }
        String pid = parentOf(slot);
        EObject p = m.merged.get(pid);
        if (p == null) {
            p = m.base.byId.get(pid);
        }
        return p == null ? "'" + pid + "'" : MergeWords.element(p);
    }

    private static List<String> listOf(String s) {
        return s == null ? null : List.of(s);
    }
}

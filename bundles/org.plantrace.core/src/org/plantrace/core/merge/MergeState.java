package org.plantrace.core.merge;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.merge.MergeConflict.Kind;

/**
 * What one three-way merge knows while it runs, shared by its steps ({@link ModelMerge} decides the elements,
 * {@link FeatureMerge} their features, {@link Placement} where they sit, {@link DanglingLinks} the safety net): the
 * three versions, the elements of the result by id, the elements they deleted that may still go, and the conflicts
 * found so far (one per element, feature and kind, in the order found).
 */
final class MergeState {

    final Side base;
    final Side ours;
    final Side theirs;
    /** Ours, which becomes the result. */
    final Resource result;
    final URI uri;
    /** Elements of the result by id: ours, and theirs' new ones (not yet placed). */
    final Map<String, EObject> merged = new LinkedHashMap<>();
    /** Elements they deleted that we did not touch: gone unless something still links to them. */
    final Set<String> deleted = new LinkedHashSet<>();
    final Map<String, MergeConflict> conflicts = new LinkedHashMap<>();

    MergeState(Side base, Side ours, Side theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.result = ours.resource;
        this.uri = result.getURI();
    }

    /** Whether the element is in the result (not deleted by them, or kept because something links to it). */
    boolean present(String id) {
        return merged.containsKey(id) && !deleted.contains(id);
    }

    /** Whether any element of the base is gone from a side, or kept only as a candidate for deletion. */
    boolean removals() {
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

    /** Keeps an element they deleted, with what it holds and what holds it, as we have it. */
    void keep(String id) {
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

    /** Records a conflict, unless one of the same kind about the same element and feature is recorded already. */
    void conflict(Kind kind, String id, String feature, String description, String b, String o, String t,
            List<String> vb, List<String> vo, List<String> vt) {
        conflict(new MergeConflict(kind, id, feature, description, b, o, t, vb, vo, vt));
    }

    /** Records a conflict, unless one of the same kind about the same element and feature is recorded already. */
    void conflict(MergeConflict c) {
        conflicts.putIfAbsent(c.key(), c);
    }

    /** Whether a conflict of {@code kind} about the element {@code id} is recorded. */
    boolean hasConflict(String id, Kind kind) {
        return conflicts.containsKey(id + "//" + kind.name());
    }
}

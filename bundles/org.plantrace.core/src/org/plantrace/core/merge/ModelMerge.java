package org.plantrace.core.merge;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
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
 * <p>{@link #merge} turns {@code ours} into the result, in place, in four steps: which elements the result has
 * (here), their features ({@link FeatureMerge}), where each sits and in which order ({@link Placement}), and no link
 * to an element outside the result ({@link DanglingLinks}).
 */
public final class ModelMerge {

    private final MergeState m;

    private ModelMerge(MergeState m) {
        this.m = m;
    }

    /**
     * Merges {@code theirs} into {@code ours} against {@code base}: {@code ours} becomes the result. All three must
     * have been loaded with the same URI (hrefs to other files are compared as written) and must have a root.
     *
     * @return the conflicts, in document order; empty when the merge is clean
     */
    public static List<MergeConflict> merge(Resource base, Resource ours, Resource theirs) {
        return merge(new Side(base), new Side(ours), new Side(theirs));
    }

    /** {@link #merge(Resource, Resource, Resource)} of versions already read as sides (e.g. while they loaded). */
    static List<MergeConflict> merge(Side base, Side ours, Side theirs) {
        MergeState m = new MergeState(base, ours, theirs);
        if (m.ours.root == null || m.theirs.root == null || m.base.root == null) {
            throw new IllegalArgumentException("every version needs a model element");
        }
        new ModelMerge(m).decideElements();
        new FeatureMerge(m).run();
        new Placement(m).run();
        DanglingLinks.run(m);
        return List.copyOf(m.conflicts.values());
    }

    /** Sets an attribute from literals (empty: unset); see {@link ValueCopy#setAttribute}. */
    static void setAttribute(EObject target, EAttribute a, List<String> literals) {
        ValueCopy.setAttribute(target, a, literals);
    }

    // ---- which elements the result has ----

    private void decideElements() {
        for (Map.Entry<String, EObject> e : m.ours.byId.entrySet()) {
            String id = e.getKey();
            if (m.theirs.has(id) || !m.base.has(id)) {
                m.merged.put(id, e.getValue());
            } else if (inside(m.ours, id, Kind.EDITED_BY_US_DELETED_BY_THEM)) {
                m.merged.put(id, e.getValue()); // kept with the element that holds it
            } else if (touched(m.ours, id)) {
                m.merged.put(id, e.getValue());
                m.conflict(Kind.EDITED_BY_US_DELETED_BY_THEM, id, null,
                        MergeWords.element(e.getValue()) + ": edited (ours) vs deleted (theirs); kept", "present",
                        "edited", "deleted", List.of(), List.of(), null);
            } else {
                m.merged.put(id, e.getValue());
                m.deleted.add(id);
            }
        }
        for (Map.Entry<String, EObject> e : m.theirs.byId.entrySet()) {
            String id = e.getKey();
            if (m.ours.has(id)) {
                continue;
            }
            if (!m.base.has(id)) {
                EObject created = EcoreUtil.create(e.getValue().eClass());
                EcoreUtil.setID(created, id);
                m.merged.put(id, created);
            } else if (touched(m.theirs, id) && !inside(m.theirs, id, Kind.DELETED_BY_US_EDITED_BY_THEM)) {
                EObject was = m.base.byId.get(id);
                List<String> copy = ElementCopy.of(e.getValue()); // so that "theirs" can put it back
                m.conflict(Kind.DELETED_BY_US_EDITED_BY_THEM, id, null,
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
        return !m.base.has(id) || !side.signature(id).equals(m.base.signature(id));
    }

    /** Whether a container of the element is already reported with a conflict of {@code kind}. */
    private boolean inside(Side side, String id, Kind kind) {
        for (EObject c = side.byId.get(id).eContainer(); c != null; c = c.eContainer()) {
            if (m.hasConflict(EcoreUtil.getID(c), kind)) {
                return true;
            }
        }
        return false;
    }
}

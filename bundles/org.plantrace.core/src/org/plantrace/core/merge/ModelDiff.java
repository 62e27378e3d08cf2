package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The differences between two versions of a plan or framework file, element by element (matched by id) and feature
 * by feature, with each side's value in words and as stored, so that a difference can be shown side by side and
 * copied from one side to the other. Never resolves a reference to another file.
 */
public final class ModelDiff {

    /** What differs. */
    public enum Kind {
        /** Only on the right. */
        ADDED,
        /** Only on the left. */
        REMOVED,
        /** A feature's value differs. */
        CHANGED,
        /** In a different place. */
        MOVED,
        /** The children of a list in a different order. */
        REORDERED
    }

    /**
     * One difference.
     *
     * @param element    the element in words (as the right side has it, or the left when removed), for grouping
     * @param feature    the feature (null for the element itself)
     * @param left       the left value in words
     * @param right      the right value in words
     * @param leftValue  the left value as stored (null when absent)
     * @param rightValue the right value as stored (null when absent)
     */
    public record Difference(Kind kind, String elementId, String element, String feature, String left, String right,
            List<String> leftValue, List<String> rightValue) {

        /** The feature in words ("title", "key activities"), or the kind of change for the element itself. */
        public String what() {
            return feature == null ? kind.name().toLowerCase(java.util.Locale.ROOT) : MergeWords.words(feature);
        }
    }

    private ModelDiff() {
    }

    /** The differences from {@code left} to {@code right}, in the order of the right file, removals last. */
    public static List<Difference> compare(Resource left, Resource right) {
        Side l = new Side(left);
        Side r = new Side(right);
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, EObject> e : r.byId.entrySet()) {
            String id = e.getKey();
            EObject ro = e.getValue();
            if (!l.has(id)) {
                out.add(new Difference(Kind.ADDED, id, MergeWords.element(ro), null, "(absent)", "added", null, List.of()));
                continue;
            }
            EObject lo = l.byId.get(id);
            if (lo.eClass() != ro.eClass()) {
                out.add(new Difference(Kind.CHANGED, id, MergeWords.element(ro), null, lo.eClass().getName(),
                        ro.eClass().getName(), null, null));
                continue;
            }
            features(l, r, id, lo, ro, out);
            String pl = l.placement.get(id);
            String pr = r.placement.get(id);
            if (!Objects.equals(pl, pr)) {
                out.add(new Difference(Kind.MOVED, id, MergeWords.element(ro), null, where(l, pl), where(r, pr),
                        pl == null ? null : List.of(pl), pr == null ? null : List.of(pr)));
            }
            for (EReference f : MergeFeatures.of(ro.eClass()).placed()) {
                List<String> cl = l.children(id, f);
                List<String> cr = r.children(id, f);
                if (!cl.equals(cr) && new HashSet<>(cl).equals(new HashSet<>(cr))) {
                    out.add(new Difference(Kind.REORDERED, id, MergeWords.element(ro), f.getName(),
                            MergeWords.value(cl, false), MergeWords.value(cr, false), cl, cr));
                }
            }
        }
        for (Map.Entry<String, EObject> e : l.byId.entrySet()) {
            if (!r.has(e.getKey())) {
                out.add(new Difference(Kind.REMOVED, e.getKey(), MergeWords.element(e.getValue()), null, "present",
                        "(removed)", List.of(), null));
            }
        }
        return out;
    }

    private static void features(Side l, Side r, String id, EObject lo, EObject ro, List<Difference> out) {
        MergeFeatures.Of fs = MergeFeatures.of(ro.eClass());
        for (EAttribute a : fs.attributes()) {
            List<String> vl = Side.attribute(lo, a);
            List<String> vr = Side.attribute(ro, a);
            if (!vl.equals(vr)) {
                out.add(new Difference(Kind.CHANGED, id, MergeWords.element(ro), a.getName(), MergeWords.value(vl, false),
                        MergeWords.value(vr, false), vl, vr));
            }
        }
        for (EReference f : fs.references()) {
            List<String> vl = l.reference(lo, f);
            List<String> vr = r.reference(ro, f);
            if (!vl.equals(vr)) {
                out.add(new Difference(Kind.CHANGED, id, MergeWords.element(ro), f.getName(), MergeWords.value(vl, true),
                        MergeWords.value(vr, true), vl, vr));
            }
        }
        for (EReference f : fs.valued()) {
            List<String> vl = l.valued(lo, f);
            List<String> vr = r.valued(ro, f);
            if (!vl.equals(vr)) {
                out.add(new Difference(Kind.CHANGED, id, MergeWords.element(ro), f.getName(), vl.size() + " entries",
                        vr.size() + " entries", null, null));
            }
        }
    }

    private static String where(Side s, String slot) {
        if (slot == null) {
            return "(nowhere)";
        }
        EObject p = s.byId.get(slot.substring(0, slot.lastIndexOf('/')));
        return p == null ? slot : MergeWords.element(p);
    }

    /**
     * Whether the difference can be copied onto {@code toRight ? right : left}: a changed attribute or reference, a
     * move, an order, an element the other side does not have (removed), or one only the other side has (copied in
     * with everything inside it).
     */
    public static boolean canCopy(Difference d, boolean toRight) {
        return switch (d.kind()) {
        case CHANGED -> d.feature() != null && (toRight ? d.leftValue() : d.rightValue()) != null;
        case MOVED, REORDERED, ADDED, REMOVED -> true;
        };
    }

    /**
     * Makes {@code target} (the side being copied onto) agree with the other side on this difference; an element only
     * the other side has cannot be copied this way (see {@link #copy(Difference, Resource, Resource, boolean)}).
     *
     * @return false when the element is not in {@code target} or the difference cannot be copied
     */
    public static boolean copy(Difference d, Resource target, boolean toRight) {
        return copy(d, null, target, toRight);
    }

    /**
     * Makes {@code target} (the side being copied onto) agree with {@code source} (the other side) on this difference:
     * an element only the source has is put into the target where the source has it, with everything inside it.
     *
     * @return false when the element is not in {@code target} (or, to add it, its parent) or the difference cannot be
     *         copied
     */
    public static boolean copy(Difference d, Resource source, Resource target, boolean toRight) {
        if (!canCopy(d, toRight)) {
            return false;
        }
        boolean adds = d.kind() == Kind.ADDED ? !toRight : d.kind() == Kind.REMOVED && toRight;
        if (adds) {
            EObject from = source == null ? null : source.getEObject(d.elementId());
            List<String> copy = from == null ? null : ElementCopy.of(from);
            return copy != null && ElementCopy.restore(target, copy) != null;
        }
        EObject o = target.getEObject(d.elementId());
        if (o == null) {
            return false;
        }
        List<String> value = toRight ? d.leftValue() : d.rightValue();
        return switch (d.kind()) {
        case CHANGED -> {
            EStructuralFeature f = o.eClass().getEStructuralFeature(d.feature());
            yield f != null && ConflictResolution.setValue(target, o, f, value);
        }
        case MOVED -> value != null && ConflictResolution.move(target, o, value.get(0));
        case REORDERED -> {
            ConflictResolution.reorder(target, o, (EReference) o.eClass().getEStructuralFeature(d.feature()), value);
            yield true;
        }
        case ADDED, REMOVED -> {
            EcoreUtil.delete(o, true);
            yield true;
        }
        };
    }
}

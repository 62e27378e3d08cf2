package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Three-way merge of ordered lists of keys (element ids, hrefs): who is in the list, and in which order.
 * Deterministic: the same three lists always give the same result.
 */
final class ListMerge {

    /** The merged list and whether both sides reordered the common items differently (ours' order is kept). */
    record Result(List<String> list, boolean reorderConflict) {
    }

    private ListMerge() {
    }

    /**
     * Membership by the usual three-way rule: an item both sides hold stays; an item one side added stays; an item
     * one side removed goes. Then {@link #order}. {@code base} may be null (the element is new on both sides).
     */
    static Result merge(List<String> base, List<String> ours, List<String> theirs) {
        List<String> b = base == null ? List.of() : base;
        Set<String> inB = new HashSet<>(b);
        Set<String> inO = new HashSet<>(ours);
        Set<String> inT = new HashSet<>(theirs);
        Set<String> members = new LinkedHashSet<>();
        for (String x : ours) {
            if (inT.contains(x) || !inB.contains(x)) {
                members.add(x);
            }
        }
        for (String x : theirs) {
            if (!inO.contains(x) && !inB.contains(x)) {
                members.add(x);
            }
        }
        return order(b, ours, theirs, members);
    }

    /**
     * Orders {@code members}: the order of the side that reordered (ours when both did or neither did), with the
     * other side's items placed after the item that precedes them there (first when none does).
     */
    static Result order(List<String> base, List<String> ours, List<String> theirs, Set<String> members) {
        boolean oursMoved = !sameOrder(base, ours);
        boolean theirsMoved = !sameOrder(base, theirs);
        boolean conflict = oursMoved && theirsMoved && !sameOrder(ours, theirs);
        boolean theirsLead = theirsMoved && !oursMoved;
        List<String> skeleton = theirsLead ? theirs : ours;
        List<String> other = theirsLead ? ours : theirs;
        List<String> out = new ArrayList<>(members.size());
        Set<String> placed = new HashSet<>();
        for (String x : skeleton) {
            if (members.contains(x) && placed.add(x)) {
                out.add(x);
            }
        }
        if (placed.size() < members.size()) {
            String previous = null;
            for (String x : other) {
                if (members.contains(x) && !placed.contains(x)) {
                    insertAfter(out, previous, x);
                    placed.add(x);
                }
                if (placed.contains(x)) {
                    previous = x;
                }
            }
            for (String x : members) { // neither side lists it here (moved in from elsewhere): at the end
                if (placed.add(x)) {
                    out.add(x);
                }
            }
        }
        return new Result(out, conflict);
    }

    private static void insertAfter(List<String> out, String previous, String x) {
        if (previous == null) {
            out.add(0, x);
            return;
        }
        int i = out.lastIndexOf(previous);
        out.add(i < 0 ? out.size() : i + 1, x);
    }

    /** Whether the items {@code a} and {@code b} share come in the same order in both. */
    static boolean sameOrder(List<String> a, List<String> b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> inA = new HashSet<>(a);
        Set<String> inB = new HashSet<>(b);
        List<String> fa = new ArrayList<>();
        for (String x : a) {
            if (inB.contains(x)) {
                fa.add(x);
            }
        }
        List<String> fb = new ArrayList<>();
        for (String x : b) {
            if (inA.contains(x)) {
                fb.add(x);
            }
        }
        return fa.equals(fb);
    }
}

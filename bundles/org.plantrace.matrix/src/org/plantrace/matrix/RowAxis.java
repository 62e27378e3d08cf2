package org.plantrace.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Lays out the visible rows: the tree filtered (measures on demand, "gaps only", text), sorted among
 * siblings and cut below collapsed rows. A row matching the text filter keeps its ancestors (for
 * context) and its descendants.
 */
final class RowAxis {

    final int[] rows;
    /** Per tree row: whether it has children that the filters keep (expanded or not). */
    final boolean[] hasChildren;

    private RowAxis(int[] rows, boolean[] hasChildren) {
        this.rows = rows;
        this.hasChildren = hasChildren;
    }

    /**
     * @param textMatch whether a tree row matches the text filter (null: no filter)
     * @param sort sibling order, or null for model order
     */
    static RowAxis layout(RowTree tree, LinkIndex links, ViewState state, IntPredicate textMatch,
            Comparator<Integer> sort) {
        int n = tree.size();
        boolean[] keep = new boolean[n];
        boolean gapMode = state.gapsOnly;
        boolean anyGap = links.gapObjectiveCount() > 0;
        for (int r : tree.roots()) {
            filter(tree, links, state, textMatch, gapMode, anyGap, r, false, keep);
        }
        boolean[] hasChildren = new boolean[n];
        for (int r = 0; r < n; r++) {
            if (keep[r]) {
                int p = tree.parent(r);
                if (p >= 0) {
                    hasChildren[p] = true;
                }
            }
        }
        List<Integer> out = new ArrayList<>(n);
        emit(tree, state, keep, sort, tree.roots(), out);
        int[] rows = new int[out.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = out.get(i);
        }
        return new RowAxis(rows, hasChildren);
    }

    private static boolean filter(RowTree tree, LinkIndex links, ViewState state, IntPredicate textMatch,
            boolean gapMode, boolean anyGap, int r, boolean ancestorMatched, boolean[] keep) {
        RowKind kind = tree.kind(r);
        boolean matched = textMatch != null && textMatch.test(r);
        boolean childKept = false;
        for (int c : tree.children(r)) {
            childKept |= filter(tree, links, state, textMatch, gapMode, anyGap, c, ancestorMatched || matched, keep);
        }
        boolean base;
        if (gapMode) {
            // objectives that trace to no national priority; if there are none, every objective (so that
            // gap columns can be filled); outcomes only around kept objectives; no key activities or measures
            base = switch (kind) {
                case OUTCOME -> childKept;
                case OBJECTIVE -> !anyGap || links.isGapElement(tree.slot(r));
                default -> false;
            };
        } else {
            base = kind != RowKind.MEASURE || state.showMeasures;
        }
        boolean text = textMatch == null || matched || ancestorMatched || childKept;
        keep[r] = base && text;
        return keep[r];
    }

    private static void emit(RowTree tree, ViewState state, boolean[] keep, Comparator<Integer> sort, int[] level,
            List<Integer> out) {
        Integer[] order = new Integer[level.length];
        int k = 0;
        for (int r : level) {
            if (keep[r]) {
                order[k++] = r;
            }
        }
        order = Arrays.copyOf(order, k);
        if (sort != null && k > 1) {
            Arrays.sort(order, sort);
        }
        for (int r : order) {
            out.add(r);
            if (!state.collapsed.contains(tree.element(r))) {
                emit(tree, state, keep, sort, tree.children(r), out);
            }
        }
    }
}

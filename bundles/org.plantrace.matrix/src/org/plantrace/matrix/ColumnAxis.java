package org.plantrace.matrix;

import java.util.function.IntPredicate;

/**
 * Lays out the visible columns: the shown frameworks' columns, restricted to gap columns in "gaps
 * only" mode (or, when nothing is uncovered, to the national items) and to the text filter. A column
 * matches the filter when its item, its framework or its sub-group heading does; a heading is kept
 * when one of its sub-items matches.
 */
final class ColumnAxis {

    private ColumnAxis() {
    }

    static int[] layout(ColumnSet columns, LinkIndex links, ViewState state, IntPredicate textMatch,
            IntPredicate frameworkMatch) {
        int n = columns.size();
        int[] out = new int[n];
        int k = 0;
        boolean anyGap = links.gapColumnCount() > 0;
        boolean[] headKept = new boolean[n];
        if (textMatch != null) {
            for (int c = 0; c < n; c++) {
                int h = columns.headColumn(c);
                if (h >= 0 && h != c && textMatch.test(c)) {
                    headKept[h] = true;
                }
            }
        }
        for (int fi = 0; fi < columns.frameworks().size(); fi++) {
            if (state.hiddenFrameworks.contains(columns.frameworks().get(fi))) {
                continue;
            }
            boolean fwMatch = textMatch == null || frameworkMatch.test(fi);
            for (int c = columns.frameworkStart(fi); c < columns.frameworkEnd(fi); c++) {
                if (state.gapsOnly) {
                    boolean base = anyGap ? links.isGapColumn(c) : columns.canBeGap(c);
                    if (!base) {
                        continue;
                    }
                }
                if (!fwMatch) {
                    int h = columns.headColumn(c);
                    boolean m = columns.isWholeFramework(c) ? false
                            : textMatch.test(c) || headKept[c] || (h >= 0 && h != c && textMatch.test(h));
                    if (!m) {
                        continue;
                    }
                }
                out[k++] = c;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}

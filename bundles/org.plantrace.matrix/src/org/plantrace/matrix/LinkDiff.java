package org.plantrace.matrix;

/**
 * What changed between two indexes of the same rows and columns: per slot the columns whose state
 * changed, the columns whose coverage or gap state changed, the objectives whose gap state changed.
 */
public record LinkDiff(int[][] changedColumns, java.util.BitSet coverageChanged, java.util.BitSet gapColumnChanged,
        java.util.BitSet gapElementChanged) {

    /** The columns whose state changed for the slot, or null when none did. */
    public int[] changed(int slot) {
        return changedColumns[slot];
    }

    public boolean isEmpty() {
        for (int[] c : changedColumns) {
            if (c != null) {
                return false;
            }
        }
        return coverageChanged.isEmpty() && gapColumnChanged.isEmpty() && gapElementChanged.isEmpty();
    }

    /** The differences from {@code before} to {@code after}, built over the same rows and columns. */
    public static LinkDiff between(LinkIndex before, LinkIndex after) {
        int slots = after.entryColumns.length;
        if (before.entryColumns.length != slots || before.coverage.length != after.coverage.length) {
            throw new IllegalArgumentException("indexes of different shapes");
        }
        int[][] changed = new int[slots][];
        java.util.BitSet gapElements = new java.util.BitSet();
        for (int s = 0; s < slots; s++) {
            changed[s] = changedColumns(before.entryColumns[s], before.entryStates[s], after.entryColumns[s],
                    after.entryStates[s]);
            if (before.objectiveGap[s] != after.objectiveGap[s]) {
                gapElements.set(s);
            }
        }
        java.util.BitSet coverage = new java.util.BitSet();
        java.util.BitSet gaps = new java.util.BitSet();
        for (int c = 0; c < after.coverage.length; c++) {
            if (before.coverage[c] != after.coverage[c]) {
                coverage.set(c);
            }
            if (before.isGapColumn(c) != after.isGapColumn(c)) {
                gaps.set(c);
            }
        }
        return new LinkDiff(changed, coverage, gaps, gapElements);
    }

    static int[] changedColumns(int[] ac, byte[] as, int[] bc, byte[] bs) {
        if (ac == null || bc == null) {
            return ac == bc ? null : (ac == null ? bc : ac).clone();
        }
        if (java.util.Arrays.equals(ac, bc) && java.util.Arrays.equals(as, bs)) {
            return null;
        }
        int[] out = new int[ac.length + bc.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < ac.length || j < bc.length) {
            if (j >= bc.length || (i < ac.length && ac[i] < bc[j])) {
                out[n++] = ac[i++];
            } else if (i >= ac.length || bc[j] < ac[i]) {
                out[n++] = bc[j++];
            } else {
                if (as[i] != bs[j]) {
                    out[n++] = ac[i];
                }
                i++;
                j++;
            }
        }
        return n == 0 ? null : java.util.Arrays.copyOf(out, n);
    }
}

package org.plantrace.matrix;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;

/**
 * The cell states and coverage of the whole matrix, computed in one pass over the model's links (and
 * brought up to date for the elements a link command touched by {@link #update}): per
 * distinct row element a sorted array of the columns it reaches and how (typically a few dozen
 * entries), per column the number of objectives covering it, per objective whether it traces to a
 * national priority. No object per cell; a cell is looked up by binary search.
 *
 * <p>Coverage follows {@code TraceIndex}: an objective covers an item through its own links and those of
 * its key activities and measures, directly or through the item's parent, a sub-item, an equivalent
 * indicator (a link to the whole framework covers the framework's own column only).
 */
public final class LinkIndex {

    private final ColumnSet columns;
    final int[][] entryColumns;
    final byte[][] entryStates;
    final int[] coverage;
    final boolean[] objectiveGap;
    private final boolean[] isObjective;
    private int gapObjectives;
    private int gapColumns;
    private int links;
    private final int[] objectiveLinks;
    private int linkCounter;

    private final byte[] scratch;
    private final int[] touched;
    private int touchedCount;

    private LinkIndex(RowTree rows, ColumnSet columns) {
        this.columns = columns;
        int slots = rows.distinctElements().size();
        entryColumns = new int[slots][];
        entryStates = new byte[slots][];
        objectiveGap = new boolean[slots];
        isObjective = new boolean[slots];
        objectiveLinks = new int[slots];
        coverage = new int[columns.size()];
        scratch = new byte[columns.size()];
        touched = new int[columns.size()];
    }

    public static LinkIndex of(RowTree rows, ColumnSet columns) {
        LinkIndex index = new LinkIndex(rows, columns);
        index.build(rows);
        return index;
    }

    private void build(RowTree rows) {
        List<EObject> elements = rows.distinctElements();
        for (int s = 0; s < elements.size(); s++) {
            if (!(elements.get(s) instanceof StrategicOutcome)) {
                compute(s, elements.get(s), rows);
            }
        }
        // outcomes aggregate the objectives below them
        for (int s = 0; s < elements.size(); s++) {
            if (elements.get(s) instanceof StrategicOutcome) {
                compute(s, elements.get(s), rows);
            }
        }
        for (int s = 0; s < elements.size(); s++) {
            if (isObjective[s]) {
                contribute(s, 1);
            }
        }
        for (int c = 0; c < coverage.length; c++) {
            if (isGapColumn(c)) {
                gapColumns++;
            }
        }
    }

    /** Computes the entry of one element (outcomes from their objectives' entries, so after them). */
    private void compute(int s, EObject e, RowTree rows) {
        touchedCount = 0;
        linkCounter = 0;
        if (e instanceof StrategicOutcome o) {
            aggregate(o, rows);
        } else if (e instanceof CorporateObjective o) {
            isObjective[s] = true;
            own(o, CellState.DIRECT, true);
            for (KeyActivity ka : o.getKeyActivities()) {
                own(ka, CellState.INHERITED, true);
            }
            for (var m : o.getMeasures()) {
                own(m, CellState.INHERITED, true);
            }
            objectiveLinks[s] = linkCounter;
        } else if (e instanceof KeyActivity ka) {
            own(ka, CellState.DIRECT, false);
            if (ka.eContainer() instanceof CorporateObjective o) {
                for (Alignment a : o.getAlignments()) {
                    if (a.getKeyActivities().contains(ka)) {
                        link(a.getTarget(), CellState.CITED);
                    }
                }
            }
        } else if (e instanceof AlignableElement ae) {
            own(ae, CellState.DIRECT, false);
        }
        store(s);
    }

    /** Adds ({@code sign} 1) or removes (-1) an objective's share of coverage, gaps and links. */
    private void contribute(int s, int sign) {
        boolean national = false;
        int[] cols = entryColumns[s];
        byte[] states = entryStates[s];
        for (int i = 0; i < cols.length; i++) {
            coverage[cols[i]] += sign;
            if (states[i] >= CellState.INHERITED.ordinal() && columns.isNational(cols[i])) {
                national = true;
            }
        }
        if (sign > 0) {
            objectiveGap[s] = !national;
        }
        if (objectiveGap[s]) {
            gapObjectives += sign;
        }
        links += sign * objectiveLinks[s];
    }

    /**
     * Brings the index up to date after changes to the links of {@code changed} elements (objectives, key
     * activities, measures): recomputes their entries, their objectives' (and those objectives' key
     * activities', whose citations depend on them) and the outcomes above, and adjusts coverage and gaps.
     * The rows and columns must be those the index was built for.
     *
     * @return what changed, as {@link #diff} would report it
     */
    public LinkDiff update(RowTree rows, java.util.Collection<? extends EObject> changed) {
        java.util.SortedSet<Integer> elements = new java.util.TreeSet<>();
        java.util.SortedSet<Integer> outcomes = new java.util.TreeSet<>();
        for (EObject e : changed) {
            int s = rows.slotOf(e);
            if (s >= 0) {
                elements.add(s);
            }
            CorporateObjective o = e instanceof CorporateObjective co ? co
                    : e != null && e.eContainer() instanceof CorporateObjective p ? p : null;
            if (o == null) {
                continue;
            }
            int os = rows.slotOf(o);
            if (os >= 0) {
                elements.add(os);
            }
            for (KeyActivity ka : o.getKeyActivities()) {
                int ks = rows.slotOf(ka);
                if (ks >= 0) {
                    elements.add(ks);
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                if (rows.element(r) == o) {
                    for (int p = rows.parent(r); p >= 0; p = rows.parent(p)) {
                        outcomes.add(rows.slot(p));
                    }
                }
            }
        }
        int slots = entryColumns.length;
        int[][] oldColumns = new int[slots][];
        byte[][] oldStates = new byte[slots][];
        boolean[] oldGap = new boolean[slots];
        java.util.BitSet affected = new java.util.BitSet();
        int[] oldCoverage = coverage.clone();
        for (int s : concat(elements, outcomes)) {
            oldColumns[s] = entryColumns[s];
            oldStates[s] = entryStates[s];
            oldGap[s] = objectiveGap[s];
            if (isObjective[s]) {
                for (int c : entryColumns[s]) {
                    affected.set(c);
                }
            }
        }
        for (int s : elements) {
            if (isObjective[s]) {
                contribute(s, -1);
            }
        }
        List<EObject> all = rows.distinctElements();
        for (int s : elements) {
            compute(s, all.get(s), rows);
        }
        for (int s : outcomes) {
            compute(s, all.get(s), rows);
        }
        for (int s : elements) {
            if (isObjective[s]) {
                contribute(s, 1);
                for (int c : entryColumns[s]) {
                    affected.set(c);
                }
            }
        }
        int[][] changedColumns = new int[slots][];
        java.util.BitSet gapElements = new java.util.BitSet();
        for (int s : concat(elements, outcomes)) {
            changedColumns[s] = LinkDiff.changedColumns(oldColumns[s], oldStates[s], entryColumns[s], entryStates[s]);
            if (oldGap[s] != objectiveGap[s]) {
                gapElements.set(s);
            }
        }
        java.util.BitSet coverageChanged = new java.util.BitSet();
        java.util.BitSet gapChanged = new java.util.BitSet();
        for (int c = affected.nextSetBit(0); c >= 0; c = affected.nextSetBit(c + 1)) {
            if (oldCoverage[c] != coverage[c]) {
                coverageChanged.set(c);
            }
            boolean wasGap = oldCoverage[c] == 0 && columns.canBeGap(c);
            if (wasGap != isGapColumn(c)) {
                gapChanged.set(c);
                gapColumns += isGapColumn(c) ? 1 : -1;
            }
        }
        return new LinkDiff(changedColumns, coverageChanged, gapChanged, gapElements);
    }

    private static List<Integer> concat(java.util.Collection<Integer> a, java.util.Collection<Integer> b) {
        List<Integer> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void own(AlignableElement e, CellState state, boolean count) {
        for (Alignment a : e.getAlignments()) {
            if (link(a.getTarget(), state) && count) {
                linkCounter++;
            }
        }
    }

    private boolean link(AlignmentTarget t, CellState state) {
        if (t == null || t.eIsProxy()) {
            return false;
        }
        int col = columns.columnOf(t);
        if (col < 0) {
            return false;
        }
        mark(col, state);
        if (t instanceof Framework) {
            return true; // a whole-framework link covers the framework's column, not each item (core Coverage)
        }
        PriorityItem item = (PriorityItem) t;
        for (EObject p = item.eContainer(); p instanceof PriorityItem parent; p = p.eContainer()) {
            mark(columns.columnOf(parent), CellState.INDIRECT);
        }
        descendants(item);
        for (PriorityItem eq : columns.equivalents(item)) {
            mark(columns.columnOf(eq), CellState.INDIRECT);
        }
        return true;
    }

    private void descendants(PriorityItem item) {
        for (PriorityItem c : item.getChildren()) {
            mark(columns.columnOf(c), CellState.INDIRECT);
            descendants(c);
        }
    }

    private void aggregate(StrategicOutcome o, RowTree rows) {
        for (StrategicOutcome c : o.getChildren()) {
            aggregate(c, rows);
        }
        for (CorporateObjective obj : o.getObjectives()) {
            int s = rows.slotOf(obj);
            if (s < 0 || entryColumns[s] == null) {
                continue;
            }
            int[] cols = entryColumns[s];
            byte[] states = entryStates[s];
            for (int i = 0; i < cols.length; i++) {
                mark(cols[i], states[i] >= CellState.INHERITED.ordinal() ? CellState.INHERITED : CellState.INDIRECT);
            }
        }
    }

    private void mark(int col, CellState state) {
        if (col < 0) {
            return;
        }
        byte v = (byte) state.ordinal();
        if (scratch[col] == 0) {
            touched[touchedCount++] = col;
        }
        if (scratch[col] < v) {
            scratch[col] = v;
        }
    }

    private void store(int slot) {
        int[] cols = Arrays.copyOf(touched, touchedCount);
        Arrays.sort(cols);
        byte[] states = new byte[cols.length];
        for (int i = 0; i < cols.length; i++) {
            states[i] = scratch[cols[i]];
            scratch[cols[i]] = 0;
        }
        entryColumns[slot] = cols;
        entryStates[slot] = states;
    }

    // --- queries -------------------------------------------------------------------------

    /** How the element in {@code slot} reaches column {@code col}. */
    public CellState state(int slot, int col) {
        int[] cols = entryColumns[slot];
        if (cols == null) {
            return CellState.NONE;
        }
        int i = Arrays.binarySearch(cols, col);
        return i < 0 ? CellState.NONE : CellState.of(entryStates[slot][i]);
    }

    /** Links of the element (direct, cited or through its key activities) to items of shown frameworks. */
    public int linkCount(int slot, boolean[] frameworkShown) {
        int[] cols = entryColumns[slot];
        if (cols == null) {
            return 0;
        }
        int n = 0;
        byte[] states = entryStates[slot];
        for (int i = 0; i < cols.length; i++) {
            if (states[i] >= CellState.INHERITED.ordinal() && frameworkShown[columns.framework(cols[i])]) {
                n++;
            }
        }
        return n;
    }

    /** The number of objectives covering the column's item by any route. */
    public int coverage(int col) {
        return coverage[col];
    }

    /** Whether nothing covers this national priority item. */
    public boolean isGapColumn(int col) {
        return coverage[col] == 0 && columns.canBeGap(col);
    }

    /** Whether the element is an objective that traces to no national priority. */
    public boolean isGapElement(int slot) {
        return objectiveGap[slot];
    }

    public int gapObjectiveCount() {
        return gapObjectives;
    }

    public int gapColumnCount() {
        return gapColumns;
    }

    /** The number of alignments shown in the matrix. */
    public int linkCount() {
        return links;
    }
}

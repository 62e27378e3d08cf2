package org.plantrace.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.StrategicOutcome;

/**
 * The rows of the matrix as a tree in flat arrays, in model order: strategic outcomes (and their
 * sub-outcomes), the objectives each delivers, each objective's key activities and then its measures.
 * Objectives no outcome names come last at the top level. An objective named by two outcomes appears
 * under both; {@link #slot(int)} maps every row to its distinct element, so per-element data is
 * computed once.
 */
public final class RowTree {

    private final List<EObject> elements = new ArrayList<>();
    private final List<RowKind> kinds = new ArrayList<>();
    private final List<Integer> parents = new ArrayList<>();
    private final List<Integer> depths = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();
    private final List<EObject> distinct = new ArrayList<>();
    private final Map<EObject, Integer> slotOf = new IdentityHashMap<>();
    private final Map<EObject, Integer> firstRow = new IdentityHashMap<>();
    private int[][] children;
    private int[] parent;
    private int[] depth;
    private int[] slot;

    private RowTree() {
    }

    public static RowTree of(Plan plan) {
        RowTree t = new RowTree();
        t.build(plan);
        return t;
    }

    private void build(Plan plan) {
        Set<CorporateObjective> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (StrategicOutcome o : plan.getOutcomes()) {
            outcome(o, -1, 0, placed);
        }
        for (CorporateObjective o : plan.getObjectives()) {
            if (!placed.contains(o)) {
                objective(o, -1, 0);
            }
        }
        int n = elements.size();
        parent = new int[n];
        depth = new int[n];
        slot = new int[n];
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = parents.get(i);
            depth[i] = depths.get(i);
            slot[i] = slots.get(i);
            if (parent[i] >= 0) {
                childCount[parent[i]]++;
            }
        }
        children = new int[n][];
        int roots = 0;
        for (int i = 0; i < n; i++) {
            children[i] = new int[childCount[i]];
            if (parent[i] < 0) {
                roots++;
            }
        }
        rootRows = new int[roots];
        int[] fill = new int[n];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children[parent[i]][fill[parent[i]]++] = i;
            } else {
                rootRows[r++] = i;
            }
        }
    }

    private int[] rootRows;

    private void outcome(StrategicOutcome o, int parentRow, int d, Set<CorporateObjective> placed) {
        int row = add(o, RowKind.OUTCOME, parentRow, d);
        for (StrategicOutcome c : o.getChildren()) {
            outcome(c, row, d + 1, placed);
        }
        for (CorporateObjective obj : o.getObjectives()) {
            if (obj.eIsProxy() || obj.eContainer() == null) {
                continue;
            }
            placed.add(obj);
            objective(obj, row, d + 1);
        }
    }

    private void objective(CorporateObjective o, int parentRow, int d) {
        int row = add(o, RowKind.OBJECTIVE, parentRow, d);
        for (KeyActivity ka : o.getKeyActivities()) {
            add(ka, RowKind.KEY_ACTIVITY, row, d + 1);
        }
        for (Measure m : o.getMeasures()) {
            add(m, RowKind.MEASURE, row, d + 1);
        }
    }

    private int add(EObject e, RowKind kind, int parentRow, int d) {
        int row = elements.size();
        elements.add(e);
        kinds.add(kind);
        parents.add(parentRow);
        depths.add(d);
        Integer s = slotOf.get(e);
        if (s == null) {
            s = distinct.size();
            distinct.add(e);
            slotOf.put(e, s);
            firstRow.put(e, row);
        }
        slots.add(s);
        return row;
    }

    public int size() {
        return elements.size();
    }

    public EObject element(int row) {
        return elements.get(row);
    }

    public RowKind kind(int row) {
        return kinds.get(row);
    }

    /** The parent row, or -1 at the top level. */
    public int parent(int row) {
        return parent[row];
    }

    public int depth(int row) {
        return depth[row];
    }

    /** The child rows in model order (do not modify). */
    public int[] children(int row) {
        return children[row];
    }

    /** The top-level rows in model order (do not modify). */
    public int[] roots() {
        return rootRows;
    }

    /** The index of the row's element among {@link #distinctElements()}. */
    public int slot(int row) {
        return slot[row];
    }

    /** Every element shown, once, in order of first appearance. */
    public List<EObject> distinctElements() {
        return Collections.unmodifiableList(distinct);
    }

    /** The slot of an element, or -1 when it has no row. */
    public int slotOf(EObject e) {
        Integer s = slotOf.get(e);
        return s == null ? -1 : s;
    }

    /** The first row showing {@code e}, or -1. */
    public int firstRowOf(EObject e) {
        Integer r = firstRow.get(e);
        return r == null ? -1 : r;
    }

    public boolean isAncestor(int ancestor, int row) {
        for (int p = parent[row]; p >= 0; p = parent[p]) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}

package org.plantrace.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Scheme;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * The columns of the matrix: every framework the plan uses (the plan's own list, then any framework its
 * links or the items' correspondences reach, as {@code TraceIndex} finds them), ordered by scheme (PSA,
 * SPP, NI, APACS, protective services, Mayor, concerns, LAA, ...). Each framework contributes a leading
 * "All" column (a link to the whole framework) and one column per item, depth first, so priority
 * actions follow their PSA and priorities their Mayor's theme.
 *
 * <p>An APACS indicator that corresponds to a National Indicator has no column of its own: it is an
 * alias of the NI's column ("NI 16 / SPI 5.2"), as Appendix D prints them. The APACS group keeps the
 * stand-alone indicators.
 */
public final class ColumnSet {

    private final List<Framework> frameworks = new ArrayList<>();
    private final List<AlignmentTarget> targets = new ArrayList<>();
    private final List<Integer> frameworkOfColumn = new ArrayList<>();
    private final List<Integer> parentColumn = new ArrayList<>();
    private final List<Integer> headColumn = new ArrayList<>();
    private final Map<AlignmentTarget, Integer> columnOf = new IdentityHashMap<>();
    private final Map<Integer, List<AlignmentTarget>> aliases = new java.util.HashMap<>();
    private final Map<PriorityItem, Set<PriorityItem>> equivalents = new IdentityHashMap<>();
    private int[] frameworkStart;
    private int[] frameworkEnd;
    private boolean[] national;
    private int[][] childColumns;

    private ColumnSet() {
    }

    public static ColumnSet of(Plan plan) {
        ColumnSet c = new ColumnSet();
        c.build(plan);
        return c;
    }

    private void build(Plan plan) {
        Set<Framework> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Framework> found = new ArrayList<>();
        for (Framework f : plan.getFrameworks()) {
            addFramework(f, seen, found);
        }
        for (CorporateObjective o : plan.getObjectives()) {
            linkedFrameworks(o, seen, found);
            for (KeyActivity ka : o.getKeyActivities()) {
                linkedFrameworks(ka, seen, found);
            }
            for (Measure m : o.getMeasures()) {
                linkedFrameworks(m, seen, found);
            }
        }
        for (int i = 0; i < found.size(); i++) {
            for (PriorityItem item : allItems(found.get(i))) {
                for (PriorityItem other : item.getCorrespondsTo()) {
                    if (!other.eIsProxy()) {
                        addFramework(Labels.frameworkOf(other), seen, found);
                        equivalents.computeIfAbsent(item, k -> new LinkedHashSet<>()).add(other);
                        equivalents.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(item);
                    }
                }
            }
        }
        List<Framework> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(f -> Scheme.of(f.getKind()).ordinal()));
        frameworks.addAll(ordered);
        boolean hasNi = ordered.stream().anyMatch(f -> f.getKind() == FrameworkKind.NI);
        frameworkStart = new int[frameworks.size()];
        frameworkEnd = new int[frameworks.size()];
        for (int fi = 0; fi < frameworks.size(); fi++) {
            Framework f = frameworks.get(fi);
            frameworkStart[fi] = targets.size();
            addColumn(f, fi, -1, -1);
            for (PriorityItem item : f.getItems()) {
                addItem(item, fi, -1, -1, hasNi && f.getKind() == FrameworkKind.APACS);
            }
            frameworkEnd[fi] = targets.size();
        }
        int n = targets.size();
        national = new boolean[n];
        org.plantrace.core.trace.Coverage coverage = org.plantrace.core.trace.Coverage.of(org.plantrace.core.trace.TraceIndex.of(plan));
        List<List<Integer>> kids = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            // A gap here is a gap of the one coverage engine: a priority of a counted framework (listed, national,
            // in force during the plan's period) that no objective covers.
            Framework f = frameworks.get(frameworkOfColumn.get(c));
            national[c] = targets.get(c) instanceof PriorityItem item ? coverage.counts(f) && coverage.isPriority(item)
                    : coverage.counts(f);
            kids.add(new ArrayList<>());
        }
        for (int c = 0; c < n; c++) {
            if (parentColumn.get(c) >= 0) {
                kids.get(parentColumn.get(c)).add(c);
            }
        }
        childColumns = new int[n][];
        for (int c = 0; c < n; c++) {
            childColumns[c] = kids.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The column of an NI equivalent of {@code item} (already laid out: NI precedes APACS), or -1. */
    private int niColumn(PriorityItem item) {
        for (PriorityItem eq : equivalents.getOrDefault(item, Set.of())) {
            Framework ef = Labels.frameworkOf(eq);
            Integer col = columnOf.get(eq);
            if (ef != null && ef.getKind() == FrameworkKind.NI && col != null) {
                return col;
            }
        }
        return -1;
    }

    private void addItem(PriorityItem item, int fi, int parentCol, int head, boolean mergeApacs) {
        int ni = mergeApacs && item.getChildren().isEmpty() ? niColumn(item) : -1;
        if (ni >= 0) {
            columnOf.put(item, ni);
            aliases.computeIfAbsent(ni, k -> new ArrayList<>()).add(item);
            return;
        }
        int myHead = head >= 0 ? head : item.getChildren().isEmpty() ? -1 : targets.size();
        int col = addColumn(item, fi, parentCol, myHead);
        for (PriorityItem c : item.getChildren()) {
            addItem(c, fi, col, myHead, mergeApacs);
        }
    }

    private int addColumn(AlignmentTarget t, int fi, int parentCol, int head) {
        int col = targets.size();
        targets.add(t);
        frameworkOfColumn.add(fi);
        parentColumn.add(parentCol);
        headColumn.add(head);
        columnOf.put(t, col);
        return col;
    }

    private static void linkedFrameworks(AlignableElement e, Set<Framework> seen, List<Framework> found) {
        for (Alignment a : e.getAlignments()) {
            AlignmentTarget t = a.getTarget();
            if (t != null && !t.eIsProxy()) {
                addFramework(Labels.frameworkOf(t), seen, found);
            }
        }
    }

    private static void addFramework(Framework f, Set<Framework> seen, List<Framework> found) {
        if (f != null && !f.eIsProxy() && seen.add(f)) {
            found.add(f);
        }
    }

    private static List<PriorityItem> allItems(Framework f) {
        List<PriorityItem> out = new ArrayList<>();
        for (PriorityItem i : f.getItems()) {
            flatten(i, out);
        }
        return out;
    }

    private static void flatten(PriorityItem item, List<PriorityItem> into) {
        into.add(item);
        for (PriorityItem c : item.getChildren()) {
            flatten(c, into);
        }
    }

    // --- queries -------------------------------------------------------------------------

    public int size() {
        return targets.size();
    }

    public List<Framework> frameworks() {
        return Collections.unmodifiableList(frameworks);
    }

    /** The target a new link made in this column points to: the framework or the item. */
    public AlignmentTarget target(int col) {
        return targets.get(col);
    }

    /** Items shown in this column besides its own target (APACS indicators merged into an NI column). */
    public List<AlignmentTarget> aliases(int col) {
        return aliases.getOrDefault(col, List.of());
    }

    /** Whether a link to {@code t} shows in column {@code col}. */
    public boolean shows(int col, AlignmentTarget t) {
        Integer c = columnOf.get(t);
        return c != null && c == col;
    }

    /** The column showing links to {@code t}, or -1. */
    public int columnOf(EObject t) {
        Integer c = columnOf.get(t);
        return c == null ? -1 : c;
    }

    public int framework(int col) {
        return frameworkOfColumn.get(col);
    }

    public Framework frameworkOf(int col) {
        return frameworks.get(frameworkOfColumn.get(col));
    }

    public int frameworkStart(int fi) {
        return frameworkStart[fi];
    }

    public int frameworkEnd(int fi) {
        return frameworkEnd[fi];
    }

    /** Whether the column is the "All" column of its framework. */
    public boolean isWholeFramework(int col) {
        return targets.get(col) instanceof Framework;
    }

    /** The column of the parent item, or -1. */
    public int parentColumn(int col) {
        return parentColumn.get(col);
    }

    /**
     * The column of the top-level item heading the sub-group this column belongs to (a PSA with its
     * priority actions, a Mayor's theme with its priorities; the heading's own column included), or -1.
     */
    public int headColumn(int col) {
        return headColumn.get(col);
    }

    /** Columns of the item's direct sub-items (do not modify). */
    public int[] childColumns(int col) {
        return childColumns[col];
    }

    /** Whether the column counts for coverage (see {@link org.plantrace.core.trace.Coverage}). */
    public boolean isNational(int col) {
        return national[col];
    }

    /** Whether a missing link in this column is a coverage gap: a priority of a counted framework. */
    public boolean canBeGap(int col) {
        return national[col] && targets.get(col) instanceof PriorityItem item && !item.isGroup();
    }

    /** Items declared equivalent to {@code item} (correspondences, both directions). */
    public Set<PriorityItem> equivalents(PriorityItem item) {
        return equivalents.getOrDefault(item, Set.of());
    }

    /** The short label printed in the column header: the item's code, else its name, else its title. */
    public String label(int col) {
        AlignmentTarget t = targets.get(col);
        if (t instanceof Framework) {
            return "All";
        }
        String s = !Labels.blank(t.getCode()) ? t.getCode() : !Labels.blank(t.getName()) ? t.getName() : t.getLabel();
        List<AlignmentTarget> al = aliases(col);
        if (!al.isEmpty()) {
            StringBuilder b = new StringBuilder(s);
            for (AlignmentTarget a : al) {
                b.append(" \u00b7 ").append(Labels.printedId(a));
            }
            return b.toString();
        }
        return s == null ? "" : s;
    }

    /** The printed id and title of the column's target(s), for tool tips and exports. */
    public String title(int col) {
        AlignmentTarget t = targets.get(col);
        StringBuilder b = new StringBuilder();
        if (t instanceof Framework f) {
            b.append("All of ").append(f.getLabel());
        } else {
            b.append(Labels.printedId(t)).append(": ").append(t.getLabel());
        }
        for (AlignmentTarget a : aliases(col)) {
            b.append("\n").append(Labels.printedId(a)).append(": ").append(a.getLabel());
        }
        return b.toString();
    }

    /** The label of a framework's column group: its code and name. */
    public String frameworkLabel(int fi) {
        Framework f = frameworks.get(fi);
        String code = !Labels.blank(f.getCode()) ? f.getCode() : Scheme.of(f.getKind()).name();
        String name = f.getLabel();
        return name == null || name.equals(code) ? code : code + ": " + name;
    }
}

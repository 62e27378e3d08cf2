package org.plantrace.matrix;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Plan;

/**
 * The matrix of one plan as the grid sees it: the row tree, the columns and the link index of the
 * model, and the visible rows and columns as index arrays into them (positions of the grid). Rebuilt
 * from the plan by {@link #refresh()}, laid out again from the {@link ViewState} by {@link #layout()};
 * never holds an object per cell.
 *
 * <p>Grid columns: {@link #TREE_COLUMN} (the row tree), {@link #COUNT_COLUMN} (links per row), then one
 * column per visible framework column.
 */
public final class MatrixModel {

    public static final int TREE_COLUMN = 0;
    public static final int COUNT_COLUMN = 1;
    /** Grid columns before the framework columns. */
    public static final int FIXED_COLUMNS = 2;

    /** What a refresh or a layout changed, so the grid repaints or restructures only as needed. */
    public enum Change {
        NONE, CONTENT, STRUCTURE
    }

    private final Plan plan;
    private final ViewState state = new ViewState();
    private final Folding folding = new Folding(this);
    private final Sorting sorting = new Sorting(this);
    private RowTree tree;
    private ColumnSet columns;
    private LinkIndex links;
    private int[] rows = new int[0];
    private int[] cols = new int[0];
    private boolean[] hasChildren = new boolean[0];
    private boolean[] frameworkShown = new boolean[0];
    private Matching matching;
    private LinkDiff lastDiff;
    private int[] gridColumnOfModel = new int[0];

    public MatrixModel(Plan plan) {
        this.plan = plan;
        rebuild();
        layout();
    }

    public Plan plan() {
        return plan;
    }

    public ViewState state() {
        return state;
    }

    public RowTree tree() {
        return tree;
    }

    public ColumnSet columns() {
        return columns;
    }

    public LinkIndex links() {
        return links;
    }

    /** Which rows are collapsed (changes take effect at the next {@link #layout()}). */
    public Folding folding() {
        return folding;
    }

    /** How the rows are sorted (changes take effect at the next {@link #layout()}). */
    public Sorting sorting() {
        return sorting;
    }

    private void rebuild() {
        tree = RowTree.of(plan);
        columns = ColumnSet.of(plan);
        links = LinkIndex.of(tree, columns);
        matching = new Matching(tree, columns, links);
        status = MeasureStatus.of(plan);
    }

    private java.util.Map<EObject, org.plantrace.core.progress.Rag> status = java.util.Map.of();

    /** The status (RAG) of the measure on a row, or null (no results, not a measure). */
    public org.plantrace.core.progress.Rag status(int row) {
        return status.get(tree.element(rows[row]));
    }

    /**
     * Reads the plan again (after any change to it) and lays the grid out. For a content change over the
     * same rows and columns, {@link #lastDiff()} then tells which cells changed.
     */
    public Change refresh() {
        EObject[] oldRows = rowElements();
        AlignmentTarget[] oldCols = columnTargets();
        RowTree oldTree = tree;
        ColumnSet oldColumns = columns;
        LinkIndex oldLinks = links;
        rebuild();
        layout();
        boolean same = Arrays.equals(oldRows, rowElements()) && Arrays.equals(oldCols, columnTargets());
        lastDiff = same && sameShape(oldTree, oldColumns) ? LinkDiff.between(oldLinks, links) : null;
        return same ? Change.CONTENT : Change.STRUCTURE;
    }

    private boolean sameShape(RowTree oldTree, ColumnSet oldColumns) {
        if (!oldTree.distinctElements().equals(tree.distinctElements()) || oldColumns.size() != columns.size()) {
            return false;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (oldColumns.target(c) != columns.target(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Brings the matrix up to date after changes to the links of {@code changed} elements only (what a
     * link command does): recomputes their entries, not the rows and columns, then lays the grid out
     * again (a sort by a column or "gaps only" may move rows or columns).
     */
    public Change refreshLinks(java.util.Collection<? extends EObject> changed) {
        lastDiff = links.update(tree, changed);
        Change c = layout();
        if (c == Change.STRUCTURE) {
            lastDiff = null;
        }
        return c;
    }

    /** What the last {@link #refresh()} changed, when it kept rows and columns; null otherwise. */
    public LinkDiff lastDiff() {
        return lastDiff;
    }

    /** The grid column showing a model column, or -1 when it is not shown. */
    public int gridColumnOfModel(int column) {
        return column >= 0 && column < gridColumnOfModel.length ? gridColumnOfModel[column] : -1;
    }

    /** Lays out the visible rows and columns from the view state; reports whether they changed. */
    public Change layout() {
        int[] oldRows = rows;
        int[] oldCols = cols;
        frameworkShown = new boolean[columns.frameworks().size()];
        for (int fi = 0; fi < frameworkShown.length; fi++) {
            frameworkShown[fi] = !state.hiddenFrameworks.contains(columns.frameworks().get(fi));
        }
        RowAxis axis = RowAxis.layout(tree, links, state, matching.rows(state), matching.order(state, frameworkShown));
        rows = axis.rows;
        hasChildren = axis.hasChildren;
        cols = ColumnAxis.layout(columns, links, state, matching.columns(state), matching.frameworks(state));
        gridColumnOfModel = new int[columns.size()];
        Arrays.fill(gridColumnOfModel, -1);
        for (int i = 0; i < cols.length; i++) {
            gridColumnOfModel[cols[i]] = FIXED_COLUMNS + i;
        }
        return Arrays.equals(oldRows, rows) && Arrays.equals(oldCols, cols) ? Change.CONTENT : Change.STRUCTURE;
    }

    private EObject[] rowElements() {
        EObject[] out = new EObject[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = tree.element(rows[i]);
        }
        return out;
    }

    private AlignmentTarget[] columnTargets() {
        AlignmentTarget[] out = new AlignmentTarget[cols.length];
        for (int i = 0; i < cols.length; i++) {
            out[i] = columns.target(cols[i]);
        }
        return out;
    }

    // --- view state --------------------------------------------------------------------------

    public void setRowFilter(String text) {
        state.rowFilter = ViewState.normalise(text);
    }

    public void setColumnFilter(String text) {
        state.columnFilter = ViewState.normalise(text);
    }

    public void setGapsOnly(boolean on) {
        state.gapsOnly = on;
    }

    public void setShowMeasures(boolean on) {
        state.showMeasures = on;
    }

    public void setFrameworkShown(Framework f, boolean shown) {
        if (shown) {
            state.hiddenFrameworks.remove(f);
        } else {
            state.hiddenFrameworks.add(f);
        }
    }

    public boolean isFrameworkShown(Framework f) {
        return !state.hiddenFrameworks.contains(f);
    }

    // --- grid geometry -------------------------------------------------------------------------

    public int rowCount() {
        return rows.length;
    }

    public int gridColumnCount() {
        return FIXED_COLUMNS + cols.length;
    }

    /** The tree row at a grid row. */
    public int treeRow(int row) {
        return rows[row];
    }

    /** The model column at a grid column (>= {@link #FIXED_COLUMNS}). */
    public int column(int gridColumn) {
        return cols[gridColumn - FIXED_COLUMNS];
    }

    public boolean isFrameworkColumn(int gridColumn) {
        return gridColumn >= FIXED_COLUMNS;
    }

    /** The visible model columns (do not modify). */
    public int[] visibleColumns() {
        return cols;
    }

    /** The grid row of the first row showing {@code e}, or -1. */
    public int gridRowOf(EObject e) {
        for (int i = 0; i < rows.length; i++) {
            if (tree.element(rows[i]) == e) {
                return i;
            }
        }
        return -1;
    }

    /** The grid column showing links to {@code target}, or -1. */
    public int gridColumnOf(EObject target) {
        return gridColumnOfModel(columns.columnOf(target));
    }

    // --- rows ----------------------------------------------------------------------------

    public EObject element(int row) {
        return tree.element(rows[row]);
    }

    public RowKind kind(int row) {
        return tree.kind(rows[row]);
    }

    public int depth(int row) {
        return tree.depth(rows[row]);
    }

    public boolean hasChildren(int row) {
        return hasChildren[rows[row]];
    }

    /** The title shown in the tree column. */
    public String rowLabel(int row) {
        return RowTexts.label(tree.element(rows[row]));
    }

    /** The printed reference shown in the row header: an outcome's code, 1, KA3, M13. */
    public String rowHeader(int row) {
        return RowTexts.printedRef(tree.element(rows[row]));
    }

    /** Links of the row to items of the shown frameworks. */
    public int linkCount(int row) {
        return links.linkCount(tree.slot(rows[row]), frameworkShown);
    }

    /** Whether the row is an objective that traces to no national priority. */
    public boolean isGapRow(int row) {
        return links.isGapElement(tree.slot(rows[row]));
    }

    // --- cells and columns -------------------------------------------------------------------

    public CellState state(int row, int gridColumn) {
        return links.state(tree.slot(rows[row]), column(gridColumn));
    }

    /** Whether the cell can be toggled: a framework column on an objective, key-activity or measure row. */
    public boolean isToggleable(int row, int gridColumn) {
        return gridColumn >= FIXED_COLUMNS && kind(row).isAlignable();
    }

    /** Whether the column shows the key activities a link cites (protective services, as Appendix B). */
    public boolean showsCitations(int gridColumn) {
        return gridColumn >= FIXED_COLUMNS && columns.frameworkOf(column(gridColumn)).getKind() == FrameworkKind.PS;
    }

    /** The row element's alignments shown in the cell (to the column's item or its aliases). */
    public List<Alignment> alignments(int row, int gridColumn) {
        EObject e = element(row);
        if (!(e instanceof AlignableElement ae) || gridColumn < FIXED_COLUMNS) {
            return List.of();
        }
        int c = column(gridColumn);
        return ae.getAlignments().stream().filter(a -> a.getTarget() != null && columns.shows(c, a.getTarget()))
                .toList();
    }

    /**
     * Whether one of the row's own links in this cell is suspect: its item was reworded since the link was
     * made or last reviewed ({@link org.plantrace.core.trace.SuspectLinks}, the rule validation reports).
     */
    public boolean isSuspect(int row, int gridColumn) {
        for (Alignment a : alignments(row, gridColumn)) {
            if (org.plantrace.core.trace.SuspectLinks.isSuspect(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key activities the row's links in this cell cite, compactly: "KA3, 4, 8", "KA1-7"; empty if none.
     * (Appendix B prints "KA3, KA4, KA8" and "KA1 - 7".)
     */
    public String citations(int row, int gridColumn) {
        return Citations.compact(alignments(row, gridColumn).stream().flatMap(a -> a.getKeyActivities().stream())
                .filter(ka -> !ka.eIsProxy()).distinct().toList());
    }

    public String columnLabel(int gridColumn) {
        return switch (gridColumn) {
            case TREE_COLUMN -> plan.getObjectiveLabel() == null ? "Objective" : plan.getObjectiveLabel() + "s";
            case COUNT_COLUMN -> "Links";
            default -> columns.label(column(gridColumn));
        };
    }

    public String columnTitle(int gridColumn) {
        return switch (gridColumn) {
            case TREE_COLUMN -> "Strategic outcomes, objectives, key activities (and measures)";
            case COUNT_COLUMN -> "Links of the row to items of the shown frameworks";
            default -> columns.title(column(gridColumn));
        };
    }

    /** Objectives covering the column's item by any route. */
    public int coverage(int gridColumn) {
        return links.coverage(column(gridColumn));
    }

    public boolean isGapColumn(int gridColumn) {
        return gridColumn >= FIXED_COLUMNS && links.isGapColumn(column(gridColumn));
    }

    /** The index (in {@link ColumnSet#frameworks()}) of the grid column's framework. */
    public int frameworkIndex(int gridColumn) {
        return columns.framework(column(gridColumn));
    }
}

package org.plantrace.matrix;

import org.eclipse.emf.ecore.EObject;

/**
 * Which rows of a {@link MatrixModel} are collapsed, kept in its {@link ViewState} by element (so it survives every
 * refresh) and changed in grid terms: a grid row, a depth, "objectives only", the ancestors of an element. The
 * model's {@link MatrixModel#layout()} then lays the rows out again.
 */
public final class Folding {

    private final MatrixModel model;

    Folding(MatrixModel model) {
        this.model = model;
    }

    private ViewState state() {
        return model.state();
    }

    public boolean isCollapsed(int row) {
        return state().collapsed.contains(model.element(row));
    }

    /** Collapses or expands the grid row (no effect on a row without children). */
    public void setCollapsed(int row, boolean collapse) {
        if (collapse) {
            if (model.hasChildren(row)) {
                state().collapsed.add(model.element(row));
            }
        } else {
            state().collapsed.remove(model.element(row));
        }
    }

    public void expandAll() {
        state().collapsed.clear();
    }

    /** Collapses every row at {@code depth} or deeper that has children; expands those above. */
    public void collapseFrom(int depth) {
        RowTree tree = model.tree();
        state().collapsed.clear();
        for (int r = 0; r < tree.size(); r++) {
            if (tree.depth(r) >= depth && tree.children(r).length > 0) {
                state().collapsed.add(tree.element(r));
            }
        }
    }

    /** Collapses every objective, so outcomes and objectives show. */
    public void collapseObjectives() {
        RowTree tree = model.tree();
        state().collapsed.clear();
        for (int r = 0; r < tree.size(); r++) {
            if (tree.kind(r) == RowKind.OBJECTIVE && tree.children(r).length > 0) {
                state().collapsed.add(tree.element(r));
            }
        }
    }

    /** Expands the ancestors of every row showing {@code e} so that it becomes visible (filters permitting). */
    public void expandTo(EObject e) {
        RowTree tree = model.tree();
        for (int r = 0; r < tree.size(); r++) {
            if (tree.element(r) == e) {
                for (int p = tree.parent(r); p >= 0; p = tree.parent(p)) {
                    state().collapsed.remove(tree.element(p));
                }
            }
        }
    }
}

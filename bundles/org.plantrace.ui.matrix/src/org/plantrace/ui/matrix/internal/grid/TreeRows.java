package org.plantrace.ui.matrix.internal.grid;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.tree.ITreeRowModel;
import org.plantrace.matrix.MatrixModel;

/**
 * The tree as NatTable's {@code TreeLayer} asks for it. Like the GlazedLists tree model, expanding and
 * collapsing change the row list itself (the model lays the rows out again) rather than hiding rows
 * in the tree layer, so collapsed state, filters and sorting stay consistent; the returned index lists
 * are therefore empty, and {@code onChange} refreshes the grid's structure.
 */
public final class TreeRows implements ITreeRowModel<Object> {

    private final MatrixModel model;
    private final Runnable onChange;

    public TreeRows(MatrixModel model, Runnable onChange) {
        this.model = model;
        this.onChange = onChange;
    }

    private boolean valid(int index) {
        return index >= 0 && index < model.rowCount();
    }

    @Override
    public int depth(int index) {
        return valid(index) ? model.depth(index) : 0;
    }

    @Override
    public boolean isLeaf(int index) {
        return !hasChildren(index);
    }

    @Override
    public boolean hasChildren(int index) {
        return valid(index) && model.hasChildren(index);
    }

    @Override
    public boolean isCollapsed(int index) {
        return valid(index) && model.folding().isCollapsed(index);
    }

    @Override
    public boolean isCollapsed(Object object) {
        return isCollapsed(model.gridRowOf((org.eclipse.emf.ecore.EObject) object));
    }

    @Override
    public boolean isCollapsible(int index) {
        return hasChildren(index);
    }

    @Override
    public List<Integer> collapse(int parentIndex) {
        if (hasChildren(parentIndex)) {
            model.folding().setCollapsed(parentIndex, true);
            changed();
        }
        return List.of();
    }

    @Override
    public List<Integer> collapse(Object object) {
        return collapse(model.gridRowOf((org.eclipse.emf.ecore.EObject) object));
    }

    @Override
    public List<Integer> collapseAll() {
        model.folding().collapseFrom(0);
        changed();
        return List.of();
    }

    @Override
    public List<Integer> expand(int parentIndex) {
        if (valid(parentIndex)) {
            model.folding().setCollapsed(parentIndex, false);
            changed();
        }
        return List.of();
    }

    @Override
    public List<Integer> expandToLevel(int parentIndex, int level) {
        return expand(parentIndex);
    }

    @Override
    public List<Integer> expand(Object object) {
        return expand(model.gridRowOf((org.eclipse.emf.ecore.EObject) object));
    }

    @Override
    public List<Integer> expandToLevel(Object object, int level) {
        return expand(object);
    }

    @Override
    public List<Integer> expandAll() {
        model.folding().expandAll();
        changed();
        return List.of();
    }

    @Override
    public List<Integer> expandToLevel(int level) {
        model.folding().collapseFrom(level);
        changed();
        return List.of();
    }

    @Override
    public List<Integer> getChildIndexes(int parentIndex) {
        List<Integer> out = new ArrayList<>();
        if (!valid(parentIndex)) {
            return out;
        }
        int d = model.depth(parentIndex);
        for (int i = parentIndex + 1; i < model.rowCount() && model.depth(i) > d; i++) {
            out.add(i);
        }
        return out;
    }

    @Override
    public List<Integer> getDirectChildIndexes(int parentIndex) {
        List<Integer> out = new ArrayList<>();
        if (!valid(parentIndex)) {
            return out;
        }
        int d = model.depth(parentIndex);
        for (int i = parentIndex + 1; i < model.rowCount() && model.depth(i) > d; i++) {
            if (model.depth(i) == d + 1) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public List<Object> getChildren(int parentIndex) {
        return getChildIndexes(parentIndex).stream().map(i -> (Object) model.element(i)).toList();
    }

    @Override
    public List<Object> getDirectChildren(int parentIndex) {
        return getDirectChildIndexes(parentIndex).stream().map(i -> (Object) model.element(i)).toList();
    }

    private void changed() {
        model.layout();
        onChange.run();
    }
}

package org.plantrace.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/** Keeps one column of a tree as wide as the space the other columns leave, as the tree is resized. */
public final class FillColumn {

    private FillColumn() {
    }

    public static void install(Tree tree, int column, int minimum) {
        tree.addListener(SWT.Resize, e -> {
            int width = tree.getClientArea().width;
            int others = 0;
            TreeColumn[] columns = tree.getColumns();
            for (int i = 0; i < columns.length; i++) {
                if (i != column) {
                    others += columns[i].getWidth();
                }
            }
            columns[column].setWidth(Math.max(minimum, width - others));
        });
    }
}

package org.plantrace.ui.internal.views;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Context menus opened from the keyboard (Shift+F10 or the Menu key) appear at the selection, not wherever the mouse
 * pointer happens to be.
 */
public final class KeyboardMenus {

    private KeyboardMenus() {
    }

    /** {@code selection} gives the selection's bounds in the control's coordinates (null: the control's corner). */
    public static void install(Control control, Supplier<Rectangle> selection) {
        control.addListener(SWT.MenuDetect, e -> {
            if (e.detail != SWT.MENU_KEYBOARD) {
                return;
            }
            Rectangle r = selection.get();
            Rectangle area = control instanceof org.eclipse.swt.widgets.Scrollable s ? s.getClientArea()
                    : new Rectangle(0, 0, control.getSize().x, control.getSize().y);
            Point p = r == null || !r.intersects(area) ? new Point(area.x + 8, area.y + 8)
                    : new Point(r.x + Math.min(24, r.width / 2), r.y + r.height);
            Point d = control.toDisplay(p);
            e.x = d.x;
            e.y = d.y;
        });
    }

    public static void install(Tree tree) {
        install(tree, () -> {
            TreeItem[] s = tree.getSelection();
            return s.length == 0 ? null : s[0].getBounds(0);
        });
    }

    public static void install(Table table) {
        install(table, () -> {
            TableItem[] s = table.getSelection();
            return s.length == 0 ? null : s[0].getBounds(0);
        });
    }
}

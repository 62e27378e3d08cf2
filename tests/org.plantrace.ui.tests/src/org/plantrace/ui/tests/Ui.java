package org.plantrace.ui.tests;


import java.util.function.BooleanSupplier;

import org.plantrace.tests.support.ui.Screen;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What the tests look at: pixels copied from the screen (what the user sees, not widget state), and the
 * event loop they must keep turning while the workbench paints.
 */
final class Ui {

    // the event loop, waiting, pixels and screenshots: shared with the other UI tests (tests.support.ui Screen)

    private Ui() {
    }

    static Display display() {
        return Screen.display();
    }

    /** Runs the event loop for {@code millis}. */
    static void spin(long millis) {
        Screen.spin(millis);
    }

    /** Turns the event loop until {@code condition} holds, failing after {@code millis}. */
    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        Screen.waitUntil(what, millis, condition);
    }

    /** The pixels of {@code area} (in {@code control}'s coordinates) as they are on screen now. */
    static ImageData snapshot(Control control, Rectangle area) {
        return Screen.snapshot(control, area);
    }

    static ImageData snapshot(Control control) {
        return Screen.snapshot(control);
    }

    /** The row of a tree item across the whole tree width. */
    static ImageData row(TreeItem item) {
        Tree tree = item.getParent();
        Rectangle b = item.getBounds();
        return snapshot(tree, new Rectangle(0, b.y, tree.getClientArea().width, b.height));
    }

    static int distinctColours(ImageData d) {
        return Screen.distinctColours(d);
    }

    /** Pixels matching {@code test} (on their RGB). */
    static int count(ImageData d, java.util.function.Predicate<RGB> test) {
        int n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                if (test.test(d.palette.getRGB(d.getPixel(x, y)))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Share of pixels that differ between two snapshots of the same size (1.0 if the sizes differ). */
    static double difference(ImageData a, ImageData b) {
        if (a.width != b.width || a.height != b.height) {
            return 1.0;
        }
        int diff = 0;
        for (int y = 0; y < a.height; y++) {
            for (int x = 0; x < a.width; x++) {
                if (!a.palette.getRGB(a.getPixel(x, y)).equals(b.palette.getRGB(b.getPixel(x, y)))) {
                    diff++;
                }
            }
        }
        return diff / (double) (a.width * a.height);
    }

    static boolean isReddish(RGB c) {
        return c.red > 170 && c.green < 110 && c.blue < 110;
    }

    /** Saves the whole screen for people to look at (target/screenshots/NAME.png). */
    static void screenshot(String name) {
        Screen.screenshot(name);
    }

    /** Finds the item whose text (column 0) contains {@code text}, expanding as needed. */
    static TreeItem find(Tree tree, String text) {
        for (TreeItem i : tree.getItems()) {
            TreeItem hit = find(i, text);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static TreeItem find(TreeItem item, String text) {
        if (item.getText(0).contains(text)) {
            return item;
        }
        for (TreeItem c : item.getItems()) {
            if (c.getData() == null) {
                continue; // not created yet
            }
            TreeItem hit = find(c, text);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}

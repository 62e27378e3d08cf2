package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;

/**
 * What the tests look at: pixels copied from the screen (what the user sees, not widget state), and the
 * event loop they must keep turning while the workbench paints.
 */
final class Ui {

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** Runs the event loop for {@code millis}. */
    static void spin(long millis) {
        Display d = display();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        while (d.readAndDispatch()) {
            // drain
        }
    }

    /** Turns the event loop until {@code condition} holds, failing after {@code millis}. */
    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + millis;
        Display d = display();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + millis + " ms waiting for: " + what);
            }
            if (!d.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        spin(50);
    }

    /** The pixels of {@code area} (in {@code control}'s coordinates) as they are on screen now. */
    static ImageData snapshot(Control control, Rectangle area) {
        control.update();
        spin(30);
        Rectangle clip = area.intersection(new Rectangle(0, 0, control.getSize().x, control.getSize().y));
        if (clip.width <= 0 || clip.height <= 0) {
            fail("nothing of " + control + " is visible in " + area);
        }
        Image image = new Image(control.getDisplay(), clip.width, clip.height);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, clip.x, clip.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    static ImageData snapshot(Control control) {
        Point s = control.getSize();
        return snapshot(control, new Rectangle(0, 0, s.x, s.y));
    }

    /** The row of a tree item across the whole tree width. */
    static ImageData row(TreeItem item) {
        Tree tree = item.getParent();
        Rectangle b = item.getBounds();
        return snapshot(tree, new Rectangle(0, b.y, tree.getClientArea().width, b.height));
    }

    static int distinctColours(ImageData d) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                colours.add(d.getPixel(x, y));
            }
        }
        return colours.size();
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
        String dir = System.getProperty("plantrace.screenshots");
        if (dir == null) {
            return;
        }
        spin(100);
        Display d = display();
        Shell shell = d.getActiveShell() != null ? d.getActiveShell()
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle b = shell.getBounds();
        Image image = new Image(d, b.width, b.height);
        GC gc = new GC(d);
        try {
            gc.copyArea(image, b.x, b.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(Path.of(dir));
            loader.save(Path.of(dir, name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (Exception e) {
            System.err.println("screenshot " + name + " failed: " + e);
        } finally {
            gc.dispose();
            image.dispose();
        }
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

package org.plantrace.tests.support.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * For UI tests in the workbench: the event loop, waiting on a condition (never on a fixed short sleep), widgets found
 * by what they show, the pixels of a control as they are on screen, and screenshots for people to look at
 * (-Dplantrace.screenshots=DIR).
 */
public final class Screen {

    private Screen() {
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** Runs the event loop for {@code millis}, then handles what is still pending. */
    public static void spin(long millis) {
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

    /** Turns the event loop until {@code condition} holds; fails (naming {@code what}) after {@code millis}. */
    public static void waitUntil(String what, long millis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + millis;
        Display d = display();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out after " + millis + " ms waiting for: " + what);
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

    /**
     * Checks {@code condition} every {@code pauseMillis} of event loop (for conditions that are costly or that start
     * work of their own, such as refreshing a decorated viewer); fails (naming {@code what}) after {@code millis}.
     */
    public static void poll(String what, long millis, long pauseMillis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out after " + millis + " ms waiting for: " + what);
            }
            spin(pauseMillis);
        }
    }

    /** The visible shell with this title, or null. */
    public static Shell shell(String title) {
        for (Shell s : display().getShells()) {
            if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
                return s;
            }
        }
        return null;
    }

    /** Every control of a class under {@code parent}, in layout order. */
    public static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
            if (c instanceof Composite k) {
                out.addAll(all(k, type));
            }
        }
        return out;
    }

    /** The pixels of {@code area} (in {@code control}'s coordinates) as they are on screen now. */
    public static ImageData snapshot(Control control, Rectangle area) {
        control.update();
        spin(30);
        Rectangle clip = area.intersection(new Rectangle(0, 0, control.getSize().x, control.getSize().y));
        if (clip.width <= 0 || clip.height <= 0) {
            throw new AssertionError("nothing of " + control + " is visible in " + area);
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

    public static ImageData snapshot(Control control) {
        Point s = control.getSize();
        return snapshot(control, new Rectangle(0, 0, s.x, s.y));
    }

    public static int distinctColours(ImageData d) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                colours.add(d.getPixel(x, y));
            }
        }
        return colours.size();
    }

    /** Saves the active shell (else the workbench window) as it is on screen (DIR/NAME.png). */
    public static void screenshot(String name) {
        if (System.getProperty("plantrace.screenshots") == null) {
            return;
        }
        spin(100);
        Display d = display();
        screenshot(d.getActiveShell() != null ? d.getActiveShell()
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    /** Saves {@code shell} as it is on screen (DIR/NAME.png). */
    public static void screenshot(Shell shell, String name) {
        String dir = System.getProperty("plantrace.screenshots");
        if (dir == null) {
            return;
        }
        Display d = display();
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
}

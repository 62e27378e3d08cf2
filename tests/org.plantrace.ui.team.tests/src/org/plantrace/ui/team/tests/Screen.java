package org.plantrace.ui.team.tests;

import static org.junit.jupiter.api.Assertions.fail;

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
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** The event loop, widgets found by what they show, and pixels copied from the screen. */
final class Screen {

    private Screen() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

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
    }

    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + millis + " ms waiting for: " + what);
            }
            spin(20);
        }
    }

    static Shell shell(String title) {
        for (Shell s : display().getShells()) {
            if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
                return s;
            }
        }
        return null;
    }

    /** Every control of a class under {@code parent}, in layout order. */
    static <T extends Control> List<T> all(Composite parent, Class<T> type) {
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

    static ImageData snapshot(Control control, Rectangle area) {
        control.update();
        Rectangle clip = area.intersection(new Rectangle(0, 0, control.getSize().x, control.getSize().y));
        Image image = new Image(control.getDisplay(), Math.max(1, clip.width), Math.max(1, clip.height));
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

    static int distinctColours(ImageData d) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                colours.add(d.getPixel(x, y));
            }
        }
        return colours.size();
    }

    /** Saves a shell as it is on screen (target/screenshots/NAME.png). */
    static void screenshot(Shell shell, String name) {
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

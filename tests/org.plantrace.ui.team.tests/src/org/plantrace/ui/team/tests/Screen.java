package org.plantrace.ui.team.tests;


import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** The event loop, widgets found by what they show, and pixels copied from the screen (shared: tests.support.ui Screen). */
final class Screen {

    private Screen() {
    }

    static Display display() {
        return org.plantrace.tests.support.ui.Screen.display();
    }

    static void spin(long millis) {
        org.plantrace.tests.support.ui.Screen.spin(millis);
    }

    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        org.plantrace.tests.support.ui.Screen.poll(what, millis, 20, condition);
    }

    static Shell shell(String title) {
        return org.plantrace.tests.support.ui.Screen.shell(title);
    }

    /** Every control of a class under {@code parent}, in layout order. */
    static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        return org.plantrace.tests.support.ui.Screen.all(parent, type);
    }

    static ImageData snapshot(Control control, Rectangle area) {
        return org.plantrace.tests.support.ui.Screen.snapshot(control, area);
    }

    static int distinctColours(ImageData d) {
        return org.plantrace.tests.support.ui.Screen.distinctColours(d);
    }

    /** Saves a shell as it is on screen (target/screenshots/NAME.png). */
    static void screenshot(Shell shell, String name) {
        org.plantrace.tests.support.ui.Screen.screenshot(shell, name);
    }
}

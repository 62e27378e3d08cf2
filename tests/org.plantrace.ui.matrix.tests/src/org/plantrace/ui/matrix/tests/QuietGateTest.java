package org.plantrace.ui.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.plantrace.ui.matrix.internal.warmup.QuietGate;

/**
 * The matrix warm-up's UI-thread step waits until the user leaves mouse and keyboard alone: while events keep coming
 * it does not run; once they stop it runs, once; a user who never stops gets no warm-up at all.
 */
class QuietGateTest {

    @Test
    void theWorkWaitsWhileTheUserMovesTheMouseAndRunsOnceTheyStop() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            AtomicInteger runs = new AtomicInteger();
            new QuietGate(1_500, System.currentTimeMillis()).runWhenQuiet(display, runs::incrementAndGet, 50, 60_000);
            busy(display, shell, 2_500); // a user moving the mouse for 2.5 s, longer than the quiet time
            assertEquals(0, runs.get(), "no warm-up while the user is active");
            spin(display, 4_000, () -> runs.get() > 0);
            assertEquals(1, runs.get(), "the warm-up ran once the user was quiet");
            spin(display, 500, () -> false);
            assertEquals(1, runs.get(), "and only once");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aUserWhoNeverStopsGetsNoWarmUp() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            AtomicInteger runs = new AtomicInteger();
            QuietGate gate = new QuietGate(1_500, System.currentTimeMillis());
            gate.runWhenQuiet(display, runs::incrementAndGet, 50, 1_000);
            busy(display, shell, 1_500); // active past the give-up time
            spin(display, 2_500, () -> false);
            assertEquals(0, runs.get(), "given up: it never ran");
            gate.touched(10_000); // quiet means 1.5 s without input
            assertFalse(gate.quiet(11_499));
            assertTrue(gate.quiet(11_500));
        } finally {
            shell.dispose();
        }
    }

    /** Mouse moves over {@code shell} every 50 ms for {@code ms}, running the event loop in between. */
    private static void busy(Display display, Shell shell, long ms) {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            Event e = new Event();
            e.x = 10;
            e.y = 10;
            shell.notifyListeners(SWT.MouseMove, e);
            spin(display, 50, () -> false);
        }
    }

    private static void spin(Display display, long ms, java.util.function.BooleanSupplier done) {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end && !done.getAsBoolean()) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

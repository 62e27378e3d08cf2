package org.plantrace.ui.matrix.internal.warmup;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Runs a piece of UI-thread work only while the user leaves mouse and keyboard alone: a warm-up step blocks the UI
 * for most of a second, which is not felt while the user reads but is while they type, click or scroll. The gate
 * watches input events (a display filter), and runs the work once there was no input for {@code quietMs}; it checks
 * again every {@code pollMs} and gives up, without running the work, after {@code giveUpMs}.
 */
public final class QuietGate implements Listener {

    private static final int[] INPUT = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel, SWT.MouseUp };

    private final long quietMs;
    private volatile long lastInput;

    public QuietGate(long quietMs, long now) {
        this.quietMs = quietMs;
        this.lastInput = now;
    }

    @Override
    public void handleEvent(Event event) {
        touched(System.currentTimeMillis());
    }

    /** The user did something at {@code now}. */
    public void touched(long now) {
        lastInput = now;
    }

    /** Whether there was no input for the quiet time up to {@code now}. */
    public boolean quiet(long now) {
        return now - lastInput >= quietMs;
    }

    /**
     * On the UI thread of {@code display}: starts watching input, then runs {@code work} at the first check that finds
     * the user quiet; stops watching when it ran or it gave up.
     */
    public void runWhenQuiet(Display display, Runnable work, int pollMs, long giveUpMs) {
        for (int type : INPUT) {
            display.addFilter(type, this);
        }
        long start = System.currentTimeMillis();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (display.isDisposed()) {
                return;
            }
            long now = System.currentTimeMillis();
            if (quiet(now) || now - start >= giveUpMs) {
                for (int type : INPUT) {
                    display.removeFilter(type, this);
                }
                if (quiet(now)) {
                    work.run();
                }
                return;
            }
            display.timerExec(pollMs, check[0]);
        };
        display.timerExec(pollMs, check[0]);
    }
}

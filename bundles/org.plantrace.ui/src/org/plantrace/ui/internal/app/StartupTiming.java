package org.plantrace.ui.internal.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start-up milestones, in milliseconds since the JVM started. Printed on standard output when the
 * system property {@code plantrace.timing} is true (./plantrace gui --timing); always kept for tests.
 */
public final class StartupTiming {

    private static final List<String> MARKS = new ArrayList<>();
    private static long firstWindowMillis = -1;

    private StartupTiming() {
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public static synchronized void mark(String what) {
        String line = String.format(Locale.ROOT, "plantrace: timing: %6d ms  %s", sinceJvmStart(), what);
        MARKS.add(line);
        if (Boolean.getBoolean("plantrace.timing")) {
            System.out.println(line);
        }
    }

    /** The first workbench window is open and painted. */
    public static synchronized void firstWindow() {
        if (firstWindowMillis >= 0) {
            return;
        }
        firstWindowMillis = sinceJvmStart();
        mark("first window open (wall clock " + System.currentTimeMillis() + ")");
    }

    public static synchronized long firstWindowMillis() {
        return firstWindowMillis;
    }

    public static synchronized List<String> marks() {
        return List.copyOf(MARKS);
    }
}

package org.plantrace.ui.internal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start-up milestones, in milliseconds since the launch. Printed on standard output when the
 * system property {@code plantrace.timing} is {@code true} (./plantrace gui --timing) or {@code exit} (the same, then
 * the workbench closes itself once the event loop runs, as a user closing it would: releng/scripts/startup-time.sh
 * measures start-ups that way, so the framework and extension registry caches are written as in real use); always
 * kept for tests.
 */
public final class StartupTiming {

    private static final List<String> MARKS = new ArrayList<>();
    private static long firstWindowMillis = -1;
    /**
     * When the launch began: {@code -Dplantrace.launchMillis} as set by ./plantrace and the start-up script (the
     * wall clock before java starts), else the process start from /proc (to about a second: the kernel's boot time
     * is in whole seconds). Not java.lang.management: loading JMX would add its own classes to what is measured.
     */
    private static final long PROCESS_START = launchMillis();

    private StartupTiming() {
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - PROCESS_START;
    }

    public static synchronized void mark(String what) {
        String line = String.format(Locale.ROOT, "plantrace: timing: %6d ms  %s", sinceJvmStart(), what);
        MARKS.add(line);
        if (enabled()) {
            System.out.println(line);
        }
    }

    private static long launchMillis() {
        try {
            return Long.parseLong(System.getProperty("plantrace.launchMillis", ""));
        } catch (NumberFormatException e) {
            return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
        }
    }

    static boolean enabled() {
        String v = System.getProperty("plantrace.timing", "");
        return v.equalsIgnoreCase("true") || exitAfterStart();
    }

    /** Whether the workbench closes itself once started ({@code -Dplantrace.timing=exit}). */
    static boolean exitAfterStart() {
        return System.getProperty("plantrace.timing", "").equalsIgnoreCase("exit");
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

package org.plantrace.core.jvm;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Whether this JVM records an ahead-of-time cache (JDK 25: {@code -XX:AOTCacheOutput}, or
 * {@code -XX:AOTMode=record}), as the first workbench session after a build does (releng/scripts/gui-jvm.sh). What
 * such a session loads and links is what later sessions find in the cache, so the workbench's warm-ups make sure they
 * ran in it before it closes: a first session closed within seconds would otherwise leave the matrix and diagram code
 * out of the cache of every later start.
 */
public final class AotRecording {

    private static final boolean RECORDING = recording(ManagementFactory.getRuntimeMXBean().getInputArguments());

    private AotRecording() {
    }

    /** Whether this JVM records an ahead-of-time cache. */
    public static boolean active() {
        return RECORDING;
    }

    /**
     * Whether JVM options {@code args} record an ahead-of-time cache (not the JVM the JDK starts to assemble the cache
     * from the recording, which gets the same options and {@code -XX:AOTMode=create}).
     */
    public static boolean recording(List<String> args) {
        boolean output = false;
        for (String a : args) {
            if (a.equals("-XX:AOTMode=create")) {
                return false;
            }
            output |= a.startsWith("-XX:AOTCacheOutput=") || a.equals("-XX:AOTMode=record");
        }
        return output;
    }
}

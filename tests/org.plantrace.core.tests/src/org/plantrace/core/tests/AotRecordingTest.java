package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.core.jvm.AotRecording;

/**
 * The warm-ups run before the workbench closes only in the session that records the ahead-of-time cache (the first
 * after a build, started by releng/scripts/gui-jvm.sh with -XX:AOTCacheOutput), never in the sessions that use it.
 */
class AotRecordingTest {

    @Test
    void theFirstSessionAfterABuildRecords() {
        assertTrue(AotRecording.recording(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:AOTCacheOutput=/opt/plantrace/.plantrace.aot", "-Dosgi.install.area=file:/opt/plantrace/")));
        assertTrue(AotRecording.recording(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=app.aotconf")));
    }

    @Test
    void laterSessionsAndOtherJvmsDoNotRecord() {
        assertFalse(AotRecording.recording(List.of("-XX:TieredStopAtLevel=1", "-XX:AOTCache=/opt/plantrace/.plantrace.aot")));
        assertFalse(AotRecording.recording(List.of("-XX:AOTMode=create", "-XX:AOTCache=app.aot")));
        // the JVM that assembles the cache after the recording session gets the session's options (JAVA_TOOL_OPTIONS)
        assertFalse(AotRecording.recording(List.of("-XX:AOTCacheOutput=/opt/plantrace/.plantrace.aot",
                "-XX:AOTConfiguration=/opt/plantrace/.plantrace.aot.config", "-XX:AOTMode=create")));
        assertFalse(AotRecording.recording(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=x.jsa")));
        assertFalse(AotRecording.recording(List.of()));
    }
}

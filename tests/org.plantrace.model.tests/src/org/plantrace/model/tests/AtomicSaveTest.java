package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.model.io.ModelStore;

/** Saving replaces a file atomically, keeps symbolic links, and cleans up after saves that were killed. */
class AtomicSaveTest {

    @TempDir
    Path dir;

    private List<String> temporaries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).sorted().toList();
        }
    }

    /**
     * A child JVM saving a 24 MB file in a loop is killed (SIGKILL) mid-save, several times. Every time the file holds
     * one whole version, never a mix; the kills leave temporary files; the next save removes them all.
     */
    @Test
    void killedSavesLeaveNoTemporaryFileAfterTheNextSave() throws Exception {
        Path target = dir.resolve("plan.plan");
        int mb = 24;
        int leftBehind = 0;
        for (int kill = 0; kill < 12 && (kill < 4 || leftBehind == 0); kill++) {
            Process p = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), target.toString(), String.valueOf(mb)).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("saving", r.readLine());
                Thread.sleep(150 + 97L * kill);
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            if (Files.exists(target)) {
                byte[] content = Files.readAllBytes(target);
                assertEquals(mb * 1024 * 1024, content.length, "a killed save never leaves a partial file");
                byte first = content[0];
                for (byte b : content) {
                    if (b != first) {
                        throw new AssertionError("a killed save left a mix of two versions");
                    }
                }
            }
            leftBehind = temporaries().size();
        }
        assertTrue(leftBehind > 0, "the kills should have caught a save between writing and renaming");

        byte[] fresh = "saved after the crash".getBytes(StandardCharsets.UTF_8);
        ModelStore.writeAtomically(target, fresh);
        assertArrayEquals(fresh, Files.readAllBytes(target));
        assertEquals(List.of(), temporaries(), "the next save removes what killed saves left behind");
    }

    @Test
    void aLoadRemovesOnlyOldTemporaryFiles() throws Exception {
        Path target = dir.resolve("x.framework");
        ModelStore.writeAtomically(target, ResourcePolicyTest.framework("f", "i").getBytes(StandardCharsets.UTF_8));
        Path old = Files.writeString(dir.resolve(".x.framework.123456789.tmp"), "partial");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        Path recent = Files.writeString(dir.resolve(".x.framework.987654321.tmp"), "being written by another save");
        Path unrelated = Files.writeString(dir.resolve(".y.framework.111.tmp"), "another file's");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minusSeconds(3600)));
        ModelStore.loadFramework(target);
        assertEquals(List.of(".x.framework.987654321.tmp", ".y.framework.111.tmp"), temporaries());
        assertTrue(Files.exists(recent));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("plan.plan");
        Files.writeString(real, "old");
        Path link = dir.resolve("plan.plan");
        Files.createSymbolicLink(link, Path.of("real/plan.plan"));
        ModelStore.writeAtomically(link, "new".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals(Path.of("real/plan.plan"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertEquals(1, s.count(), "no temporary file beside the target");
        }
    }

    @Test
    void aFailedSaveFailsLoudlyAndKeepsWhatWasThere() throws Exception {
        Path blocker = Files.createDirectories(dir.resolve("plan.plan"));
        Files.writeString(blocker.resolve("keep.txt"), "kept");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ModelStore.writeAtomically(blocker, "new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("plan.plan"), e.getMessage());
        assertEquals("kept", Files.readString(blocker.resolve("keep.txt")));
        assertEquals(List.of(), temporaries());
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}

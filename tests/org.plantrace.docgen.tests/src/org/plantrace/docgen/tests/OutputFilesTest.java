package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.OutputFiles;

/** Existing outputs are replaced atomically: old or new content, never a mix, no leftovers. */
class OutputFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path old = dir.resolve("appendices.html");
        Files.writeString(old, "old content that is longer than the new one");
        List<Path> written = OutputFiles.write(dir, List.of(new Output("appendices.html", "new".getBytes(StandardCharsets.UTF_8)),
                new Output("appendices-B.csv", "a,b\r\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(old, dir.resolve("appendices-B.csv")), written);
        assertEquals("new", Files.readString(old));
        assertEquals(List.of("appendices-B.csv", "appendices.html"), names());
    }

    @Test
    void aFailedReplacementKeepsWhatWasThere() throws Exception {
        Path blocker = Files.createDirectories(dir.resolve("appendices.pdf"));
        Files.writeString(blocker.resolve("keep.txt"), "kept");
        Path before = dir.resolve("appendices.html");
        Files.writeString(before, "previous");
        assertThrows(IOException.class, () -> OutputFiles.write(dir,
                List.of(new Output("appendices.pdf", new byte[] { 1, 2, 3 }))));
        assertEquals("kept", Files.readString(blocker.resolve("keep.txt")));
        assertEquals("previous", Files.readString(before));
        assertEquals(List.of("appendices.html", "appendices.pdf"), names(), "no temporary file left behind");
    }

    @Test
    void refusesNamesOutsideTheFolder() throws Exception {
        assertThrows(IOException.class, () -> OutputFiles.write(dir, List.of(new Output("../x.csv", new byte[0]))));
        assertTrue(names().isEmpty());
    }

    @Test
    void createsTheFolder() throws Exception {
        Path sub = dir.resolve("a/b");
        OutputFiles.write(sub, List.of(new Output("f.csv", new byte[] { 7 })));
        assertArrayEquals(new byte[] { 7 }, Files.readAllBytes(sub.resolve("f.csv")));
    }

    @Test
    void stagedFilesStayOutOfPlaceUnlessCommitted() throws Exception {
        Path before = dir.resolve("appendices.html");
        Files.writeString(before, "previous");
        try (OutputFiles.Staging staging = OutputFiles.open(dir)) {
            staging.add(List.of(new Output("appendices.html", "new".getBytes(StandardCharsets.UTF_8))));
            staging.add(List.of(new Output("appendices-B.csv", new byte[] { 1 })));
        }
        assertEquals("previous", Files.readString(before));
        assertEquals(List.of("appendices.html"), names(), "nothing staged is left behind");
    }

    @Test
    void aRefusedNameFailsTheCommitAndNothingIsWritten() throws Exception {
        Output html = new Output("appendices.html", "new".getBytes(StandardCharsets.UTF_8));
        Output twice = new Output("APPENDICES.html", new byte[0]);
        try (OutputFiles.Staging staging = OutputFiles.open(dir)) {
            staging.add(List.of(html));
            staging.add(List.of(twice));
            IOException e = assertThrows(IOException.class, () -> staging.commit(List.of(html, twice)));
            assertEquals("two outputs have the same name: APPENDICES.html", e.getMessage());
        }
        assertTrue(names().isEmpty(), names().toString());
    }
}

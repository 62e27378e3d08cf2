package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
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

    @Test
    void aStreamedFileIsInPlaceOnlyWhenCommittedWithItsBytes() throws Exception {
        Path before = dir.resolve("appendices.pdf");
        Files.writeString(before, "previous");
        byte[] big = new byte[3 << 20]; // larger than any buffer on the way
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + (i >> 11));
        }
        try (OutputFiles.Staging staging = OutputFiles.open(dir)) {
            try (OutputStream out = staging.create("appendices.pdf")) {
                out.write(big, 0, 1000);
                out.write(big[1000]);
                out.write(big, 1001, big.length - 1001);
                assertEquals("previous", Files.readString(before), "the file in place is the old one while writing");
            }
            assertEquals("previous", Files.readString(before), "and until the set is committed");
            staging.add(List.of(new Output("appendices-B.csv", new byte[] {1})));
            assertEquals(List.of(before, dir.resolve("appendices-B.csv")),
                    staging.commitNamed(List.of("appendices.pdf", "appendices-B.csv")));
        }
        assertArrayEquals(big, Files.readAllBytes(before));
        assertEquals(List.of("appendices-B.csv", "appendices.pdf"), names(), "no staging folder left behind");
    }

    @Test
    void aStreamedFileNotCommittedLeavesNothing() throws Exception {
        try (OutputFiles.Staging staging = OutputFiles.open(dir)) {
            try (OutputStream out = staging.create("appendices.html")) {
                out.write("half a docu".getBytes(StandardCharsets.UTF_8)); // its writer failed here
            }
            staging.add(List.of(new Output("appendices.xlsx", new byte[] {2})));
            staging.commitNamed(List.of("appendices.xlsx"));
        }
        assertEquals(List.of("appendices.xlsx"), names(), "the half-written file is not put in place");
    }

    @Test
    void aRefusedStreamedNameFailsTheCommit() throws Exception {
        try (OutputFiles.Staging staging = OutputFiles.open(dir)) {
            staging.add(List.of(new Output("appendices.html", new byte[] {1})));
            IOException refused = assertThrows(IOException.class, () -> staging.create("../appendices.pdf"));
            assertEquals("refusing to write outside the output folder: ../appendices.pdf", refused.getMessage());
            assertThrows(IOException.class, () -> staging.create("appendices.docx"), "nothing more is made");
            IOException e = assertThrows(IOException.class, () -> staging.commitNamed(List.of("appendices.html")));
            assertEquals(refused.getMessage(), e.getMessage());
        }
        assertTrue(names().isEmpty(), names().toString());
    }
}

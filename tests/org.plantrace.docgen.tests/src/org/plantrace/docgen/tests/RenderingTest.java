package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.DocumentWriter;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.OutputFiles;
import org.plantrace.docgen.Rendering;
import org.plantrace.docgen.SingleFileWriter;

/**
 * One format's failure costs no other: writers that really fail while rendering (a stack overflow deep in a
 * recursion, an I/O error from a stream closed under them) are named with why, and the other formats are written.
 */
class RenderingTest {

    @TempDir
    Path dir;

    /** The real DOCX writer's work, then a recursion that overflows the stack. */
    private static final class OverflowingWriter implements DocumentWriter {
        @Override
        public Format format() {
            return Format.DOCX;
        }

        @Override
        public List<Output> write(AppendixDocument document, String baseName) throws IOException {
            Format.DOCX.writer().write(document, baseName);
            return List.of(new Output(baseName + ".docx", new byte[depth(0)]));
        }

        private static int depth(int n) {
            return depth(n + 1) + 1;
        }
    }

    /** Writes its output through a stream that was closed under it (as a full disk or a closed pipe does). */
    private static final class ClosedStreamWriter implements DocumentWriter {
        @Override
        public Format format() {
            return Format.XLSX;
        }

        @Override
        public List<Output> write(AppendixDocument document, String baseName) throws IOException {
            Path tmp = Files.createTempFile("xlsx", ".tmp");
            try {
                OutputStream out = Files.newOutputStream(tmp);
                out.close();
                out.write(Format.XLSX.writer().write(document, baseName).get(0).bytes()); // ClosedChannelException
                return List.of();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailingFormatIsNamedAndTheOthersAreWritten() throws Exception {
        AppendixDocument doc = Samples.build(Samples.sample());
        for (int threads : new int[] { 1, 4 }) {
            List<Format> started = new ArrayList<>();
            Rendering.Result r = Rendering.each(doc, "appendices", List.of(Format.HTML.writer(), new OverflowingWriter(),
                    Format.PDF.writer(), new ClosedStreamWriter()), threads, f -> {
                        synchronized (started) {
                            started.add(f);
                        }
                    });
            assertEquals(List.of(Format.DOCX, Format.XLSX), List.copyOf(r.failed().keySet()), "threads " + threads);
            assertEquals("stack overflow (the model is nested too deeply)", r.failed().get(Format.DOCX));
            assertTrue(r.failed().get(Format.XLSX).startsWith("ClosedChannelException"), r.failed().get(Format.XLSX));
            assertFalse(r.complete());
            assertEquals(4, started.size());
            OutputFiles.write(dir, r.outputs());
            assertEquals(List.of("appendices.html", "appendices.pdf"), names());
            assertTrue(Files.readString(dir.resolve("appendices.html")).contains("Policing London Business Plan 2009-12"));
            assertTrue(Pdf.pages(Files.readAllBytes(dir.resolve("appendices.pdf"))).size() > 5);
        }
    }

    /** The files staged so far (not yet in place) in the output folder's staging folder. */
    private List<String> staged() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> folders = s.filter(p -> p.getFileName().toString().startsWith(".plantrace-output-")).toList();
            List<String> names = new ArrayList<>();
            for (Path f : folders) {
                try (Stream<Path> in = Files.list(f)) {
                    in.forEach(p -> names.add(p.getFileName().toString()));
                }
            }
            return names;
        }
    }

    @Test
    void aFormatIsOnDiskWhileTheNextRendersAndInPlaceOnlyOnCommit() throws Exception {
        AppendixDocument doc = Samples.build(Samples.sample());
        List<List<String>> seenByTheSecond = new ArrayList<>();
        DocumentWriter second = new DocumentWriter() {
            @Override
            public Format format() {
                return Format.CSV;
            }

            @Override
            public List<Output> write(AppendixDocument document, String baseName) throws IOException {
                // the first format's file is written in the background: wait for it (a minute at most)
                long until = System.nanoTime() + 60_000_000_000L;
                while (!staged().contains("appendices.html") && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                seenByTheSecond.add(staged());
                return List.of(new Output(baseName + "-B.csv", new byte[] { 'b' }));
            }
        };
        Rendering.Result r;
        try (OutputFiles.Staging staging = OutputFiles.open(dir)) {
            r = Rendering.each(doc, "appendices", List.of(Format.HTML.writer(), second), 1, f -> {
            }, staging::add);
            assertEquals(List.of(List.of("appendices.html")), seenByTheSecond);
            assertTrue(names().stream().allMatch(n -> n.startsWith(".plantrace-output-")), "nothing in place yet: " + names());
            assertEquals(List.of(dir.resolve("appendices.html"), dir.resolve("appendices-B.csv")), staging.commit(r.outputs()));
        }
        assertEquals(List.of("appendices-B.csv", "appendices.html"), names());
        assertTrue(Files.readString(dir.resolve("appendices.html")).contains("Policing London Business Plan 2009-12"));
    }

    /** A writer of {@code format} that writes one small file, after {@code before} has run. */
    private static DocumentWriter writer(Format format, Runnable before) {
        return new DocumentWriter() {
            @Override
            public Format format() {
                return format;
            }

            @Override
            public List<Output> write(AppendixDocument document, String baseName) {
                before.run();
                return List.of(new Output(baseName + "." + format.cliName(), new byte[] { 1 }));
            }
        };
    }

    @Test
    void csvAndTheLongestFormatsStartFirstAndTheFilesStayInTheOrderAsked() throws Exception {
        AppendixDocument doc = Samples.build(Samples.sample());
        // CSV (the most files, put on disk one at a time while the others render) and PDF each wait until both have
        // started: the others cannot start before one of them is done
        java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
        Runnable meet = () -> {
            both.countDown();
            try {
                both.await(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        List<Format> started = new ArrayList<>();
        Rendering.Result r = Rendering.each(doc, "a", List.of(writer(Format.CSV, meet), writer(Format.XLSX, () -> {
        }), writer(Format.HTML, () -> {
        }), writer(Format.PDF, meet), writer(Format.DOCX, () -> {
        })), 2, f -> {
            synchronized (started) {
                started.add(f);
            }
        });
        assertEquals(java.util.Set.of(Format.CSV, Format.PDF), java.util.Set.copyOf(started.subList(0, 2)), "" + started);
        assertEquals(List.of(Format.DOCX, Format.HTML, Format.XLSX), started.subList(2, 5), "then the longest first");
        assertEquals(List.of("a.csv", "a.xlsx", "a.html", "a.pdf", "a.docx"),
                r.outputs().stream().map(Output::fileName).toList());
        assertTrue(r.complete());
    }

    @Test
    void aStepThatThrowsStopsTheRenderingOnSeveralThreads() throws Exception {
        AppendixDocument doc = Samples.build(Samples.sample());
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        List<DocumentWriter> writers = List.of(writer(Format.PDF, written::incrementAndGet),
                writer(Format.HTML, written::incrementAndGet), writer(Format.CSV, written::incrementAndGet));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Rendering.staged(List.of(new Rendering.Job(doc, "a")), writers, 1, f -> {
                    throw new IllegalStateException("cancelled");
                }, files -> {
                }));
        assertEquals("cancelled", e.getMessage());
        assertEquals(0, written.get());
        // on several threads: the writer whose step threw is no failed format, the export stops
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Rendering.each(doc, "a", writers, 2, f -> {
                    if (f == Format.HTML) {
                        throw new IllegalStateException("cancelled at html");
                    }
                }));
        assertEquals("cancelled at html", e.getMessage());
    }

    @Test
    void stagedKeepsTheNamesOfEachDocumentInTheOrderAskedAndItsFailures() throws Exception {
        AppendixDocument doc = Samples.build(Samples.sample());
        List<String> handedOn = new ArrayList<>();
        List<Rendering.Staged> staged = Rendering.staged(
                List.of(new Rendering.Job(doc, "a"), new Rendering.Job(doc, "a-review")),
                List.of(writer(Format.CSV, () -> {
                }), new OverflowingWriter(), writer(Format.PDF, () -> {
                })), 2, f -> {
                }, files -> {
                    synchronized (handedOn) {
                        files.forEach(o -> handedOn.add(o.fileName()));
                    }
                });
        assertEquals(2, staged.size());
        assertEquals(List.of("a.csv", "a.pdf"), staged.get(0).files());
        assertEquals(List.of("a-review.csv", "a-review.pdf"), staged.get(1).files());
        assertEquals(List.of(Format.DOCX), List.copyOf(staged.get(1).failed().keySet()));
        assertEquals(java.util.Set.of("a.csv", "a.pdf", "a-review.csv", "a-review.pdf"), java.util.Set.copyOf(handedOn));
    }

    /** A writer that writes its file as it goes and fails halfway (its document cut short). */
    private static final class HalfWayWriter extends SingleFileWriter {
        @Override
        public Format format() {
            return Format.PDF;
        }

        @Override
        protected void write(AppendixDocument document, OutputStream out) throws IOException {
            out.write("%PDF-1.7 and the first pages".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            throw new IllegalStateException("the writer failed halfway");
        }
    }

    @Test
    void writersThatStreamWriteIntoTheSetAndOneFailingHalfwayLeavesNoFile() throws Exception {
        AppendixDocument doc = Samples.build(Samples.sample());
        Path before = Files.writeString(dir.resolve("a.pdf"), "the previous PDF");
        for (int threads : new int[] {1, 3}) {
            List<String> handedOn = new ArrayList<>();
            try (OutputFiles.Staging staging = OutputFiles.open(dir)) {
                List<Rendering.Staged> staged = Rendering.staged(List.of(new Rendering.Job(doc, "a")),
                        List.of(Format.HTML.writer(), new HalfWayWriter(), Format.CSV.writer()), threads, f -> {
                        }, files -> {
                            synchronized (handedOn) {
                                files.forEach(o -> handedOn.add(o.fileName()));
                            }
                            staging.add(files);
                        }, staging);
                assertEquals(List.of(Format.PDF), List.copyOf(staged.get(0).failed().keySet()));
                assertEquals("IllegalStateException: the writer failed halfway", staged.get(0).failed().get(Format.PDF));
                List<String> files = staged.get(0).files();
                assertEquals("a.html", files.get(0), "the streamed file, named in the order asked");
                assertTrue(files.size() > 5 && files.subList(1, files.size()).stream().allMatch(n -> n.endsWith(".csv")),
                        files.toString());
                assertFalse(handedOn.contains("a.html"), "the HTML went to its file, not through the outputs");
                assertEquals(java.util.Set.copyOf(files.subList(1, files.size())), java.util.Set.copyOf(handedOn),
                        "the CSV files went through the outputs");
                staging.commitNamed(files);
            }
            assertEquals("the previous PDF", Files.readString(before), "threads " + threads);
            assertTrue(Files.readString(dir.resolve("a.html")).contains("Policing London Business Plan 2009-12"));
            assertTrue(Files.readString(dir.resolve("a.html")).endsWith("</html>\n"), "the whole HTML");
            assertTrue(names().stream().noneMatch(n -> n.startsWith(".plantrace-output-")), names().toString());
        }
    }
}

package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.Args;
import org.plantrace.cli.Command;
import org.plantrace.cli.Main;

/** Exit codes, the resource policy on the command line, and appendix outputs as a set. */
class HardeningCliTest {

    @TempDir
    Path dir;

    /** A command that fails the way a bug or an exhausted machine would. */
    record Failing(Runnable failure) implements Command {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public String summary() {
            return "fails";
        }

        @Override
        public String help() {
            return "Usage: failing\n";
        }

        @Override
        public Set<String> options() {
            return Set.of();
        }

        @Override
        public int run(Args args, List<String> positionals, PrintStream out, PrintStream err) {
            failure.run();
            return OK;
        }
    }

    static CliTest.Result run(Command c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(c, List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTest.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertInternalError(CliTest.Result r, String what) {
        assertEquals(3, r.code(), r.err());
        assertEquals("", r.out(), "never a report of no findings");
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("plantrace failing: internal error: ") && r.err().contains(what), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Impl@"), r.err());
    }

    static int depth(int n) {
        return depth(n + 1) + 1;
    }

    @Test
    void anythingEscapingACommandIsAnInternalErrorExitThree() {
        assertInternalError(run(new Failing(() -> {
            throw new IllegalStateException("broken\nacross lines at org.plantrace.model.impl.PlanImpl@7995092a");
        })), "IllegalStateException: broken across lines at <element>");
        assertInternalError(run(new Failing(() -> depth(0))), "stack overflow");
        assertInternalError(run(new Failing(() -> {
            long[][] hog = new long[1][];
            hog[0] = new long[Integer.MAX_VALUE - 2];
        })), "out of memory");
    }

    @Test
    void helpStatesTheExitCodes() {
        assertTrue(CliTest.run("--help").out().contains(
                "Exit codes: 0 no errors, 1 the model has errors, 2 unusable input or arguments, 3 internal error."));
        assertTrue(CliTest.run("validate", "--help").out().contains("--allow-dir DIRS"));
    }

    /** The sample's plan folder and its sibling frameworks folder, copied where no project marks a tree. */
    private Path copySample() throws IOException {
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            if (!Files.isDirectory(CliTest.examples().resolve(folder))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(CliTest.examples().resolve(folder))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = dir.resolve(CliTest.examples().relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
        }
        return dir.resolve("policing-london-2009-12/plan.plan");
    }

    @Test
    void referencesOutOfThePlansTreeNeedAllowDir() throws Exception {
        Path plan = copySample();
        CliTest.Result refused = CliTest.run("validate", plan.toString());
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("plan.plan:5: plan 'plan-2009-12', frameworks: reference '"), refused.err());
        assertTrue(refused.err().contains("frameworks/psa-2008-11.framework#psa-2008-11' refused: "), refused.err());
        assertTrue(refused.err().contains("--allow-dir " + dir.resolve("frameworks").toRealPath()), refused.err());

        String both = dir.resolve("frameworks") + java.io.File.pathSeparator + dir.resolve("frameworks-2011");
        CliTest.Result allowed = CliTest.run("validate", plan.toString(), "--allow-dir", both);
        CliTest.Result original = CliTest.run("validate", CliTest.sample());
        assertEquals(original.code(), allowed.code(), allowed.err());
        assertEquals(original.out().lines().count(), allowed.out().lines().count());

        CliTest.Result notAFolder = CliTest.run("validate", plan.toString(), "--allow-dir", dir.resolve("nowhere").toString());
        assertEquals(2, notAFolder.code());
        assertTrue(notAFolder.err().contains("--allow-dir " + dir.resolve("nowhere") + " is not a folder"), notAFolder.err());
    }

    @Test
    void aNetworkReferenceIsRefusedOnTheCommandLineWithoutAConnection() throws Exception {
        try (var server = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1);
            Path plan = copySample();
            String href = "http://127.0.0.1:" + server.getLocalPort() + "/psa.framework#psa-2008-11";
            Files.writeString(plan, Files.readString(plan).replace("../frameworks/psa-2008-11.framework#psa-2008-11", href));
            CliTest.Result r = CliTest.run("validate", plan.toString(), "--allow-dir", dir.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("plan.plan:5: ") && r.err().contains(href) && r.err().contains("not a local file"),
                    r.err());
            try (var s = server.accept()) {
                throw new AssertionError("the command line connected to " + href);
            } catch (java.net.SocketTimeoutException expected) {
                // no connection was made
            }
        }
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void controlCharactersInATitleCostNoDocument() throws Exception {
        Path plan = copySample();
        String xml = Files.readString(plan).replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
                .replace("title=\"Policing London Business Plan 2009-12\"", "title=\"Policing&#x1; London&#x1F; Business Plan 2009-12\"");
        Files.writeString(plan, xml);
        Path out = dir.resolve("out");
        CliTest.Result r = CliTest.run("appendix", plan.toString(), "--out", out.toString(), "--quiet", "--allow-dir",
                dir.toString());
        assertEquals(1, r.code(), r.err()); // the sample has errors: written, marked DRAFT
        assertFalse(r.err().contains("failed"), r.err());
        List<String> written = names(out);
        assertTrue(written.containsAll(List.of("appendices.docx", "appendices.xlsx", "appendices.html", "appendices.pdf")),
                written.toString());
        for (String office : List.of("appendices.docx", "appendices.xlsx")) {
            try (ZipFile z = new ZipFile(out.resolve(office).toFile())) {
                String core = new String(z.getInputStream(z.getEntry("docProps/core.xml")).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(core.contains("Policing London Business Plan 2009-12"), core);
            }
        }
    }

    @Test
    void appendixOutputsAreWrittenAsASet() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("appendices.html"), "last year's");
        Files.writeString(out.resolve("appendices.docx"), "last year's");
        Files.createDirectories(out.resolve("appendices.pdf")); // in the way of one output
        CliTest.Result r = CliTest.run("appendix", CliTest.sample(), "--out", out.toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("appendices.pdf") && r.err().contains("nothing was written"), r.err());
        assertEquals("", r.out(), "no file reported written");
        assertEquals(List.of("appendices.docx", "appendices.html", "appendices.pdf"), names(out),
                "the old documents stay, no new one, no temporary folder");
        assertEquals("last year's", Files.readString(out.resolve("appendices.html")));

        Files.delete(out.resolve("appendices.pdf"));
        CliTest.Result ok = CliTest.run("appendix", CliTest.sample(), "--out", out.toString(), "--quiet");
        assertEquals(1, ok.code(), ok.err());
        assertFalse(Files.readString(out.resolve("appendices.html")).equals("last year's"));
        assertTrue(names(out).stream().noneMatch(n -> n.startsWith(".")), names(out).toString());
    }
}

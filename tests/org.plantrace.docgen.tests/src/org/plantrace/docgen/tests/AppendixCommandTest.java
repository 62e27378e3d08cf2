package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.Main;

/** {@code plantrace appendix}: files written and listed, exit codes as for validate, clear refusals. */
class AppendixCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<Path> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theSampleIsWrittenAsADraftWithExitCode1() throws Exception {
        Path out = dir.resolve("out");
        Result r = run("appendix", Samples.samplePlan().toString(), "--out", out.toString(), "--format", "html,csv");
        assertEquals(1, r.code(), r.err());
        List<Path> listed = r.lines().stream().map(l -> Path.of(l.substring("wrote ".length()))).sorted().toList();
        assertEquals(files(out), listed, "every file written is listed, nothing else is written");
        assertTrue(listed.contains(out.resolve("appendices.html")));
        for (String table : List.of("B", "C", "D", "E", "F", "G", "H", "I", "findings")) {
            assertTrue(listed.contains(out.resolve("appendices-" + table + ".csv")), table);
        }
        assertTrue(r.err().contains("DRAFT"), r.err());
        assertTrue(r.err().contains("validating"), "progress lines on stderr: " + r.err());
        String html = Files.readString(out.resolve("appendices.html"));
        assertTrue(html.contains("class=\"draft-banner\""));

        // a second run replaces the files in place
        Files.writeString(out.resolve("appendices.html"), "stale");
        Result again = run("appendix", Samples.samplePlan().toString(), "--out", out.toString(), "--format", "html",
                "--only", "B,summary", "--quiet");
        assertEquals(1, again.code());
        assertEquals("", again.err().lines().filter(l -> l.contains("[")).collect(Collectors.joining()), "--quiet");
        String replaced = Files.readString(out.resolve("appendices.html"));
        assertTrue(replaced.contains("data-key=\"B\"") && !replaced.contains("data-key=\"D\""));
    }

    @Test
    void frameworksThePlanDoesNotListCanBeAdded() throws Exception {
        Path plan = new CleanModel(Files.createDirectories(dir.resolve("model"))).save();
        Path out = dir.resolve("out");
        Result without = run("appendix", plan.toString(), "--out", out.toString(), "--only", "G");
        assertEquals(2, without.code(), "nothing to print for G");
        assertTrue(without.err().contains("Appendix G") && without.err().contains("--framework"), without.err());
        assertFalse(Files.exists(out));
        String frameworks = Samples.localFrameworks().stream().map(Path::toString).collect(Collectors.joining(","));
        Result with = run("appendix", plan.toString(), "--out", out.toString(), "--only", "G,H", "--format", "csv",
                "--framework", frameworks);
        assertEquals(0, with.code(), with.err());
        assertEquals(List.of(out.resolve("appendices-G.csv"), out.resolve("appendices-H.csv")), files(out));
    }

    @Test
    void aCleanModelGivesExitCode0AndNoDraft() throws Exception {
        Path plan = new CleanModel(Files.createDirectories(dir.resolve("model"))).save();
        Path out = dir.resolve("out");
        Result r = run("appendix", plan.toString(), "--out", out.toString(), "--format", "docx,pdf,xlsx", "--name", "clean");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(out.resolve("clean.docx"), out.resolve("clean.pdf"), out.resolve("clean.xlsx")), files(out));
        assertFalse(r.err().contains("DRAFT"));
    }

    @Test
    void unusableArgumentsExitWith2AndWriteNothing() throws Exception {
        Path out = dir.resolve("out");
        String plan = Samples.samplePlan().toString();
        List<Result> bad = List.of(
                run("appendix", plan),
                run("appendix", plan, "--out", out.toString(), "--only", "Z"),
                run("appendix", plan, "--out", out.toString(), "--format", "odt"),
                run("appendix", plan, "--out", out.toString(), "--name", "../x"),
                run("appendix", dir.resolve("missing.plan").toString(), "--out", out.toString()),
                run("appendix", plan, "--out", out.toString(), "--framework", dir.resolve("none.framework").toString()));
        for (Result r : bad) {
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("plantrace appendix: "), r.err());
        }
        assertFalse(Files.exists(out));
        Path file = Files.writeString(dir.resolve("afile"), "x");
        assertEquals(2, run("appendix", plan, "--out", file.toString()).code());
    }

    @Test
    void helpDescribesTheCommand() {
        Result r = run("appendix", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: plantrace appendix"), r.out());
        assertTrue(run("--help").out().contains("appendix"));
    }
}

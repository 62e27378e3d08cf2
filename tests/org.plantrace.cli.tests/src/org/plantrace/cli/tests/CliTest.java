package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.plantrace.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.Main;

class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return Arrays.asList(out.split("\n"));
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path examples() {
        return Examples.dir();
    }

    static String sample() {
        return examples().resolve("policing-london-2009-12/plan.plan").toString();
    }

    @Test
    void compareListsWhatChangedBetweenTwoVersionsOfAPlan() throws Exception {
        Result same = run("compare", sample(), sample());
        assertEquals(0, same.code(), same.err());
        assertEquals("no changes", same.out().strip());

        // a copy of the sample and its frameworks, with objective 3 retitled and saved as the strategy team would
        // (kept in a project folder, as the workbench makes one: references stay inside the project's tree)
        Files.writeString(dir.resolve(".project"), "<projectDescription/>");
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            try (var files = Files.walk(examples().resolve(folder))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = dir.resolve(examples().relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
        }
        Path next = dir.resolve("policing-london-2009-12/plan.plan");
        org.plantrace.model.Plan plan = org.plantrace.model.io.ModelStore.loadPlan(next);
        ((org.plantrace.model.CorporateObjective) plan.eResource().getEObject("obj-violence"))
                .setTitle("Cut serious violence and protect young Londoners");
        org.plantrace.model.io.ModelStore.save(plan.eResource());

        Result r = run("compare", sample(), next.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.lines().size(), r.out());
        assertTrue(r.lines().get(0).startsWith("RETITLED   Plan / Objective 3 [obj-violence]: "), r.out());
        assertTrue(r.lines().get(0).endsWith("-> \"Cut serious violence and protect young Londoners\""), r.out());
        assertEquals("1 change(s): 1 retitled", r.lines().get(1));

        Result json = run("compare", sample(), next.toString(), "--format", "json");
        assertTrue(json.out().contains("\"kind\":\"retitled\"") || json.out().contains("\"kind\": \"retitled\""), json.out());

        Result missing = run("compare", sample(), dir.resolve("nowhere.plan").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nowhere.plan"), missing.err());
        assertEquals(2, run("compare", sample()).code(), "two plans are needed");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("validate", "coverage", "links", "compare")) {
            Result r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("Usage: plantrace " + c), r.out());
        }
        Result overview = run("--help");
        assertEquals(0, overview.code());
        assertTrue(overview.out().contains("validate") && overview.out().contains("coverage")
                && overview.out().contains("links"), overview.out());
    }

    @Test
    void validateTheSampleReportsItsErrorsAndExitsOne() {
        Result r = run("validate", sample());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("ERROR   Plan / Objective 6 / ")
                && l.contains("KA8, KA9")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("WARNING Plan / Objective 6 [obj-events]: ")
                && l.contains("no National Indicator")), r.out());
        String summary = r.lines().get(r.lines().size() - 1);
        assertTrue(summary.matches(".*plan\\.plan: [1-9]\\d* error\\(s\\), \\d+ warning\\(s\\), \\d+ info\\(s\\).*"), summary);
    }

    @Test
    void validateJsonCarriesSeverityRuleIdAndPath() {
        Result r = run("validate", sample(), "--format", "json", "--severity", "error");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("\"rule\": \"missing-key-activity\""), r.out());
        assertTrue(r.out().contains("\"severity\": \"error\""), r.out());
        assertFalse(r.out().contains("\"severity\": \"warning\""), "filtered by --severity");
    }

    @Test
    void aCleanPlanExitsZero() throws Exception {
        Path fw = dir.resolve("spp.framework");
        Files.writeString(fw, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:plantrace="http://plantrace.org/model/1.0" id="spp" kind="spp" code="SPP">
                  <items id="spp-1" code="SPP 1" title="Increase public confidence"/>
                </plantrace:Framework>
                """);
        Path nis = dir.resolve("nis.framework");
        Files.writeString(nis, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:plantrace="http://plantrace.org/model/1.0" id="nis" kind="ni" code="NI">
                  <items id="ni-21" code="NI 21" title="Dealing with local concerns"/>
                </plantrace:Framework>
                """);
        Path plan = dir.resolve("ok.plan");
        Files.writeString(plan, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:plantrace="http://plantrace.org/model/1.0" id="p" title="P" \
                frameworks="spp.framework#spp nis.framework#nis">
                  <objectives id="o1" title="Confidence">
                    <alignments id="a1" target="plantrace:PriorityItem spp.framework#spp-1"/>
                    <alignments id="a2" target="plantrace:PriorityItem nis.framework#ni-21"/>
                  </objectives>
                </plantrace:Plan>
                """);
        Result r = run("validate", plan.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("0 error(s), 0 warning(s), 0 info(s)"), r.out());
    }

    @Test
    void unusableInputExitsTwoWithOneClearMessageAndNoStackTrace() throws Exception {
        Path truncated = dir.resolve("cut.plan");
        String full = Files.readString(Path.of(sample()));
        Files.writeString(truncated, full.substring(0, 2000));
        byte[] before = Files.readAllBytes(truncated);
        Path notXml = dir.resolve("notes.plan");
        Files.writeString(notXml, "objectives: 7\n");
        for (String[] args : List.of(new String[] { "validate", dir.resolve("missing.plan").toString() },
                new String[] { "validate", truncated.toString() }, new String[] { "coverage", notXml.toString() },
                new String[] { "links", truncated.toString(), "--scheme", "psa" })) {
            Result r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals("", r.out());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(args[1]), "names the file: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        assertTrue(run("validate", truncated.toString()).err().matches("(?s).*cut\\.plan:\\d+:\\d+: .*"),
                "names the line");
        assertArrayEquals(before, Files.readAllBytes(truncated), "input untouched");
    }

    @Test
    void wrongArgumentsExitTwo() {
        assertEquals(2, run("validate").code());
        assertEquals(2, run("validate", sample(), "--format", "xml").code());
        assertEquals(2, run("links", sample()).code());
        assertEquals(2, run("links", sample(), "--scheme", "nope").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void linksListsEachPsaLinkWithPrintedIds() {
        Result r = run("links", sample(), "--scheme", "psa");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("source_id,source_type,source_number,source_title,objective_id,target_id,target_title,"
                + "target_element_id,scheme,published_in,key_activities,lead_agents", lines.get(0).strip());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("obj-access,objective,1,") && l.contains(",PSA 24 PA1,")),
                r.out());
        assertTrue(lines.stream().allMatch(l -> l.equals(lines.get(0)) || l.contains(",psa,")), "only PSA rows");
    }

    @Test
    void linksJsonForSpp() {
        Result r = run("links", sample(), "--scheme", "spp", "--format", "json");
        assertEquals(0, r.code());
        assertEquals(4, r.out().split("\"target_id\": \"SPP ").length - 1, r.out());
        assertTrue(r.out().contains("\"target_id\": \"SPP 1\""), r.out());
    }

    @Test
    void coverageShowsForwardAndBackward() {
        Result r = run("coverage", sample());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6. Plan for"), r.out());
        assertTrue(r.out().matches("(?s).*\\n   PSA 24 PA1 +1\\n.*"), "backward: PSA 24 PA1 covered by objective 1");
        assertTrue(r.out().contains("-- covered by no objective"), "uncovered items listed");
        Result j = run("coverage", sample(), "--format", "json");
        assertEquals(0, j.code());
        assertTrue(j.out().contains("\"forward\"") && j.out().contains("\"backward\"") && j.out().contains("\"uncovered\""));
    }
}

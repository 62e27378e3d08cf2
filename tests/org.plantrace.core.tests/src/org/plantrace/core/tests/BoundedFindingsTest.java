package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/** Findings stay proportional to the model: a repeated link is one finding per group, not one per pair. */
class BoundedFindingsTest {

    static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plantrace=\""
            + org.plantrace.model.PlantracePackage.eNS_URI + "\"";

    @TempDir
    Path dir;

    private Plan plan(int alignments, boolean sameTarget) throws Exception {
        return plan(alignments, sameTarget, "");
    }

    private Plan plan(int alignments, boolean sameTarget, String more) throws Exception {
        Files.writeString(dir.resolve("nis.framework"), "<?xml version=\"1.0\"?>\n<plantrace:Framework " + NS
                + " id=\"nis\" name=\"NIS\" kind=\"ni\">\n  <items id=\"ni-1\" name=\"First\" code=\"NI 1\"/>\n"
                + "  <items id=\"ni-2\" name=\"Second\" code=\"NI 2\"/>\n</plantrace:Framework>\n");
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<plantrace:Plan " + NS
                + " id=\"plan\" name=\"Plan\" frameworks=\"nis.framework#nis\">\n  <objectives id=\"obj\" title=\"O\">\n");
        for (int i = 0; i < alignments; i++) {
            b.append("    <alignments id=\"al-").append(i).append("\" target=\"plantrace:PriorityItem nis.framework#")
                    .append(sameTarget ? "ni-1" : "missing-" + i).append("\"/>\n");
        }
        b.append("    <alignments id=\"al-ni2\" target=\"plantrace:PriorityItem nis.framework#ni-2\"/>\n").append(more);
        b.append("  </objectives>\n</plantrace:Plan>\n");
        Path p = dir.resolve("plan.plan");
        Files.writeString(p, b);
        return ModelStore.loadPlan(p);
    }

    private static List<Finding> findings(Plan plan, String rule) {
        return Validation.validate(plan, TraceIndex.of(plan)).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void twoThousandDuplicateAlignmentsAreOneFinding() throws Exception {
        List<Finding> dup = findings(plan(2_000, true), "duplicate-alignment");
        assertEquals(1, dup.size(), "one finding for the group, not 1,999,000 pairs");
        assertEquals("al-1", dup.get(0).elementId());
        assertTrue(dup.get(0).message().contains("already made by al-0 (1999 repeats in all: al-1, al-2, al-3, al-4, al-5, ...)"),
                dup.get(0).message());
    }

    @Test
    void manyUnresolvedReferencesAreListedUpToAHundredPerFileAndSummedUpInOneFinding() throws Exception {
        StringBuilder gone = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            gone.append("    <alignments id=\"gone-").append(i).append("\" target=\"plantrace:PriorityItem gone.framework#g-")
                    .append(i).append("\"/>\n");
        }
        List<Finding> unresolved = findings(plan(64_000, false, gone.toString()), "unresolved-reference");
        assertEquals(100 + 1 + 3, unresolved.size(), "100 listed + 1 sum for nis.framework, 3 listed for gone.framework");
        for (int i = 0; i < 100; i++) {
            assertEquals("al-" + i, unresolved.get(i).elementId());
            assertTrue(unresolved.get(i).message().endsWith("has no element with id 'missing-" + i + "'"),
                    unresolved.get(i).message());
        }
        for (int i = 0; i < 3; i++) {
            assertEquals("gone-" + i, unresolved.get(100 + i).elementId());
            assertTrue(unresolved.get(100 + i).message().contains("refers to 'g-" + i + "' in gone.framework, but that file"
                    + " cannot be found"), unresolved.get(100 + i).message());
        }
        Finding sum = unresolved.get(103);
        assertEquals("plan", sum.elementId(), "the summary is on the referring file's plan");
        assertTrue(sum.message().endsWith("has 63,900 more unresolved references to nis.framework than the 100 listed one by"
                + " one (64,000 in all), e.g. to 'missing-100', 'missing-101', 'missing-102', 'missing-103', 'missing-104', ..."),
                sum.message());
    }

    @Test
    void aHundredUnresolvedReferencesAreAllListed() throws Exception {
        List<Finding> unresolved = findings(plan(100, false), "unresolved-reference");
        assertEquals(100, unresolved.size());
        assertTrue(unresolved.get(99).message().endsWith("has no element with id 'missing-99'"), unresolved.get(99).message());
    }
}

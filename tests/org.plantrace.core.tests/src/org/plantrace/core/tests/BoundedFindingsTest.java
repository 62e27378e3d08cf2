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
        Files.writeString(dir.resolve("nis.framework"), "<?xml version=\"1.0\"?>\n<plantrace:Framework " + NS
                + " id=\"nis\" name=\"NIS\" kind=\"ni\">\n  <items id=\"ni-1\" name=\"First\" code=\"NI 1\"/>\n"
                + "  <items id=\"ni-2\" name=\"Second\" code=\"NI 2\"/>\n</plantrace:Framework>\n");
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<plantrace:Plan " + NS
                + " id=\"plan\" name=\"Plan\" frameworks=\"nis.framework#nis\">\n  <objectives id=\"obj\" title=\"O\">\n");
        for (int i = 0; i < alignments; i++) {
            b.append("    <alignments id=\"al-").append(i).append("\" target=\"plantrace:PriorityItem nis.framework#")
                    .append(sameTarget ? "ni-1" : "missing-" + i).append("\"/>\n");
        }
        b.append("    <alignments id=\"al-ni2\" target=\"plantrace:PriorityItem nis.framework#ni-2\"/>\n");
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
    void everyUnresolvedReferenceIsReportedOnce() throws Exception {
        List<Finding> unresolved = findings(plan(64_000, false), "unresolved-reference");
        assertEquals(64_000, unresolved.size());
        assertTrue(unresolved.get(63_999).message().contains("has no element with id 'missing-63999'"),
                unresolved.get(63_999).message());
    }
}

package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Validation;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Section;
import org.plantrace.model.Plan;

/**
 * Appendices built while validation still runs ({@link AppendixBuilder#findings(java.util.function.Supplier)}, as
 * {@code AppendixExport.prepare} does with {@link Validation#validateAside}): the same documents as from findings
 * known beforehand, the findings asked for once.
 */
class FindingsLaterTest {

    @Test
    void theSameDocumentsAsFromFindingsKnownBefore() throws Exception {
        Plan plan = Samples.sample();
        TraceIndex index = TraceIndex.of(plan);
        List<Finding> findings = Validation.validate(plan, index);
        assertTrue(findings.stream().anyMatch(Finding::isError), "precondition: the sample is a draft");
        for (boolean publication : new boolean[] { false, true }) {
            AppendixBuilder.Result before = new AppendixBuilder(plan).index(index).findings(findings)
                    .publication(publication).generated(Samples.WHEN).build();
            AtomicInteger asked = new AtomicInteger();
            Plan again = Samples.sample();
            TraceIndex againIndex = TraceIndex.of(again);
            var validating = Validation.validateAside(again, againIndex);
            AppendixBuilder.Result later = new AppendixBuilder(again).index(againIndex).findings(() -> {
                asked.incrementAndGet();
                return validating.get();
            }).publication(publication).generated(Samples.WHEN).build();
            assertEquals(1, asked.get(), "the findings are asked for once");
            assertEquals(before.skipped(), later.skipped());
            assertSameCsv(before.document(), later.document());
            if (publication) {
                assertSameCsv(before.review(), later.review());
            }
        }
    }

    private static void assertSameCsv(AppendixDocument expected, AppendixDocument actual) throws Exception {
        assertEquals(expected.sections().stream().map(Section::key).toList(),
                actual.sections().stream().map(Section::key).toList(), "the same sections in the same order");
        Map<String, byte[]> a = Samples.write(expected, Format.CSV);
        Map<String, byte[]> b = Samples.write(actual, Format.CSV);
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
    }
}

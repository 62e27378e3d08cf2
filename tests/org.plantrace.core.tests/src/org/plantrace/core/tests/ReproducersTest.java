package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * The minimal reproducers of issue 16 (files in {@code reproducers/}), each of which used to end in an exception
 * (ArrayStoreException in TraceIndex, ClassCastException in AlignmentImpl.getTarget, NullPointerException,
 * NumberFormatException swallowed with the finding). Each is now a load error naming file, line and element, or a
 * validation finding.
 */
class ReproducersTest {

    static Path dir(String name) {
        return Fixture.examples().getParent().resolve("tests/org.plantrace.core.tests/reproducers").resolve(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plan-as-framework            | plan.plan     | 3 | plan 'plan', frameworks: 'plan' is a plan but frameworks needs a framework",
            "framework-root-is-item       | plan.plan     | 3 | plan 'plan', frameworks: 'nis' is a priority item but frameworks needs a framework",
            "item-takes-framework-id      | plan.plan     | 3 | plan 'plan', frameworks: 'nis' is a priority item but frameworks needs a framework",
            "corresponds-to-objective     | nis.framework | 4 | priority item 'ni-1', correspondsTo: 'obj-1' is a corporate objective but correspondsTo needs a priority item",
            "key-activities-point-at-plan | plan.plan     | 8 | alignment 'al-1', keyActivities: 'plan' is a plan but keyActivities needs a key activity",
            "alignment-target-is-plan     | plan.plan     | 8 | alignment 'al-1', target: 'plan' is a plan but target needs an alignment target",
            "key-activity-inside-alignment| plan.plan     | 8 | alignment 'al-1', keyActivities: <keyActivities> holds a key activity written inside alignment 'al-1'; refer to it by id",
    })
    void wrongTypedReferencesAreLoadErrorsNamingFileLineAndElement(String name, String file, int line, String reason) {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.loadPlan(dir(name).resolve("plan.plan")));
        assertEquals(file, e.getFile().getFileName().toString(), e.getMessage());
        assertEquals(line, e.getLine(), e.getMessage());
        assertTrue(e.getReason().startsWith(reason), e.getReason());
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("Impl@"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "citation-range-overflow  | KA1-99999999999",
            "citation-number-overflow | KA2147483648",
    })
    void outOfRangeCitationsAreFindings(String name, String cited) throws Exception {
        Plan plan = ModelStore.loadPlan(dir(name).resolve("plan.plan"));
        List<Finding> findings = Validation.validate(plan, TraceIndex.of(plan));
        Finding f = findings.stream().filter(x -> x.rule().equals("missing-key-activity")).findFirst()
                .orElseThrow(() -> new AssertionError("no missing-key-activity finding in " + findings));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("al-1", f.elementId());
        assertTrue(f.message().contains("cites " + cited + " "), f.message());
        assertTrue(f.message().contains("has 2 key activities"), f.message());
    }
}

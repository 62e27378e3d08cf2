package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.plans.NewModels;
import org.plantrace.core.plans.Years;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlanStatus;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;
import org.plantrace.tests.support.Examples;

/** The contents of new model files (what the New wizards write), headless. */
class NewModelsTest {

    @Test
    void rollingForwardAPlanKeepsItsObjectivesLinksAndIdsAndMovesTheYearsOn(@TempDir Path tmp) throws Exception {
        Examples.copyInto(tmp, Examples.SAMPLE, "frameworks", "frameworks-2011");
        Path previous = tmp.resolve(Examples.SAMPLE + "/plan.plan");
        Path next = previous.getParent().resolve("plan-2010-13.plan");
        byte[] bytes = NewModels.rollForward(previous, next,
                new NewModels.PlanDetails("Policing London Business Plan 2010-13", "Policing London 2010-13", "MPA/MPS",
                        "2010/11", "2012/13"));
        Files.write(next, bytes);
        Plan old = ModelStore.loadPlan(previous);
        Plan plan = ModelStore.loadPlan(next);
        assertEquals("Policing London Business Plan 2010-13", plan.getTitle());
        assertEquals("2010/11", plan.getPeriodStart());
        assertEquals(List.of("2010/11", "2009/10"), plan.getYears());
        assertEquals(old.getObjectives().size(), plan.getObjectives().size());
        assertEquals(old.getObjectives().get(2).getId(), plan.getObjectives().get(2).getId(), "ids are kept");
        assertEquals(old.getObjectives().get(2).getAlignments().size(), plan.getObjectives().get(2).getAlignments().size());
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
        Measure m = firstMeasureWithTargets(plan);
        Target t = m.getTargets().get(0);
        assertTrue(t.getNote().startsWith("Carried forward from "), t.getNote());
        assertTrue(t.getNote().endsWith("review for " + t.getYear() + "."), t.getNote());
        List<Finding> findings = Validation.validate(plan);
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("unresolved-reference")),
                "the framework references resolve from the new file: " + findings);
    }

    @Test
    void yearsMoveOnInTheNotationThePlanUses() {
        assertEquals("2011/12", Years.shift("2010/11", 1));
        assertEquals("2010-2011", Years.shift("2009-2010", 1));
        assertEquals("2000/01", Years.shift("1999/00", 1));
        assertEquals("2011/12", Years.end("2009/10", 3));
        assertEquals("next year", Years.shift("next year", 1), "an unknown notation is left as it is");
        assertEquals(List.of("2009/10", "2010/11", "2011/12"), Years.between("2009/10", "2011/12"));
        assertEquals(List.of("2009-2010", "2010-2011"), Years.between("2009-2010", "2010-2011"));
        assertEquals(List.of("2011/12"), Years.between("2011/12", "2011/12"));
        assertEquals(List.of("2011/12", "2009/10"), Years.between("2011/12", "2009/10"), "backwards: just the ends");
        assertEquals(List.of("2009/10"), Years.between("2009/10", null));
        assertEquals(List.of("soon"), Years.between(null, "soon"), "an unknown start: just the end");
    }

    @Test
    void aNewFrameworkIsEmptyWithTheGivenFacts(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("psa.framework");
        Files.write(f, NewModels.newFramework(f,
                new NewModels.FrameworkDetails("PSA", " Public Service Agreements ", FrameworkKind.PSA, "2008-11", "", true)));
        Framework fw = ModelStore.loadRoot(ModelStore.newResourceSet(), f, Framework.class);
        assertEquals("psa-2008-11", fw.getId());
        assertEquals("Public Service Agreements", fw.getTitle());
        assertNull(fw.getPublisher(), "a blank field is left unset");
        assertTrue(fw.isNational());
    }

    private static Measure firstMeasureWithTargets(Plan plan) {
        for (var it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Measure m && !m.getTargets().isEmpty()) {
                return m;
            }
        }
        throw new AssertionError("the sample has measures with targets");
    }
}

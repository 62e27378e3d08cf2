package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.progress.PlanResults;
import org.plantrace.model.Plan;
import org.plantrace.model.ResultSet;
import org.plantrace.model.io.ModelStore;
import org.plantrace.tests.support.Examples;

/** How the results files of a plan's project are read: the plan they report on is read once per project tree. */
class PlanResultsTest {

    @Test
    void theResultsFilesOfOneProjectReadTheirPlanOnce(@TempDir Path tmp) throws Exception {
        Path project = Examples.copyInto(tmp.resolve("project"), Examples.SAMPLE, "frameworks");
        Path planFile = project.resolve(Examples.SAMPLE + "/plan.plan");
        Plan plan = ModelStore.loadPlan(planFile);

        List<ResultSet> sets = PlanResults.find(plan, planFile);

        assertEquals(2, sets.size(), "the sample's two results files");
        ResourceSet rs = sets.get(0).eResource().getResourceSet();
        assertTrue(rs == sets.get(1).eResource().getResourceSet(), "one resource set for the project's results files");
        assertEquals(1, plans(rs), "the plan the results report on is read once, not once per results file");
    }

    @Test
    void aNestedProjectsResultsAreReadApartUnderTheirOwnProjectsPolicy(@TempDir Path tmp) throws Exception {
        Path project = Examples.copyInto(tmp.resolve("project"), Examples.SAMPLE, "frameworks");
        // a project inside the project, with its own copy of the sample and its results
        Examples.copyInto(project.resolve("nested"), Examples.SAMPLE, "frameworks");
        Path planFile = project.resolve(Examples.SAMPLE + "/plan.plan");
        Plan plan = ModelStore.loadPlan(planFile);

        List<ResultSet> sets = PlanResults.find(plan, planFile);

        assertEquals(4, sets.size(), "both copies report on a plan of the sample's id");
        ResourceSet outer = setOf(sets, "project/" + Examples.SAMPLE);
        ResourceSet inner = setOf(sets, "nested/" + Examples.SAMPLE);
        assertTrue(outer != inner, "a nested project's results are not read into the outer project's set");
        assertEquals(1, plans(outer));
        assertEquals(1, plans(inner));
    }

    private static ResourceSet setOf(List<ResultSet> sets, String folder) {
        List<ResourceSet> found = sets.stream().filter(s -> s.eResource().getURI().toFileString().replace('\\', '/')
                .contains("/" + folder + "/")).map(s -> s.eResource().getResourceSet()).distinct().toList();
        assertEquals(1, found.size(), "resource sets of the results under " + folder);
        return found.get(0);
    }

    private static long plans(ResourceSet rs) {
        return rs.getResources().stream().map(Resource::getContents)
                .filter(c -> !c.isEmpty() && c.get(0) instanceof Plan).count();
    }
}

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

/**
 * How the results files of a plan's project are found and read: those written against this plan file, the plan they
 * report on read once per project tree.
 */
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
    void resultsWrittenAgainstACopyOfThePlanAreTheCopysNotThisPlans(@TempDir Path tmp) throws Exception {
        Path project = Examples.copyInto(tmp.resolve("project"), Examples.SAMPLE, "frameworks");
        // an archived copy of the plan in the same project, and one in a project inside it: same plan id, own results
        for (String folder : new String[] { Examples.SAMPLE, "frameworks" }) {
            Examples.copyTree(Examples.dir().resolve(folder), project.resolve("archive").resolve(folder));
        }
        Examples.copyInto(project.resolve("nested"), Examples.SAMPLE, "frameworks");
        Path planFile = project.resolve(Examples.SAMPLE + "/plan.plan");
        Plan plan = ModelStore.loadPlan(planFile);

        List<ResultSet> sets = PlanResults.find(plan, planFile);

        assertEquals(2, sets.size(), "the plan's own two results files, not the copies'");
        setOf(sets, "project/" + Examples.SAMPLE);
        // the copy's results are its own
        Path copy = project.resolve("archive/" + Examples.SAMPLE + "/plan.plan");
        List<ResultSet> copys = PlanResults.find(ModelStore.loadPlan(copy), copy);
        assertEquals(2, copys.size());
        setOf(copys, "archive/" + Examples.SAMPLE);
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

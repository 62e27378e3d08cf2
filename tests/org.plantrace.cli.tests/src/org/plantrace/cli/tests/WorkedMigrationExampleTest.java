package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.plantrace.tests.support.Examples;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.tests.CliTest.Result;
import org.plantrace.model.Alignment;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/**
 * The worked example shipped in {@code examples/migration-2009-to-2011}: the 2009-12 sample carried onto the Mayor's
 * named strategies and the MPA's 2011/12 KPIs with the decisions files kept there, as its carry.sh does.
 */
class WorkedMigrationExampleTest {

    @TempDir
    Path dir;

    @Test
    void theSampleIsCarriedOntoTheTwentyElevenFrameworksWithTheShippedDecisions() throws Exception {
        Path plan = copyOfTheSample();
        Path here = CliTest.examples().resolve("migration-2009-to-2011");

        Result mayor = CliTest.run("migrate", plan.toString(),
                "--from", dir.resolve("policing-london-2009-12/mayor-2009-10.framework").toString(),
                "--to", dir.resolve("frameworks-2011/mayor-strategies-2011.framework").toString(),
                "--decisions", here.resolve("mayor-decisions.txt").toString());
        assertEquals(0, mayor.code(), mayor.out() + mayor.err());
        assertTrue(mayor.out().contains("MOVED: 9 link(s)"), mayor.out());
        assertTrue(mayor.out().contains("NEEDS A DECISION: 0 link(s)"), mayor.out());
        assertTrue(mayor.out().contains("DECIDED: 23 link(s)"), mayor.out());

        Result nis = CliTest.run("migrate", plan.toString(),
                "--from", dir.resolve("frameworks/nis-2008.framework").toString(),
                "--to", dir.resolve("frameworks-2011/mpa-kpis-2011-12.framework").toString(),
                "--decisions", here.resolve("nis-decisions.txt").toString());
        assertEquals(0, nis.code(), nis.out() + nis.err());
        assertTrue(nis.out().contains("MOVED: 14 link(s)"), nis.out());
        assertTrue(nis.out().contains("DECIDED: 18 link(s)"), nis.out());

        Plan carried = ModelStore.loadPlan(plan);
        List<String> listed = carried.getFrameworks().stream().map(Framework::getId).toList();
        assertTrue(listed.containsAll(List.of("mayor-strategies-2011", "mpa-kpis-2011-12")), listed.toString());
        assertFalse(listed.contains("mayor-2009-10"), "every Mayor's priority link was moved or removed: " + listed);
        assertFalse(listed.contains("nis-2008"), listed.toString());
        // Community sports funding (Mayor 2009-10) was merged into Time for Action.
        assertEquals("mayor-time-for-action", target(carried, "obj-violence-f4"));
        // Violence against specific groups such as women: narrowed; the analyst chose the VAW strategy.
        assertEquals("mayor-vaw-the-way-forward", target(carried, "obj-violence-f5"));
        // NI 16 (serious acquisitive crime) broadened into the property crime KPI; NI 17 chosen to follow ASB incidents.
        assertEquals("mpa-kpi-property-crime", target(carried, "obj-neighbourhoods-d1"));
        assertEquals("mpa-kpi-asb-incidents", target(carried, "obj-neighbourhoods-d2"));
        assertNull(find(carried, "obj-access-f1"), "the Victims' Code link (withdrawn) was removed");
        assertNull(find(carried, "obj-terrorism-d1"), "NI 35 (withdrawn) was removed");

        Result validate = CliTest.run("validate", plan.toString());
        long errors = validate.out().lines().filter(l -> l.startsWith("ERROR")).count();
        assertEquals(1, errors, "the sample's one real error, nothing broken by the move: " + validate.out());
        assertFalse(validate.out().contains("unresolved"), validate.out());
    }

    @Test
    void aBadDecisionsFileIsRefusedNamingItsLineAndNothingIsSaved() throws Exception {
        Path plan = copyOfTheSample();
        byte[] before = Files.readAllBytes(plan);
        String from = dir.resolve("policing-london-2009-12/mayor-2009-10.framework").toString();
        String to = dir.resolve("frameworks-2011/mayor-strategies-2011.framework").toString();

        Path typo = dir.resolve("typo.txt");
        Files.writeString(typo, "# decisions\nobj-access-f1 remove\nobj-access-f2 delete\n");
        Result r = CliTest.run("migrate", plan.toString(), "--from", from, "--to", to, "--decisions", typo.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("typo.txt:3") && r.err().contains("unknown decision 'delete'"), r.err());

        Path unknown = dir.resolve("unknown.txt");
        Files.writeString(unknown, "obj-access-f1 remove\nobj-access-f99 remove\nobj-violence-f5 follow mayor-nothing\n");
        r = CliTest.run("migrate", plan.toString(), "--from", from, "--to", to, "--decisions", unknown.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("obj-access-f99") && r.err().contains("mayor-nothing"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(plan)), "the plan is untouched");
    }

    /** The sample and the frameworks it refers to, copied into one project folder as carry.sh does; its plan. */
    private Path copyOfTheSample() throws Exception {
        for (String d : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            copy(CliTest.examples().resolve(d), dir.resolve(d));
        }
        Files.writeString(dir.resolve(".project"), "<projectDescription><name>carried</name></projectDescription>");
        return dir.resolve("policing-london-2009-12/plan.plan");
    }

    private static String target(Plan plan, String linkId) {
        Alignment a = (Alignment) find(plan, linkId);
        assertTrue(a != null, linkId + " exists");
        return a.getTarget().getId();
    }

    private static EObject find(Plan plan, String id) {
        return plan.eResource().getEObject(id);
    }

    private static void copy(Path from, Path to) throws Exception {
        Examples.copyTree(from, to);
    }
}

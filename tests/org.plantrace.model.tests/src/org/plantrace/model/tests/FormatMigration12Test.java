package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.model.Budget;
import org.plantrace.model.BudgetKind;
import org.plantrace.model.BudgetLine;
import org.plantrace.model.BudgetLineKind;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Inspection;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.io.FormatVersion;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.PlantraceResource;

/**
 * Files of format 1.2 (the examples before service standards, inspections and budgets existed) open, migrate to 1.3
 * and lose nothing; a 1.3 plan holding the new concepts saves and loads them back.
 */
class FormatMigration12Test {

    private static final String NS_1_2 = "http://plantrace.org/model/1.2";

    @TempDir
    Path dir;

    static Path fixtures() {
        return FormatFixtures.folder(new FormatVersion(1, 2));
    }

    static List<Path> fixtureFiles() throws Exception {
        return FormatFixtures.files(new FormatVersion(1, 2));
    }

    @Test
    void theFixturesAreReallyOfFormat12() throws Exception {
        List<Path> files = fixtureFiles();
        assertEquals(17, files.size(), files.toString());
        for (Path f : files) {
            assertTrue(Files.readString(f).contains("xmlns:plantrace=\"" + NS_1_2 + "\""), f.toString());
        }
    }

    @Test
    void format12FilesLoadMigratedResolvedAndUntouched() throws Exception {
        FormatFixtures.assertLoadMigratedResolvedUntouched(new FormatVersion(1, 2), "1.3");
    }

    @Test
    void savingWritesFormat13WithTheSameContent() throws Exception {
        for (Path f : fixtureFiles()) {
            String saved = new String(ModelStore.serialise(ModelStore.load(ModelStore.newResourceSet(), f)),
                    StandardCharsets.UTF_8);
            assertEquals(Files.readString(f).replace(NS_1_2, "http://plantrace.org/model/1.3"), saved, f.toString());
        }
    }

    @Test
    void aMigratedPlanHasNoInspectionsOrBudgets() throws Exception {
        Plan plan = ModelStore.loadPlan(fixtures().resolve("policing-london-2009-12/plan.plan"));
        assertTrue(plan.getInspections().isEmpty());
        assertTrue(plan.getBudgets().isEmpty());
        assertEquals("Policing London Business Plan 2009-12", plan.getTitle());
    }

    @Test
    void inspectionsBudgetsAndPledgesRoundTrip() throws Exception {
        PlantraceFactory f = PlantraceFactory.eINSTANCE;
        Plan plan = f.createPlan();
        plan.setId("p");
        plan.setTitle("P");
        Inspection i = f.createInspection();
        i.setId("i1");
        i.setTitle("National Inspection Programme");
        i.setInspectorate("HMIC");
        i.setRecommendations(4);
        i.setAreasForImprovement(10);
        var finding = f.createInspectionFinding();
        finding.setId("i1-f1");
        finding.setTitle("Neighbourhood policing");
        finding.setGrading("excellent");
        finding.setDue("April 2009");
        i.getFindings().add(finding);
        plan.getInspections().add(i);
        Budget b = f.createBudget();
        b.setId("b1");
        b.setKind(BudgetKind.CAPITAL);
        b.setUnit("\u00a3000");
        var col = f.createBudgetColumn();
        col.setId("b1-c1");
        col.setYear("2009/10");
        b.getColumns().add(col);
        BudgetLine line = f.createBudgetLine();
        line.setId("b1-l1");
        line.setLabel("TOTAL");
        line.setKind(BudgetLineKind.TOTAL);
        line.getAmounts().add("12,943");
        b.getLines().add(line);
        plan.getBudgets().add(b);
        Path file = dir.resolve("p.plan");
        var rs = ModelStore.newResourceSet();
        var r = rs.createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        r.getContents().add(plan);
        ModelStore.save(r);
        String text = Files.readString(file);
        assertTrue(text.contains("http://plantrace.org/model/1.3"));
        Plan again = ModelStore.loadPlan(file);
        assertEquals("excellent", again.getInspections().get(0).getFindings().get(0).getGrading());
        assertEquals(10, again.getInspections().get(0).getAreasForImprovement());
        assertEquals(BudgetKind.CAPITAL, again.getBudgets().get(0).getKind());
        assertEquals(List.of("12,943"), again.getBudgets().get(0).getLines().get(0).getAmounts());
        assertEquals(BudgetLineKind.TOTAL, again.getBudgets().get(0).getLines().get(0).getKind());
        assertFalse(((PlantraceResource) again.eResource()).isMigrated());
        assertEquals(FrameworkKind.PLEDGE, FrameworkKind.get("pledge"));
    }
}

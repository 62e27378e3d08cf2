package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.ResultStatus;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.io.ModelStore;

/** A results file refers to the plan's measures by id across files, and the plan file stays as it was. */
class ResultsFileTest {

    @TempDir
    Path dir;

    @Test
    void aResultSavedInItsOwnFileRefersToThePlansMeasureById() throws Exception {
        Path planFile = dir.resolve("plan.plan");
        Files.writeString(planFile, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="http://plantrace.org/model/1.2" id="p" title="P">
                  <objectives id="o-1" title="One">
                    <measures id="m-sat" title="Victim satisfaction" unit="percent" polarity="higherIsBetter">
                      <targets id="m-sat-t" year="2008/09" value="78.9%" figure="78.9"/>
                      <targets id="m-sat-lambeth" year="2008/09" value="77%" figure="77.0" scope="borough" scopeName="Lambeth"/>
                    </measures>
                  </objectives>
                </plantrace:Plan>
                """);
        byte[] planBefore = Files.readAllBytes(planFile);
        ResourceSet rs = ModelStore.newResourceSet();
        Plan plan = ModelStore.loadRoot(rs, planFile, Plan.class);
        Measure m = plan.getObjectives().get(0).getMeasures().get(0);
        assertEquals(ScopeKind.BOROUGH, m.getTargets().get(1).getScope());
        ResultSet set = PlantraceFactory.eINSTANCE.createResultSet();
        set.setId("oct-2008");
        set.setPlan(plan);
        Result r = PlantraceFactory.eINSTANCE.createResult();
        r.setId("r-1");
        r.setMeasure(m);
        r.setValue(77.0);
        r.setText("77.0%");
        r.setPeriodFrom("2007-07-01");
        r.setPeriodTo("2008-06-30");
        r.setPeriodText("Year to Jun 08");
        set.getResults().add(r);
        Path resultsFile = dir.resolve("2008-09.results");
        Resource res = rs.createResource(URI.createFileURI(resultsFile.toString()));
        res.getContents().add(set);
        ModelStore.save(res);

        String text = Files.readString(resultsFile);
        assertTrue(text.contains("measure=\"plan.plan#m-sat\""), text);
        assertTrue(text.contains("plantrace:ResultSet"), text);
        assertEquals(new String(planBefore), new String(Files.readAllBytes(planFile)));

        ResultSet again = ModelStore.loadResults(resultsFile);
        Result back = again.getResults().get(0);
        assertEquals("Victim satisfaction", back.getMeasure().getTitle());
        assertEquals(77.0, back.getValue());
        assertEquals(ResultStatus.PROVISIONAL, back.getStatus());
        assertEquals(ScopeKind.CORPORATE, back.getScope());
        assertSame(again.getPlan(), back.getMeasure().eContainer().eContainer());
    }
}

package org.plantrace.diagram.tests;

import java.nio.file.Path;

import org.plantrace.tests.support.Examples;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/** The sample plan of the repository (Policing London 2009-12), loaded once. */
public final class Samples {

    private static Plan london;

    private Samples() {
    }

    public static synchronized Plan london() throws Exception {
        if (london == null) {
            london = ModelStore.loadPlan(examples().resolve("policing-london-2009-12/plan.plan"));
            EcoreUtil.resolveAll(london.eResource().getResourceSet());
        }
        return london;
    }

    /** Objective 3 of the sample, "Reduce serious violence and protect young people". */
    public static CorporateObjective objective3() throws Exception {
        CorporateObjective o = london().getObjectives().get(2);
        if (!"obj-violence".equals(o.getId())) {
            throw new IllegalStateException("objective 3 of the sample is " + o.getId());
        }
        return o;
    }

    public static Path examples() {
        return Examples.dir();
    }
}

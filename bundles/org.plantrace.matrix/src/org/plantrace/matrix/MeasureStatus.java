package org.plantrace.matrix;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.progress.PlanResults;
import org.plantrace.core.progress.Rag;
import org.plantrace.model.Plan;

/** The status of the plan's measures from the results files of its project, for the measure rows of the matrix. */
final class MeasureStatus {

    private MeasureStatus() {
    }

    /** The status of each measure with results in the results files of the plan's project; empty when none. */
    static Map<EObject, Rag> of(Plan plan) {
        try {
            URI uri = plan.eResource() == null ? null : plan.eResource().getURI();
            if (uri == null) {
                return Map.of();
            }
            URI local = uri.isFile() ? uri : CommonPlugin.asLocalURI(uri);
            if (local == null || !local.isFile()) {
                return Map.of();
            }
            Path file = Path.of(local.toFileString());
            return new IdentityHashMap<>(PlanResults.status(PlanResults.rows(plan, file)));
        } catch (RuntimeException e) {
            return Map.of(); // the matrix shows links whatever the results files hold
        }
    }
}

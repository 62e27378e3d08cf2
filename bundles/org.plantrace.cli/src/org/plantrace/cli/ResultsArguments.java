package org.plantrace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * {@code <plan> <results...>}: a plan and the results files reporting on it, loaded into one resource set so that
 * each result's measure is the plan's own. A results file of another plan, or a result whose measure the plan does
 * not have, is unusable input naming the file and the result.
 */
record ResultsArguments(Plan plan, List<ResultSet> sets) {

    static ResultsArguments load(List<String> positionals, boolean resultsRequired)
            throws UsageException, ModelLoadException {
        if (positionals.isEmpty()) {
            throw new UsageException("missing <plan> argument (a .plan file)");
        }
        if (resultsRequired && positionals.size() < 2) {
            throw new UsageException("missing <results> argument (one or more .results files)");
        }
        ResourceSet rs = ModelStore.newResourceSet();
        Path planFile = Path.of(positionals.get(0));
        Plan plan = ModelStore.loadRoot(rs, planFile, Plan.class);
        List<ResultSet> sets = new ArrayList<>();
        for (String s : positionals.subList(1, positionals.size())) {
            Path file = Path.of(s);
            ResultSet set = ModelStore.loadRoot(rs, file, ResultSet.class);
            check(file, set, plan, planFile);
            sets.add(set);
        }
        return new ResultsArguments(plan, sets);
    }

    private static void check(Path file, ResultSet set, Plan plan, Path planFile) throws ModelLoadException {
        if (set.getPlan() != null && set.getPlan() != plan) {
            String other = set.getPlan().eIsProxy() ? ((InternalEObject) set.getPlan()).eProxyURI().toString()
                    : set.getPlan().getLabel() + " (" + set.getPlan().eResource().getURI().toFileString() + ")";
            throw new ModelLoadException(file, 0, 0, "reports on plan " + other + ", not on " + planFile, null);
        }
        for (Result r : set.getResults()) {
            Object m = r.eGet(PlantracePackage.Literals.RESULT__MEASURE, false);
            if (m == null) {
                throw new ModelLoadException(file, 0, 0, "result '" + r.getId() + "' names no measure", null);
            }
            if (r.getMeasure() == null || r.getMeasure().eIsProxy()) {
                throw new ModelLoadException(file, 0, 0, "result '" + r.getId() + "' refers to measure "
                        + ((InternalEObject) m).eProxyURI() + ", which " + planFile + " does not have", null);
            }
            if (r.getMeasure().eResource() != plan.eResource()) {
                throw new ModelLoadException(file, 0, 0, "result '" + r.getId() + "' refers to a measure of "
                        + r.getMeasure().eResource().getURI().lastSegment() + ", not of " + planFile, null);
            }
        }
    }
}

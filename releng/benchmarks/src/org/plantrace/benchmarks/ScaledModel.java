package org.plantrace.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.Framework;
import org.plantrace.model.Identified;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/**
 * Writes a model N times the size of a sample plan: the plan's outcomes, objectives (with their key
 * activities, measures and alignments), business groups, measure sets, inspections and budgets, and every framework
 * it uses, are copied N times; copy k links to framework copy k and its measure sets, inspections and budgets refer
 * to the objectives of copy k, so the structure of each copy is the sample's.
 */
final class ScaledModel {

    private ScaledModel() {
    }

    /** Writes the scaled model under {@code dir} and returns the plan file. */
    static Path write(Plan sample, int factor, Path dir) throws IOException {
        EcoreUtil.resolveAll(sample);
        List<Framework> frameworks = new ArrayList<>();
        for (Resource r : sample.eResource().getResourceSet().getResources()) {
            if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Framework f) {
                frameworks.add(f);
            }
        }
        ResourceSet rs = ModelStore.newResourceSet();
        Plan big = EcoreUtil.copy(sample);
        // every list of the plan, found through the model's own metadata: the class may be compiled against a newer
        // model than the tree whose library runs it (run.sh cold --base), so no list is named here
        List<EReference> lists = new ArrayList<>();
        for (EReference ref : big.eClass().getEAllReferences()) {
            if (ref.isMany() && ref.isChangeable() && !ref.isDerived() && !ref.isTransient()) {
                lists.add(ref);
                list(big, ref).clear();
            }
        }
        Resource planRes = rs.createResource(URI.createFileURI(dir.resolve("plan.plan").toString()));
        planRes.getContents().add(big);
        List<Resource> fwRes = new ArrayList<>();
        for (int k = 0; k < factor; k++) {
            // One copier per copy, so references inside copy k (to its own frameworks) stay inside it.
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            List<Framework> fwCopies = new ArrayList<>();
            for (Framework f : frameworks) {
                fwCopies.add((Framework) copier.copy(f));
            }
            Plan part = (Plan) copier.copy(sample);
            copier.copyReferences();
            suffixIds(part, k);
            for (Framework f : fwCopies) {
                suffixIds(f, k);
                Resource r = rs.createResource(URI.createFileURI(dir.resolve("fw-" + k + "-" + f.getId() + ".framework").toString()));
                r.getContents().add(f);
                fwRes.add(r);
            }
            for (EReference ref : lists) {
                list(big, ref).addAll(list(part, ref));
            }
        }
        for (Resource r : fwRes) {
            ModelStore.save(r);
        }
        ModelStore.save(planRes);
        return dir.resolve("plan.plan");
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> list(EObject owner, EReference ref) {
        return (EList<EObject>) owner.eGet(ref);
    }

    private static void suffixIds(EObject root, int k) {
        Map<String, String> seen = new HashMap<>();
        for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(root)); it.hasNext();) {
            if (it.next() instanceof Identified i && i.getId() != null) {
                seen.put(i.getId(), i.getId() + "-x" + k);
                i.setId(i.getId() + "-x" + k);
            }
        }
    }
}

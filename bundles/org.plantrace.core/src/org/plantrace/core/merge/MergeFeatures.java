package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.plantrace.model.PlantracePackage;

/**
 * Which features of a class a merge compares, and how: attributes (by their literal text), references to other
 * elements (by href), containments of elements with an id (placement and order, by id), and containments of
 * elements without one (wordings, properties, successions: compared as one value with the element holding them).
 * Read from the metamodel, so a new feature merges without code changes.
 */
final class MergeFeatures {

    /** The features of one class, by how they merge. */
    record Of(List<EAttribute> attributes, List<EReference> references, List<EReference> placed,
            List<EReference> valued) {
    }

    private static final Map<EClass, Of> CACHE = new ConcurrentHashMap<>();

    private MergeFeatures() {
    }

    static Of of(EClass c) {
        return CACHE.computeIfAbsent(c, MergeFeatures::compute);
    }

    private static Of compute(EClass c) {
        List<EAttribute> attributes = new ArrayList<>();
        List<EReference> references = new ArrayList<>();
        List<EReference> placed = new ArrayList<>();
        List<EReference> valued = new ArrayList<>();
        for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
            if (f.isDerived() || f.isTransient() || !f.isChangeable()) {
                continue;
            }
            if (f instanceof EAttribute a) {
                if (!a.isID()) {
                    attributes.add(a);
                }
            } else if (f instanceof EReference r) {
                if (r.isContainer()) {
                    continue;
                }
                if (r.isContainment()) {
                    (identified(r) ? placed : valued).add(r);
                } else if (mergedSideOfOpposite(r)) {
                    references.add(r);
                }
            }
        }
        return new Of(List.copyOf(attributes), List.copyOf(references), List.copyOf(placed), List.copyOf(valued));
    }

    /** Whether children of {@code r} carry a stable id. */
    static boolean identified(EReference r) {
        return PlantracePackage.Literals.IDENTIFIED.isSuperTypeOf(r.getEReferenceType());
    }

    /** Of two references that are each other's opposite, only one is merged (the other follows). */
    private static boolean mergedSideOfOpposite(EReference r) {
        EReference o = r.getEOpposite();
        if (o == null || o.isTransient() || o.isDerived() || o.isContainment() || o.isContainer()) {
            return true;
        }
        return qualified(r).compareTo(qualified(o)) < 0;
    }

    private static String qualified(EReference r) {
        return r.getEContainingClass().getName() + "." + r.getName();
    }
}

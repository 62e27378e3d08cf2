package org.plantrace.model.io.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.plantrace.model.io.FormatVersion;

/** The chain of {@link MigrationStep}s, oldest first; see the package documentation. */
public final class Migrations {

    /** Every step, in order; each one's {@code from} is the previous one's {@code to}. */
    public static final List<MigrationStep> STEPS = List.of(new Step_1_0_to_1_1(), new Step_1_1_to_1_2(),
            new Step_1_2_to_1_3());

    private Migrations() {
    }

    /** The steps that bring a file of version {@code from} to the current version, in order. */
    public static List<MigrationStep> path(FormatVersion from) {
        List<MigrationStep> out = new ArrayList<>();
        FormatVersion at = from;
        for (MigrationStep s : STEPS) {
            if (s.from().equals(at)) {
                out.add(s);
                at = s.to();
            }
        }
        if (!at.equals(FormatVersion.CURRENT)) {
            throw new IllegalStateException("no migration from file format " + at + " to " + FormatVersion.CURRENT);
        }
        return out;
    }

    /**
     * Migrates a resource loaded from a file of version {@code from} to the current version.
     *
     * @return what the steps did, one line each
     * @throws MigrationException when data of the file has no place in the current format
     */
    public static List<String> migrate(XMLResource resource, FormatVersion from) throws MigrationException {
        MigrationContext context = new MigrationContext(resource);
        for (MigrationStep step : path(from)) {
            step.migrate(context);
            context.log(step.from() + " -> " + step.to() + ": " + step.summary());
        }
        Map<EObject, List<String>> left = context.leftovers();
        if (!left.isEmpty()) {
            Map.Entry<EObject, List<String>> first = left.entrySet().iterator().next();
            throw new MigrationException("file format " + from + ": " + describe(first.getKey()) + " has "
                    + String.join(", ", first.getValue()) + ", which file format " + FormatVersion.CURRENT
                    + " has no place for" + (left.size() > 1 ? " (and " + (left.size() - 1) + " more elements)" : ""));
        }
        resource.getEObjectToExtensionMap().clear();
        return context.log();
    }

    private static String describe(EObject o) {
        EStructuralFeature id = o.eClass().getEIDAttribute();
        Object value = id == null ? null : o.eGet(id);
        return o.eClass().getName() + (value == null ? "" : " '" + value + "'");
    }
}

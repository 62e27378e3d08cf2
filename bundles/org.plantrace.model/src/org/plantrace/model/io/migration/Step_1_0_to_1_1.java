package org.plantrace.model.io.migration;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Property;
import org.plantrace.model.io.FormatVersion;

/**
 * 1.0 to 1.1, plans of every era: frameworks gain a lifecycle and typed successions, alignments a review
 * fingerprint, objectives a tier and a local-only rationale, plans measure sets and parent plans (all new and
 * optional). Two things a 1.0 file expressed otherwise are carried over:
 * <ul>
 * <li>In 1.0 the {@code national} flag of a framework was stored but not read: PSAs, SPPs, National
 * Indicators, APACS indicators and National Policing Plan priorities counted as national whatever the flag
 * said. From 1.1 the flag decides, so it is set from the kind as 1.0 decided it.</li>
 * <li>An objective's tier, kept in 1.0 as a property named {@code tier}, becomes the {@code tier} attribute.</li>
 * </ul>
 */
final class Step_1_0_to_1_1 implements MigrationStep {

    /** The kinds that counted as national priorities in format 1.0. */
    private static final Set<FrameworkKind> NATIONAL_IN_1_0 = EnumSet.of(FrameworkKind.PSA, FrameworkKind.SPP,
            FrameworkKind.NI, FrameworkKind.APACS, FrameworkKind.NPP);

    @Override
    public FormatVersion from() {
        return new FormatVersion(1, 0);
    }

    @Override
    public FormatVersion to() {
        return new FormatVersion(1, 1);
    }

    @Override
    public String summary() {
        return "framework lifecycles, successions, suspect-link fingerprints, objective tiers, measure sets and "
                + "parent plans; a framework's national flag now decides (set from its kind as 1.0 did); "
                + "objective tiers move from a 'tier' property to an attribute";
    }

    @Override
    public void migrate(MigrationContext context) {
        for (EObject o : context.allObjects()) {
            if (o instanceof Framework f) {
                boolean national = NATIONAL_IN_1_0.contains(f.getKind());
                if (f.isNational() != national) {
                    f.setNational(national);
                    context.log("framework '" + f.getId() + "': national=" + national + " (from its kind, as in 1.0)");
                }
            } else if (o instanceof CorporateObjective objective) {
                for (Iterator<Property> it = objective.getProperties().iterator(); it.hasNext();) {
                    Property p = it.next();
                    if ("tier".equals(p.getKey()) && (objective.getTier() == null || objective.getTier().isEmpty())) {
                        objective.setTier(p.getValue());
                        it.remove();
                    }
                }
            }
        }
    }
}

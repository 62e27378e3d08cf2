package org.plantrace.ui.matrix.internal.warmup;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.io.ModelStore;

/**
 * The in-memory plan the matrix warm-up opens (never saved, never shown): every shape the matrix draws, at a small
 * size: outcomes with sub-outcomes, objectives with key activities, frameworks of eight kinds whose items come in
 * groups (a heading with sub-items), links from objectives and key activities, protective-service links citing key
 * activities. Deterministic.
 */
final class TrainingPlan {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;
    private static final FrameworkKind[] KINDS = {FrameworkKind.PSA, FrameworkKind.SPP, FrameworkKind.NI,
        FrameworkKind.APACS, FrameworkKind.PS, FrameworkKind.MAYOR, FrameworkKind.CONCERN, FrameworkKind.LAA};

    private TrainingPlan() {
    }

    /** A plan of about {@code objectives} x 5 rows and {@code itemsPerFramework} x 8 framework columns. */
    static Plan create(int objectives, int itemsPerFramework) {
        ResourceSet rs = ModelStore.newResourceSet();
        Plan plan = F.createPlan();
        plan.setId("warm-up");
        plan.setName("Warm-up");
        plan.setTitle("Matrix warm-up plan");
        Resource planRes = rs.createResource(URI.createFileURI("/plantrace-warm-up/plan.plan"));
        planRes.getContents().add(plan);
        List<PriorityItem> items = new ArrayList<>();
        List<PriorityItem> ps = new ArrayList<>();
        for (int k = 0; k < KINDS.length; k++) {
            Framework f = F.createFramework();
            f.setId("fw-" + k);
            f.setKind(KINDS[k]);
            f.setCode(KINDS[k].getName().toUpperCase(java.util.Locale.ROOT));
            f.setName("Warm-up " + KINDS[k].getName());
            rs.createResource(URI.createFileURI("/plantrace-warm-up/fw-" + k + ".framework")).getContents().add(f);
            plan.getFrameworks().add(f);
            for (int g = 0; g * 4 < itemsPerFramework; g++) {
                PriorityItem head = item(f.getId() + "-" + g, f.getCode() + " " + (g + 1));
                f.getItems().add(head);
                items.add(head);
                for (int s = 0; s < 3; s++) {
                    PriorityItem sub = item(head.getId() + "-" + s, "PA" + (s + 1));
                    head.getChildren().add(sub);
                    items.add(sub);
                }
                if (KINDS[k] == FrameworkKind.PS) {
                    ps.add(head);
                }
            }
        }
        for (int o = 0; o < Math.max(1, objectives / 4); o++) {
            StrategicOutcome out = F.createStrategicOutcome();
            out.setId("out-" + o);
            out.setCode("OUT" + (o + 1));
            out.setName("Outcome " + (o + 1));
            plan.getOutcomes().add(out);
            StrategicOutcome sub = F.createStrategicOutcome();
            sub.setId(out.getId() + "-1");
            sub.setTitle("Sub-outcome " + (o + 1) + ".1");
            out.getChildren().add(sub);
        }
        for (int j = 0; j < objectives; j++) {
            CorporateObjective obj = F.createCorporateObjective();
            obj.setId("obj-" + j);
            obj.setTitle("Objective " + (j + 1));
            plan.getObjectives().add(obj);
            plan.getOutcomes().get(j % plan.getOutcomes().size()).getChildren().get(0).getObjectives().add(obj);
            for (int a = 0; a < 3; a++) {
                KeyActivity ka = F.createKeyActivity();
                ka.setId(obj.getId() + "-ka" + a);
                ka.setTitle("Key activity " + (a + 1));
                obj.getKeyActivities().add(ka);
                align(ka, items.get((j * 7 + a * 11) % items.size()), 0);
            }
            for (int l = 0; l < 6; l++) {
                align(obj, items.get((j * 13 + l * 17) % items.size()), l);
            }
            if (!ps.isEmpty()) {
                Alignment cited = align(obj, ps.get(j % ps.size()), 99);
                cited.getKeyActivities().add(obj.getKeyActivities().get(j % 3));
            }
        }
        return plan;
    }

    private static PriorityItem item(String id, String code) {
        PriorityItem i = F.createPriorityItem();
        i.setId(id);
        i.setCode(code);
        i.setTitle("Priority " + code);
        return i;
    }

    private static Alignment align(org.plantrace.model.AlignableElement source, PriorityItem target, int n) {
        Alignment a = F.createAlignment();
        a.setId(source.getId() + "-al" + n);
        a.setTarget(target);
        source.getAlignments().add(a);
        return a;
    }
}

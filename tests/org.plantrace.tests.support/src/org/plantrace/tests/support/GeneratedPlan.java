package org.plantrace.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
 * A generated plan of a given matrix size, in memory (resources are never saved): outcomes with
 * sub-outcomes, objectives with key activities, and frameworks of eight kinds whose items come in
 * groups (a heading with sub-items, like a PSA and its priority actions). Every objective links a dozen
 * items, every key activity three, protective-service links cite key activities. Deterministic for a seed.
 */
public final class GeneratedPlan {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;
    private static final FrameworkKind[] KINDS = {FrameworkKind.PSA, FrameworkKind.SPP, FrameworkKind.NI,
        FrameworkKind.APACS, FrameworkKind.PS, FrameworkKind.MAYOR, FrameworkKind.CONCERN, FrameworkKind.LAA};

    private GeneratedPlan() {
    }

    /**
     * A plan whose full matrix has exactly {@code rows} rows and {@code columns} framework columns
     * (each framework's "All" column included).
     *
     * @param rows at least 100 (20 outcomes, 80 sub-outcomes, objectives and key activities make up the rest)
     * @param columns at least 16 (eight frameworks)
     */
    public static Plan create(int rows, int columns, long seed) {
        Random random = new Random(seed);
        ResourceSet rs = ModelStore.newResourceSet();
        Plan plan = F.createPlan();
        plan.setId("gen-plan");
        plan.setName("Generated " + rows + " x " + columns);
        plan.setTitle("Generated plan, " + rows + " rows x " + columns + " columns");
        Resource planRes = rs.createResource(URI.createFileURI("/generated/plan.plan"));
        planRes.getContents().add(plan);

        List<PriorityItem> items = new ArrayList<>();
        List<PriorityItem> psItems = new ArrayList<>();
        int perFramework = columns / KINDS.length;
        for (int k = 0; k < KINDS.length; k++) {
            int n = (k == KINDS.length - 1 ? columns - perFramework * (KINDS.length - 1) : perFramework) - 1;
            Framework f = F.createFramework();
            f.setId("fw-" + k);
            f.setKind(KINDS[k]);
            f.setCode(KINDS[k].getName().toUpperCase(java.util.Locale.ROOT));
            f.setName("Generated " + KINDS[k].getName() + " framework");
            Resource r = rs.createResource(URI.createFileURI("/generated/fw-" + k + ".framework"));
            r.getContents().add(f);
            plan.getFrameworks().add(f);
            // groups of one heading and up to seven sub-items
            int made = 0;
            int g = 0;
            while (made < n) {
                PriorityItem head = item("fw-" + k + "-" + g, f.getCode() + " " + (g + 1), "Priority " + (g + 1));
                f.getItems().add(head);
                made++;
                items.add(head);
                int subs = Math.min(n - made, random.nextInt(8));
                for (int s = 0; s < subs; s++) {
                    PriorityItem sub = item(head.getId() + "-" + s, "PA" + (s + 1), "Action " + (s + 1) + " of " + head.getCode());
                    head.getChildren().add(sub);
                    items.add(sub);
                    made++;
                }
                g++;
            }
            if (KINDS[k] == FrameworkKind.PS) {
                for (PriorityItem i : f.getItems()) {
                    psItems.add(i);
                }
            }
        }
        // correspondences between NI and LAA items (the LAA group stays; no columns merge)
        List<PriorityItem> ni = items.stream().filter(i -> ((Framework) root(i)).getKind() == FrameworkKind.NI).toList();
        List<PriorityItem> laa = items.stream().filter(i -> ((Framework) root(i)).getKind() == FrameworkKind.LAA).toList();
        for (int i = 0; i < Math.min(ni.size(), laa.size()); i += 5) {
            laa.get(i).getCorrespondsTo().add(ni.get(i));
        }

        int outcomes = 20;
        int subOutcomes = 80;
        int rest = rows - outcomes - subOutcomes;
        int objectives = Math.max(1, rest / 19);
        int keyActivities = rest - objectives;
        List<StrategicOutcome> subs = new ArrayList<>();
        for (int o = 0; o < outcomes; o++) {
            StrategicOutcome out = F.createStrategicOutcome();
            out.setId("out-" + o);
            out.setCode("OUT" + (o + 1));
            out.setName("Outcome " + (o + 1));
            plan.getOutcomes().add(out);
            for (int s = 0; s < subOutcomes / outcomes; s++) {
                StrategicOutcome sub = F.createStrategicOutcome();
                sub.setId(out.getId() + "-" + s);
                sub.setTitle("Sub-outcome " + (o + 1) + "." + (s + 1));
                out.getChildren().add(sub);
                subs.add(sub);
            }
        }
        for (int j = 0; j < objectives; j++) {
            CorporateObjective obj = F.createCorporateObjective();
            obj.setId("obj-" + j);
            obj.setTitle("Objective " + (j + 1) + ": deliver generated priority " + (j + 1));
            plan.getObjectives().add(obj);
            subs.get(j % subs.size()).getObjectives().add(obj);
        }
        for (int k = 0; k < keyActivities; k++) {
            CorporateObjective obj = plan.getObjectives().get(k % objectives);
            KeyActivity ka = F.createKeyActivity();
            ka.setId(obj.getId() + "-ka" + obj.getKeyActivities().size());
            ka.setTitle("Key activity " + (k + 1) + " of " + obj.getTitle());
            obj.getKeyActivities().add(ka);
        }
        for (CorporateObjective obj : plan.getObjectives()) {
            for (int l = 0; l < 12; l++) {
                align(obj, items.get(random.nextInt(items.size())), l);
            }
            if (!psItems.isEmpty() && !obj.getKeyActivities().isEmpty()) {
                Alignment a = align(obj, psItems.get(random.nextInt(psItems.size())), 99);
                for (int c = 0; c < 3; c++) {
                    KeyActivity ka = obj.getKeyActivities().get(random.nextInt(obj.getKeyActivities().size()));
                    if (!a.getKeyActivities().contains(ka)) {
                        a.getKeyActivities().add(ka);
                    }
                }
            }
            for (KeyActivity ka : obj.getKeyActivities()) {
                for (int l = 0; l < 3; l++) {
                    align(ka, items.get(random.nextInt(items.size())), l);
                }
            }
        }
        return plan;
    }

    private static Object root(PriorityItem i) {
        org.eclipse.emf.ecore.EObject o = i;
        while (!(o instanceof Framework)) {
            o = o.eContainer();
        }
        return o;
    }

    private static PriorityItem item(String id, String code, String title) {
        PriorityItem i = F.createPriorityItem();
        i.setId(id);
        i.setCode(code);
        i.setTitle(title);
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

package org.plantrace.core.tests.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Target;

/**
 * Seeded random edits of the sample plan as an analyst makes them in the workbench: retitles, notes, target changes,
 * added links, added measures, deleted targets and links (which nothing links to). Each side edits objectives of its
 * own parity only (disjoint edits) or any objective (edits that may meet, and conflict).
 */
final class RandomEdits {

    private RandomEdits() {
    }

    /**
     * @param parity 0 or 1: only objectives with an index of that parity; -1: any objective
     * @param tag    makes the ids of added elements unique to the side
     */
    static Consumer<Plan> of(long seed, int parity, String tag) {
        return plan -> {
            Random r = new Random(seed);
            int edits = 1 + r.nextInt(6);
            for (int i = 0; i < edits; i++) {
                List<CorporateObjective> os = new ArrayList<>(plan.getObjectives());
                if (parity >= 0) {
                    os.removeIf(o -> plan.getObjectives().indexOf(o) % 2 != parity);
                }
                CorporateObjective o = os.get(r.nextInt(os.size()));
                edit(plan, o, r, tag + "-" + seed + "-" + i);
            }
        };
    }

    private static void edit(Plan plan, CorporateObjective o, Random r, String id) {
        List<Measure> ms = o.getMeasures();
        Measure m = ms.isEmpty() ? null : ms.get(r.nextInt(ms.size()));
        List<Target> ts = m == null ? List.of() : m.getTargets();
        switch (r.nextInt(9)) {
            case 0 -> o.setTitle(o.getTitle() + " (" + id + ")");
            case 1 -> o.setNote("Agreed at committee " + id + " & noted <here>");
            case 2 -> {
                if (m != null) {
                    m.setTitle(m.getTitle() + " " + id);
                }
            }
            case 3 -> {
                if (!ts.isEmpty()) {
                    ts.get(r.nextInt(ts.size())).setValue(r.nextInt(100) + "% " + id);
                }
            }
            case 4 -> { // a link like an existing one of the plan, to the same framework item
                List<Alignment> all = new ArrayList<>();
                plan.eAllContents().forEachRemaining(e -> {
                    if (e instanceof Alignment a) {
                        all.add(a);
                    }
                });
                Alignment a = PlantraceFactory.eINSTANCE.createAlignment();
                a.setId("a-" + id);
                a.setTarget(all.get(r.nextInt(all.size())).getTarget());
                o.getAlignments().add(r.nextInt(o.getAlignments().size() + 1), a);
            }
            case 5 -> {
                Measure n = PlantraceFactory.eINSTANCE.createMeasure();
                n.setId("m-" + id);
                n.setTitle("Measure " + id);
                Target t = PlantraceFactory.eINSTANCE.createTarget();
                t.setId("m-" + id + "-t");
                t.setYear("2009/10");
                t.setValue("75%");
                n.getTargets().add(t);
                ms.add(r.nextInt(ms.size() + 1), n);
            }
            case 6 -> {
                if (!ts.isEmpty()) {
                    EcoreUtil.remove(ts.get(r.nextInt(ts.size())));
                }
            }
            case 7 -> {
                if (!o.getAlignments().isEmpty()) {
                    EcoreUtil.remove(o.getAlignments().get(r.nextInt(o.getAlignments().size())));
                }
            }
            default -> {
                List<KeyActivity> kas = o.getKeyActivities();
                if (!kas.isEmpty()) {
                    KeyActivity k = kas.get(r.nextInt(kas.size()));
                    k.setTitle(k.getTitle() + " " + id);
                }
            }
        }
    }
}

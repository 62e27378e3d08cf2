package org.plantrace.core.generated;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.io.ModelStore;

/**
 * Generated plans of a given size, in memory (never saved, never shown), deterministic: the one generator of the
 * matrix and diagram warm-ups, the benchmarks and the tests.
 * <ul>
 * <li>{@link #matrix}: a plan whose alignment matrix has exactly the requested rows and framework columns.</li>
 * <li>{@link #alignment}: a plan whose whole-plan alignment diagram has exactly the requested nodes and edges.</li>
 * </ul>
 */
public final class GeneratedPlan {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;
    /** The framework kinds of a matrix plan (one framework each, in this order). */
    private static final FrameworkKind[] MATRIX_KINDS = { FrameworkKind.PSA, FrameworkKind.SPP, FrameworkKind.NI,
        FrameworkKind.APACS, FrameworkKind.PS, FrameworkKind.MAYOR, FrameworkKind.CONCERN, FrameworkKind.LAA };
    /** The framework kinds of a diagram plan. */
    private static final FrameworkKind[] DIAGRAM_KINDS = { FrameworkKind.PSA, FrameworkKind.SPP, FrameworkKind.NI,
        FrameworkKind.APACS, FrameworkKind.PS, FrameworkKind.MAYOR };

    private GeneratedPlan() {
    }

    /**
     * A plan, in its own resource set (plan and each framework in a resource of their own, as loaded plans are),
     * whose full matrix has exactly {@code rows} rows and {@code columns} framework columns (each framework's "All"
     * column included): outcomes with sub-outcomes, objectives with key activities, and frameworks of eight kinds
     * whose items come in groups (a heading with sub-items, like a PSA and its priority actions). Every objective
     * links a dozen items, every key activity three, protective-service links cite key activities, some LAA items
     * correspond to NI items. Deterministic for a seed.
     *
     * @param rows at least 100 (20 outcomes, 80 sub-outcomes, objectives and key activities make up the rest)
     * @param columns at least 16 (eight frameworks)
     */
    public static Plan matrix(int rows, int columns, long seed) {
        if (rows < 100 || columns < 2 * MATRIX_KINDS.length) {
            throw new IllegalArgumentException("a matrix of " + rows + " x " + columns + " cannot be generated");
        }
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
        int perFramework = columns / MATRIX_KINDS.length;
        for (int k = 0; k < MATRIX_KINDS.length; k++) {
            int n = (k == MATRIX_KINDS.length - 1 ? columns - perFramework * (MATRIX_KINDS.length - 1) : perFramework)
                    - 1;
            Framework f = framework("fw-" + k, MATRIX_KINDS[k]);
            f.setName("Generated " + MATRIX_KINDS[k].getName() + " framework");
            rs.createResource(URI.createFileURI("/generated/fw-" + k + ".framework")).getContents().add(f);
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
                    PriorityItem sub = item(head.getId() + "-" + s, "PA" + (s + 1),
                            "Action " + (s + 1) + " of " + head.getCode());
                    head.getChildren().add(sub);
                    items.add(sub);
                    made++;
                }
                g++;
            }
            if (MATRIX_KINDS[k] == FrameworkKind.PS) {
                psItems.addAll(f.getItems());
            }
        }
        // correspondences between NI and LAA items (the LAA group stays; no columns merge)
        List<PriorityItem> ni = items.stream().filter(i -> framework(i).getKind() == FrameworkKind.NI).toList();
        List<PriorityItem> laa = items.stream().filter(i -> framework(i).getKind() == FrameworkKind.LAA).toList();
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
                align(obj, items.get(random.nextInt(items.size())), obj.getId() + "-al" + l);
            }
            if (!psItems.isEmpty() && !obj.getKeyActivities().isEmpty()) {
                Alignment a = align(obj, psItems.get(random.nextInt(psItems.size())), obj.getId() + "-al99");
                for (int c = 0; c < 3; c++) {
                    KeyActivity ka = obj.getKeyActivities().get(random.nextInt(obj.getKeyActivities().size()));
                    if (!a.getKeyActivities().contains(ka)) {
                        a.getKeyActivities().add(ka);
                    }
                }
            }
            for (KeyActivity ka : obj.getKeyActivities()) {
                for (int l = 0; l < 3; l++) {
                    align(ka, items.get(random.nextInt(items.size())), ka.getId() + "-al" + l);
                }
            }
        }
        return plan;
    }

    /**
     * A plan (not in a resource) whose whole-plan alignment diagram has exactly {@code nodes} nodes and {@code edges}
     * edges: objectives (1/20 of the nodes) with three measures each, framework items of six kinds (a quarter
     * top-level, the rest their children), and random alignments from objectives and measures to items (every item
     * and every measure has at least one, so all are drawn). Fails when the numbers cannot be met (fewer edges than
     * items plus measures). Always the same plan for the same numbers.
     */
    public static Plan alignment(int nodes, int edges) {
        int objectives = Math.max(1, nodes / 20);
        int measures = 3 * objectives;
        int items = nodes - objectives - measures;
        int top = items / 4;
        int children = items - top;
        int alignments = edges - measures - children;
        if (alignments < items + measures || top < DIAGRAM_KINDS.length) {
            throw new IllegalArgumentException(nodes + " nodes / " + edges + " edges cannot be generated");
        }
        Random random = new Random(42);
        Plan plan = F.createPlan();
        plan.setId("synthetic");
        plan.setTitle("Synthetic plan");
        List<PriorityItem> all = new ArrayList<>();
        List<PriorityItem> tops = new ArrayList<>();
        Framework[] frameworks = new Framework[DIAGRAM_KINDS.length];
        for (int k = 0; k < DIAGRAM_KINDS.length; k++) {
            frameworks[k] = framework("fw-" + k, DIAGRAM_KINDS[k]);
            plan.getFrameworks().add(frameworks[k]);
        }
        for (int i = 0; i < top; i++) {
            PriorityItem item = item("t" + i);
            frameworks[i % DIAGRAM_KINDS.length].getItems().add(item);
            tops.add(item);
            all.add(item);
        }
        for (int i = 0; i < children; i++) {
            PriorityItem item = item("c" + i);
            tops.get(random.nextInt(top)).getChildren().add(item);
            all.add(item);
        }
        List<AlignableElement> sources = new ArrayList<>();
        List<Measure> allMeasures = new ArrayList<>();
        for (int o = 0; o < objectives; o++) {
            CorporateObjective obj = F.createCorporateObjective();
            obj.setId("o" + o);
            obj.setTitle("Objective " + o + " of the synthetic plan, with a title long enough to wrap");
            plan.getObjectives().add(obj);
            sources.add(obj);
            for (int m = 0; m < 3; m++) {
                Measure measure = F.createMeasure();
                measure.setId("o" + o + "-m" + m);
                measure.setNumber(Integer.toString(allMeasures.size() + 1));
                measure.setTitle("Measure " + m + " of objective " + o);
                obj.getMeasures().add(measure);
                sources.add(measure);
                allMeasures.add(measure);
            }
        }
        Set<String> pairs = new HashSet<>();
        int made = 0;
        for (PriorityItem item : all) { // every item linked, so every item is drawn
            made += link(sources.get(random.nextInt(sources.size())), item, pairs, made);
        }
        for (Measure m : allMeasures) { // every measure carries an alignment, so every measure is drawn
            while (m.getAlignments().isEmpty()) {
                made += link(m, all.get(random.nextInt(all.size())), pairs, made);
            }
        }
        while (made < alignments) {
            made += link(sources.get(random.nextInt(sources.size())), all.get(random.nextInt(all.size())), pairs, made);
        }
        return plan;
    }

    private static int link(AlignableElement source, PriorityItem target, Set<String> pairs, int n) {
        if (!pairs.add(source.getId() + ">" + target.getId())) {
            return 0;
        }
        align(source, target, "a" + n);
        return 1;
    }

    private static Framework framework(String id, FrameworkKind kind) {
        Framework f = F.createFramework();
        f.setId(id);
        f.setKind(kind);
        f.setCode(kind.getName().toUpperCase(Locale.ROOT));
        return f;
    }

    private static Framework framework(PriorityItem i) {
        EObject o = i;
        while (!(o instanceof Framework)) {
            o = o.eContainer();
        }
        return (Framework) o;
    }

    private static PriorityItem item(String id) {
        return item(id, id.toUpperCase(Locale.ROOT), "Priority " + id + " of a generated framework");
    }

    private static PriorityItem item(String id, String code, String title) {
        PriorityItem i = F.createPriorityItem();
        i.setId(id);
        i.setCode(code);
        i.setTitle(title);
        return i;
    }

    private static Alignment align(AlignableElement source, PriorityItem target, String id) {
        Alignment a = F.createAlignment();
        a.setId(id);
        a.setTarget(target);
        source.getAlignments().add(a);
        return a;
    }
}

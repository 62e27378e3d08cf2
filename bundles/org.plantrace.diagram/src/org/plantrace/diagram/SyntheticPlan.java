package org.plantrace.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.plantrace.model.Alignment;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;

/**
 * A generated plan whose whole-plan alignment diagram has exactly the requested numbers of nodes and edges, for
 * the layout tests and the diagram benchmark (releng/benchmarks):
 * objectives (1/20 of the nodes) with three measures each, framework items (a quarter top-level, the rest their
 * children), and random alignments from objectives and measures to items (every item and every measure has at least
 * one, so all are drawn).
 */
public final class SyntheticPlan {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;
    private static final FrameworkKind[] KINDS = { FrameworkKind.PSA, FrameworkKind.SPP, FrameworkKind.NI,
        FrameworkKind.APACS, FrameworkKind.PS, FrameworkKind.MAYOR };

    private SyntheticPlan() {
    }

    /** The plan; fails when the numbers cannot be met (fewer edges than items plus measures). */
    public static Plan plan(int nodes, int edges) {
        int objectives = Math.max(1, nodes / 20);
        int measures = 3 * objectives;
        int items = nodes - objectives - measures;
        int top = items / 4;
        int children = items - top;
        int alignments = edges - measures - children;
        if (alignments < items + measures || top < KINDS.length) {
            throw new IllegalArgumentException(nodes + " nodes / " + edges + " edges cannot be generated");
        }
        Random random = new Random(42);
        Plan plan = F.createPlan();
        plan.setId("synthetic");
        plan.setTitle("Synthetic plan");
        List<PriorityItem> all = new ArrayList<>();
        List<PriorityItem> tops = new ArrayList<>();
        Framework[] frameworks = new Framework[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            Framework f = F.createFramework();
            f.setId("fw-" + k);
            f.setCode(KINDS[k].getLiteral().toUpperCase());
            f.setKind(KINDS[k]);
            frameworks[k] = f;
            plan.getFrameworks().add(f);
        }
        for (int i = 0; i < top; i++) {
            PriorityItem item = item("t" + i);
            frameworks[i % KINDS.length].getItems().add(item);
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
        Alignment a = F.createAlignment();
        a.setId("a" + n);
        a.setTarget(target);
        source.getAlignments().add(a);
        return 1;
    }

    private static PriorityItem item(String id) {
        PriorityItem i = F.createPriorityItem();
        i.setId(id);
        i.setCode(id.toUpperCase());
        i.setTitle("Priority " + id + " of a generated framework");
        return i;
    }
}

package org.plantrace.diagram.layout;

import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;

/**
 * Lays out two small diagrams of an in-memory plan, so that the first diagram a user opens does not also pay for
 * loading and initialising ELK (about a second and a half of the first layout in a fresh JVM). The workbench runs
 * it in a background job after start-up; the diagram benchmark runs it to measure the first diagram after it.
 */
public final class WarmUp {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    private WarmUp() {
    }

    /** Builds and lays out a strategy map and an alignment diagram of a plan of a dozen elements. */
    public static void run() {
        Plan plan = plan();
        DiagramLayouter layouter = new DiagramLayouter();
        layouter.layout(Diagrams.strategyMap(plan, DiagramOptions.DEFAULT));
        layouter.layout(Diagrams.alignment(plan, DiagramOptions.DEFAULT));
    }

    static Plan plan() {
        Plan plan = F.createPlan();
        plan.setId("warm-up");
        plan.setTitle("Warm-up plan");
        Framework psa = framework("psa", FrameworkKind.PSA);
        Framework ni = framework("ni", FrameworkKind.NI);
        plan.getFrameworks().add(psa);
        plan.getFrameworks().add(ni);
        PriorityItem parent = item(psa, null, "PSA 1");
        PriorityItem action = item(psa, parent, "PA1");
        PriorityItem indicator = item(ni, null, "NI 1");
        StrategicOutcome outcome = F.createStrategicOutcome();
        outcome.setId("outcome");
        outcome.setTitle("An outcome");
        plan.getOutcomes().add(outcome);
        for (int o = 1; o <= 2; o++) {
            CorporateObjective objective = F.createCorporateObjective();
            objective.setId("objective-" + o);
            objective.setTitle("Objective " + o + " with a title long enough to wrap onto a second line");
            plan.getObjectives().add(objective);
            outcome.getObjectives().add(objective);
            KeyActivity ka = F.createKeyActivity();
            ka.setId("objective-" + o + "-ka1");
            ka.setTitle("A key activity");
            objective.getKeyActivities().add(ka);
            Measure measure = F.createMeasure();
            measure.setId("objective-" + o + "-m1");
            measure.setNumber(Integer.toString(o));
            measure.setTitle("A headline measure");
            objective.getMeasures().add(measure);
            link(objective, o == 1 ? action : parent, "a" + o);
            link(measure, indicator, "m" + o);
        }
        return plan;
    }

    private static Framework framework(String id, FrameworkKind kind) {
        Framework f = F.createFramework();
        f.setId(id);
        f.setCode(id.toUpperCase());
        f.setKind(kind);
        return f;
    }

    private static PriorityItem item(Framework f, PriorityItem parent, String code) {
        PriorityItem i = F.createPriorityItem();
        i.setId(f.getId() + "-" + code.replace(' ', '-'));
        i.setCode(code);
        i.setTitle("Priority " + code);
        if (parent == null) {
            f.getItems().add(i);
        } else {
            parent.getChildren().add(i);
        }
        return i;
    }

    private static void link(AlignableElement source, PriorityItem target, String id) {
        Alignment a = F.createAlignment();
        a.setId(id);
        a.setTarget(target);
        source.getAlignments().add(a);
    }
}

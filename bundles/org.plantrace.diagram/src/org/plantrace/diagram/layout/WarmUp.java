package org.plantrace.diagram.layout;

import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.SyntheticPlan;
import org.plantrace.diagram.render.DiagramCanvas;
import org.plantrace.diagram.render.DiagramPainter;
import org.plantrace.diagram.render.Rgb;
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
 * Trains the diagram code in the background, so that the first diagram a user opens does not also pay for loading
 * and initialising ELK and for running its code interpreted: lays out two small diagrams (a strategy map and an
 * alignment diagram of a dozen elements), then builds, lays out and paints (onto a canvas that draws nothing) the
 * alignment diagram of a generated plan of {@value #TRAINING_NODES} nodes and {@value #TRAINING_EDGES} edges, large
 * enough that the JIT compiles the layout's and painter's hot methods. Measured as whole processes
 * ({@code releng/benchmarks/run.sh cold diagram-after-warm-up}, main-thread CPU of the first 1,000-node build and
 * layout): none 0.68 s, the two small diagrams only 0.38 s, with the training diagram 0.25 s. The workbench runs it in
 * a background job after start-up; the diagram benchmarks run it to measure the first diagram after it.
 */
public final class WarmUp {

    /** Nodes of the training diagram. */
    public static final int TRAINING_NODES = 200;
    /** Edges of the training diagram. */
    public static final int TRAINING_EDGES = 600;

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    private WarmUp() {
    }

    /** Runs the warm-up; returns the layout of the training diagram (for tests: what was trained). */
    public static DiagramLayout run() {
        Plan plan = plan();
        DiagramLayouter layouter = new DiagramLayouter();
        layouter.layout(Diagrams.strategyMap(plan, DiagramOptions.DEFAULT));
        layouter.layout(Diagrams.alignment(plan, DiagramOptions.DEFAULT));
        Plan training = SyntheticPlan.plan(TRAINING_NODES, TRAINING_EDGES);
        DiagramLayout layout = layouter.layout(Diagrams.alignment(training, DiagramOptions.DEFAULT));
        DiagramPainter.paint(layout, new Blank());
        return layout;
    }

    /** A canvas that draws nothing: the painter's own work (order, clipping, routes, text lines) is what is trained. */
    private static final class Blank implements DiagramCanvas {
        @Override
        public void rect(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
                double strokeWidth, double[] dash) {
        }

        @Override
        public void path(double[] points, Rgb stroke, double width, double[] dash) {
        }

        @Override
        public void polygon(double[] points, Rgb fill) {
        }

        @Override
        public void circle(double cx, double cy, double radius, Rgb fill) {
        }

        @Override
        public void text(TextLine line, Rgb colour) {
        }
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

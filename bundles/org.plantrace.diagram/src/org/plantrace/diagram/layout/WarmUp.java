package org.plantrace.diagram.layout;

import org.plantrace.core.generated.GeneratedPlan;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.render.PngExporter;
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
 * alignment diagram of a dozen elements: ELK's path for small diagrams, model order and seven crossing-minimisation
 * passes), then builds and lays out the alignment diagram of a generated plan of {@value #TRAINING_NODES} nodes and
 * {@value #TRAINING_EDGES} edges, large enough that ELK takes the path of big diagrams (edges merged into trunks, one
 * pass: the same {@link DiagramLayouter.Settings} as a 1,000-node diagram) and that the JIT compiles the layout's hot
 * methods, and draws it with Java 2D (what the PNG export and the documents' figures draw with) into two small images:
 * fitted, as a new diagram is first shown, and a window at full size, where text is drawn at its real size.
 *
 * <p>Measured as whole processes (CPU of the first 1,000-node build, layout and drawing after it, 2 cores at load
 * 8-13): with the former training (a 200-node / 600-edge diagram, which ELK lays out on the mid-size path, painted onto
 * a canvas that drew nothing) layout 0.35-0.54 s and drawing 0.25-0.34 s; with this one layout 0.28-0.32 s and drawing
 * 0.03-0.05 s ({@code releng/benchmarks/run.sh cold diagram-after-warm-up}: 0.55-0.84 s against 0.27-0.49 s). The
 * workbench runs it in a background job after start-up; the diagram benchmarks run it to measure the first diagram
 * after it.
 */
public final class WarmUp {

    /** Nodes of the training diagram. */
    public static final int TRAINING_NODES = 400;
    /** Edges of the training diagram. */
    public static final int TRAINING_EDGES = 1200;
    /** Size in pixels of the training images (a quarter of a 1920 x 1080 window each way). */
    static final int IMAGE_WIDTH = 480;
    static final int IMAGE_HEIGHT = 270;

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    private WarmUp() {
    }

    /** Runs the warm-up; returns the layout of the training diagram (for tests: what was trained). */
    public static DiagramLayout run() {
        Plan plan = plan();
        DiagramLayouter layouter = new DiagramLayouter();
        layouter.layout(Diagrams.strategyMap(plan, DiagramOptions.DEFAULT));
        layouter.layout(Diagrams.alignment(plan, DiagramOptions.DEFAULT));
        Plan training = GeneratedPlan.alignment(TRAINING_NODES, TRAINING_EDGES);
        DiagramLayout layout = layouter.layout(Diagrams.alignment(training, DiagramOptions.DEFAULT));
        double fit = Math.min(1.0, Math.min(IMAGE_WIDTH / layout.width(), IMAGE_HEIGHT / layout.height()));
        PngExporter.image(layout, fit).flush();
        PngExporter.viewport(layout, 1.0, 0, 0, IMAGE_WIDTH, IMAGE_HEIGHT).flush();
        return layout;
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

package org.plantrace.benchmarks;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.render.PngExporter;
import org.plantrace.model.Plan;

/**
 * The first 1,000-node diagram of a session, for the cold benchmarks of {@code run.sh} (one process per run): builds
 * the whole-plan alignment diagram of a generated plan of 1,000 nodes / 3,000 edges, lays it out with ELK and draws
 * it with Java 2D fitted to a 1920 x 1080 window. Prints one line: {@code first-diagram <ms> <cpu ms> <layout ms>
 * <layout cpu ms>} (from the start of building the diagram to the drawn image, wall clock and the process's CPU time;
 * then the same for building and laying out only, what the diagram view's background job does before it paints with
 * SWT; generating the plan is not counted).
 *
 * <p>Usage: {@code FirstDiagram [--warm-up]} ({@code --warm-up}: first the warm-up the workbench runs in the
 * background after start-up).
 *
 * <p>{@code run.sh cold --base TREE} runs this class against an older tree's libraries, so the tree's own warm-up and
 * plan generator are found by name (before the generator moved to core it was {@code org.plantrace.diagram.SyntheticPlan}).
 */
public final class FirstDiagram {

    private FirstDiagram() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && args[0].equals("--warm-up")) {
            Class.forName("org.plantrace.diagram.layout.WarmUp").getMethod("run").invoke(null);
        }
        Plan plan = plan(1000, 3000);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Diagram d = Diagrams.alignment(plan, DiagramOptions.DEFAULT);
        DiagramLayout layout = new DiagramLayouter().layout(d);
        long c1 = os.getProcessCpuTime();
        long t1 = System.nanoTime();
        double scale = Math.min(1.0, Math.min(1920 / layout.width(), 1080 / layout.height()));
        BufferedImage image = PngExporter.image(layout, scale);
        long t2 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        if (image.getWidth() == 0 || d.nodes().size() < 1000) {
            throw new IllegalStateException("diagram of " + d.nodes().size() + " nodes");
        }
        System.out.printf(Locale.ROOT, "first-diagram %.1f %.1f %.1f %.1f%n", (t2 - t0) / 1e6, (c2 - c0) / 1e6,
                (t1 - t0) / 1e6, (c1 - c0) / 1e6);
    }

    private static Plan plan(int nodes, int edges) throws ReflectiveOperationException {
        try {
            return (Plan) Class.forName("org.plantrace.core.generated.GeneratedPlan")
                    .getMethod("alignment", int.class, int.class).invoke(null, nodes, edges);
        } catch (ClassNotFoundException older) {
            return (Plan) Class.forName("org.plantrace.diagram.SyntheticPlan").getMethod("plan", int.class, int.class)
                    .invoke(null, nodes, edges);
        }
    }
}

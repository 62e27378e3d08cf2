package org.plantrace.benchmarks;

import java.awt.image.BufferedImage;

import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.SyntheticPlan;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.render.PngExporter;

/**
 * The first 1,000-node diagram of a session, for the cold benchmarks of {@code run.sh} (one process per run): builds
 * the whole-plan alignment diagram of a generated plan of 1,000 nodes / 3,000 edges, lays it out with ELK and draws
 * it fitted to a 1920 x 1080 window, as the diagram view shows a new diagram. Prints one line: {@code first-diagram
 * <ms> <cpu ms>} (from the start of building the diagram to the drawn image, wall clock and the process's CPU time;
 * generating the plan is not counted).
 *
 * <p>Usage: {@code FirstDiagram [--warm-up]} ({@code --warm-up}: first lay out two tiny diagrams, as the workbench
 * does in the background after start-up).
 */
public final class FirstDiagram {

    private FirstDiagram() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && args[0].equals("--warm-up")) {
            // by reflection: the warm-up of an older tree (run.sh cold --base) returns nothing, this one its layout
            Class.forName("org.plantrace.diagram.layout.WarmUp").getMethod("run").invoke(null);
        }
        var plan = SyntheticPlan.plan(1000, 3000);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Diagram d = Diagrams.alignment(plan, DiagramOptions.DEFAULT);
        DiagramLayout layout = new DiagramLayouter().layout(d);
        double scale = Math.min(1.0, Math.min(1920 / layout.width(), 1080 / layout.height()));
        BufferedImage image = PngExporter.image(layout, scale);
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        if (image.getWidth() == 0 || d.nodes().size() < 1000) {
            throw new IllegalStateException("diagram of " + d.nodes().size() + " nodes");
        }
        System.out.printf(java.util.Locale.ROOT, "first-diagram %.1f %.1f%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6);
    }
}

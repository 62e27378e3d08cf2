package org.plantrace.benchmarks;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.function.Supplier;

import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.core.generated.GeneratedPlan;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.render.PngExporter;
import org.plantrace.diagram.render.SvgExporter;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/**
 * Diagram layout and rendering, as the diagram view and the appendix generator do it: build the diagram from the
 * model, lay it out with ELK, render it. For the sample's diagrams and for generated whole-plan alignment diagrams of
 * 250/750, 500/1,500 and 1,000/3,000 nodes/edges. Goal: layout + render of 1,000 nodes / 3,000 edges under 1 s.
 *
 * <p>"Render" is what the diagram view paints when it shows a new diagram fitted to a 1920 x 1080 window: every
 * node and edge, drawn with Java 2D (the same painter as the SWT canvas and the exports). Also reported: a 100 %
 * window onto the middle of the diagram (each paint while panning), and the exports: SVG text, and the full-size PNG
 * (drawing + encoding; for tall diagrams this is by far the slowest step).
 *
 * <p>Reports the first run in a fresh JVM (class loading, JIT: what the first diagram of a session costs) and the
 * median of warm runs, and the per-element cost ratio between sizes (1.00 = linear).
 *
 * <p>Usage: {@code DiagramBenchmark [sample.plan] [iterations] [--warm-up]} (defaults: the sample, 7; {@code --warm-up}
 * first lays out two tiny diagrams as the workbench does after start-up, so the first run measures what a user's
 * first diagram costs then).
 */
public final class DiagramBenchmark {

    private static final int SCREEN_WIDTH = 1920;
    private static final int SCREEN_HEIGHT = 1080;

    private DiagramBenchmark() {
    }

    record Times(double build, double layout, double fit, double window, double svg, double png) {

        double layoutAndRender() {
            return layout + fit;
        }
    }

    public static void main(String[] args) throws Exception {
        boolean warmUp = Arrays.asList(args).contains("--warm-up");
        args = Arrays.stream(args).filter(a -> !a.equals("--warm-up")).toArray(String[]::new);
        String sample = args.length > 0 ? args[0] : "examples/policing-london-2009-12/plan.plan";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        System.setProperty("java.awt.headless", "true");
        System.out.printf("Plantrace diagram benchmark: %d warm iterations, JVM %s, %d cores%n", iterations,
                Runtime.version(), Runtime.getRuntime().availableProcessors());

        if (warmUp) {
            // what the workbench does in the background after start-up (org.plantrace.ui.diagram LayoutWarmUp)
            long w0 = System.nanoTime();
            org.plantrace.diagram.layout.WarmUp.run();
            System.out.printf("  warm-up (two tiny diagrams laid out, as the workbench does in the background): %.0f ms%n",
                    ms(w0, System.nanoTime()));
        }
        Plan big = GeneratedPlan.alignment(1000, 3000);
        Supplier<Diagram> goal = () -> Diagrams.alignment(big, DiagramOptions.DEFAULT);
        Times cold = measure(goal);
        Diagram d = goal.get();
        System.out.printf("  goal, first run in this JVM: %d nodes, %d edges (%s):%n", d.nodes().size(), d.edges().size(),
                DiagramLayouter.Settings.automatic(d));
        print("    cold", cold);

        Plan plan = ModelStore.loadPlan(java.nio.file.Path.of(sample));
        row("sample strategy map", () -> Diagrams.strategyMap(plan, DiagramOptions.DEFAULT), iterations);
        row("sample objective 3 alignment", () -> Diagrams.alignment(plan.getObjectives().get(2), DiagramOptions.DEFAULT),
                iterations);
        row("sample whole-plan alignment", () -> Diagrams.alignment(plan, DiagramOptions.DEFAULT), iterations);

        int[][] sizes = { { 250, 750 }, { 500, 1500 }, { 1000, 3000 } };
        double[] perElement = new double[sizes.length];
        Times goalWarm = null;
        for (int i = 0; i < sizes.length; i++) {
            Plan p = i == sizes.length - 1 ? big : GeneratedPlan.alignment(sizes[i][0], sizes[i][1]);
            Times t = row("generated " + sizes[i][0] + " nodes / " + sizes[i][1] + " edges",
                    () -> Diagrams.alignment(p, DiagramOptions.DEFAULT), iterations);
            perElement[i] = t.layoutAndRender() / (sizes[i][0] + sizes[i][1]);
            goalWarm = t;
        }
        System.out.printf("  growth of layout + render per element: x2 size = %.2f, x4 size = %.2f (1.00 = linear; the"
                + " settings change with size)%n",
                perElement[1] / perElement[0], perElement[2] / perElement[0]);
        System.out.printf("  goal (1,000 nodes / 3,000 edges, layout + render < 1000 ms): warm %.0f ms = %.2f of the "
                + "budget; first run %.0f ms = %.2f%n", goalWarm.layoutAndRender(), goalWarm.layoutAndRender() / 1000,
                cold.layoutAndRender(), cold.layoutAndRender() / 1000);
    }

    private static Times row(String name, Supplier<Diagram> diagram, int iterations) throws Exception {
        measure(diagram); // warm-up
        Times[] runs = new Times[iterations];
        for (int i = 0; i < iterations; i++) {
            runs[i] = measure(diagram);
        }
        Times median = new Times(median(runs, Times::build), median(runs, Times::layout), median(runs, Times::fit),
                median(runs, Times::window), median(runs, Times::svg), median(runs, Times::png));
        Diagram d = diagram.get();
        DiagramLayouter.Settings settings = DiagramLayouter.Settings.automatic(d);
        System.out.printf("  %-40s %4d nodes %5d edges (merge edges %s, model order %s, thoroughness %d)%n", name,
                d.nodes().size(), d.edges().size(), settings.mergeEdges(), settings.modelOrder(),
                settings.thoroughness());
        print("    median", median);
        return median;
    }

    private static void print(String label, Times t) {
        System.out.printf("%s: build %6.1f  layout %6.1f  render (fit) %6.1f  = layout + render %6.1f ms  | 100%% window"
                + " %5.1f ms | export: SVG %6.1f ms, full-size PNG %7.1f ms%n", label, t.build, t.layout, t.fit,
                t.layoutAndRender(), t.window, t.svg, t.png);
    }

    private static Times measure(Supplier<Diagram> diagram) throws Exception {
        long t0 = System.nanoTime();
        Diagram d = diagram.get();
        long t1 = System.nanoTime();
        DiagramLayout layout = new DiagramLayouter().layout(d);
        long t2 = System.nanoTime();
        double scale = Math.min(1.0, Math.min(SCREEN_WIDTH / layout.width(), SCREEN_HEIGHT / layout.height()));
        BufferedImage fit = PngExporter.image(layout, scale);
        long t3 = System.nanoTime();
        BufferedImage window = PngExporter.viewport(layout, 1.0, Math.max(0, layout.width() / 2 - SCREEN_WIDTH / 2),
                Math.max(0, layout.height() / 2 - SCREEN_HEIGHT / 2), SCREEN_WIDTH, SCREEN_HEIGHT);
        long t4 = System.nanoTime();
        String svg = SvgExporter.toSvg(layout);
        long t5 = System.nanoTime();
        byte[] png = PngExporter.bytes(layout, 1.0);
        long t6 = System.nanoTime();
        if (svg.isEmpty() || fit.getWidth() == 0 || window.getWidth() == 0 || png.length == 0) {
            throw new IllegalStateException();
        }
        return new Times(ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t5, t6));
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static double median(Times[] runs, java.util.function.ToDoubleFunction<Times> f) {
        double[] v = Arrays.stream(runs).mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }
}

package org.plantrace.benchmarks;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.plantrace.core.generated.GeneratedPlan;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.render.SvgExporter;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/**
 * ELK layout alone, as the appendix lays out its figures: the per-objective alignment diagrams of a plan (700 for the
 * 100x model), built once, then laid out one after another on one thread, several rounds in one JVM. Reports the
 * thread's CPU time of the first round (a fresh JVM: what {@code plantrace appendix} pays) and the median of the warm
 * rounds.
 *
 * <p>With {@code --svg-digests FILE PLAN...} it instead writes one line per diagram (name, nodes/edges, SHA-256 of its
 * SVG): the strategy map, the whole-plan alignment diagram (plans of up to 100 objectives) and every objective's
 * alignment diagram of each plan, then generated whole-plan diagrams of 30 to 1,000 nodes (the mid-size and big-graph
 * paths of {@link DiagramLayouter.Settings}). Two trees' files compare layouts byte for byte: a change meant to make
 * layout faster must leave them identical.
 *
 * <p>Usage: {@code LayoutBenchmark [plan] [rounds]} (defaults: /tmp/m100/plan.plan, 6) or
 * {@code LayoutBenchmark --svg-digests FILE PLAN...}.
 */
public final class LayoutBenchmark {

    private LayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && args[0].equals("--svg-digests")) {
            digests(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        Path planFile = Path.of(args.length > 0 ? args[0] : "/tmp/m100/plan.plan");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Plan plan = ModelStore.loadPlan(planFile);
        TraceIndex index = TraceIndex.of(plan);
        List<Diagram> diagrams = new ArrayList<>();
        long nodes = 0;
        long edges = 0;
        for (CorporateObjective o : plan.getObjectives()) {
            Diagram d = Diagrams.alignment(o, DiagramOptions.DEFAULT, index);
            diagrams.add(d);
            nodes += d.nodes().size();
            edges += d.edges().size();
        }
        System.out.printf(Locale.ROOT, "Plantrace layout benchmark: %s, %d diagrams, %d nodes, %d edges, JVM %s%n",
                planFile, diagrams.size(), nodes, edges, Runtime.version());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            double check = 0;
            for (Diagram d : diagrams) {
                check += new DiagramLayouter().layout(d).width();
            }
            cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            System.out.printf(Locale.ROOT, "  round %d: %.0f ms CPU, %.0f ms wall (total width %.0f)%n", r + 1, cpu[r],
                    (System.nanoTime() - t0) / 1e6, check);
        }
        double[] warm = Arrays.copyOfRange(cpu, Math.min(2, rounds - 1), rounds);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "layout cold %.0f ms CPU, warm median %.0f ms CPU (rounds 3-%d)%n", cpu[0],
                warm[warm.length / 2], rounds);
    }

    private static void digests(Path out, String[] plans) throws Exception {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String p : plans) {
                Plan plan = ModelStore.loadPlan(Path.of(p));
                TraceIndex index = TraceIndex.of(plan);
                if (plan.getObjectives().size() <= 100) {
                    digest(w, p + " strategy-map", Diagrams.strategyMap(plan, DiagramOptions.DEFAULT));
                    digest(w, p + " alignment", Diagrams.alignment(plan, DiagramOptions.DEFAULT));
                }
                for (CorporateObjective o : plan.getObjectives()) {
                    digest(w, p + " " + o.getId(), Diagrams.alignment(o, DiagramOptions.DEFAULT, index));
                }
            }
            int[][] sizes = { { 30, 60 }, { 100, 300 }, { 250, 750 }, { 400, 1200 }, { 1000, 3000 } };
            for (int[] s : sizes) {
                digest(w, "generated " + s[0] + "/" + s[1],
                        Diagrams.alignment(GeneratedPlan.alignment(s[0], s[1]), DiagramOptions.DEFAULT));
            }
        }
    }

    private static void digest(PrintWriter w, String name, Diagram d) throws NoSuchAlgorithmException {
        String svg = SvgExporter.toSvg(new DiagramLayouter().layout(d));
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(svg.getBytes(StandardCharsets.UTF_8));
        w.println(name + " " + d.nodes().size() + "/" + d.edges().size() + " " + HexFormat.of().formatHex(hash));
    }
}

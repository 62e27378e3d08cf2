package org.plantrace.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.core.merge.FileMerge;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;

/**
 * Merging two edited copies of the 100x model (700 objectives, ~16,000 links) by id: warm (in this JVM) and as a cold
 * {@code plantrace merge} process, each beside a plain text merge ({@code git merge-file}) of the same three files in
 * the same run. Goals: under 1 s warm, under 3 s cold. Prints figures and ratios; never fails on a time.
 *
 * <p>Ours retitles 50 objectives and changes 200 targets; theirs annotates 50 other objectives, changes 200 other
 * targets, adds a measure to 20 objectives and removes a link from 50; both change the same 5 targets (5 conflicts).
 */
public final class MergeBenchmark {

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "examples/policing-london-2009-12/plan.plan");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String launcher = System.getProperty("plantrace.launcher", "./plantrace");
        System.out.printf("Plantrace merge benchmark: 100x %s, %d warm iterations, JVM %s, %d cores%n", sample,
                iterations, Runtime.version(), Runtime.getRuntime().availableProcessors());

        Path dir = Files.createTempDirectory("plantrace-merge-bench");
        Path basePath = ScaledModel.write(ModelStore.loadPlan(sample), 100, dir);
        byte[] base = Files.readAllBytes(basePath);
        URI uri = URI.createFileURI(basePath.toAbsolutePath().toString());
        byte[] ours = edit(base, uri, p -> {
            List<CorporateObjective> os = p.getObjectives();
            for (int i = 0; i < 50; i++) {
                CorporateObjective o = os.get(i * 14 % os.size());
                o.setTitle(o.getTitle() + " (revised)");
            }
            List<Target> ts = targets(p);
            for (int i = 0; i < 200; i++) {
                ts.get(i * 2).setValue("ours " + i);
            }
            for (int i = 0; i < 5; i++) {
                ts.get(1001 + 2 * i).setValue("ours conflict " + i);
            }
        });
        byte[] theirs = edit(base, uri, p -> {
            List<CorporateObjective> os = p.getObjectives();
            for (int i = 0; i < 50; i++) {
                os.get((i * 14 + 7) % os.size()).setNote("Agreed at committee, round " + i);
            }
            List<Target> ts = targets(p);
            for (int i = 0; i < 200; i++) {
                ts.get(i * 2 + 1).setValue("theirs " + i);
            }
            for (int i = 0; i < 5; i++) {
                ts.get(1001 + 2 * i).setValue("theirs conflict " + i);
            }
            for (int i = 0; i < 20; i++) {
                Measure m = PlantraceFactory.eINSTANCE.createMeasure();
                m.setId("bench-new-measure-" + i);
                m.setTitle("New measure " + i);
                os.get(i * 31 % os.size()).getMeasures().add(m);
            }
            int removed = 0;
            for (CorporateObjective o : os) {
                if (removed < 50 && !o.getAlignments().isEmpty()) {
                    o.getAlignments().remove(o.getAlignments().size() - 1);
                    removed++;
                }
            }
        });
        Path b = Files.write(dir.resolve("base.plan"), base);
        Path o = Files.write(dir.resolve("ours.plan"), ours);
        Path t = Files.write(dir.resolve("theirs.plan"), theirs);
        System.out.printf("  model: %d objectives, %.1f MB per version%n", ModelStore.loadPlan(basePath).getObjectives().size(),
                base.length / 1048576.0);

        // warm: this JVM, after warm-up runs
        FileMerge.Outcome outcome = null;
        for (int i = 0; i < 3; i++) {
            outcome = FileMerge.merge(base, ours, theirs, uri, "base", "ours", "theirs");
        }
        double[] warm = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            outcome = FileMerge.merge(base, ours, theirs, uri, "base", "ours", "theirs");
            warm[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("  merge by id, warm: median %.0f ms (min %.0f), %d conflict(s)%n", median(warm), min(warm),
                outcome.conflicts().size());

        // cold processes: plantrace merge, and git merge-file on the same three files
        double[] cold = new double[3];
        int exit = -1;
        for (int i = 0; i < cold.length; i++) {
            Files.copy(o, dir.resolve("ours-" + i + ".plan"));
            long t0 = System.nanoTime();
            exit = run(dir, launcher, "merge", b.toString(), dir.resolve("ours-" + i + ".plan").toString(), t.toString());
            cold[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] text = new double[3];
        int textExit = -1;
        for (int i = 0; i < text.length; i++) {
            Files.copy(o, dir.resolve("text-" + i + ".plan"));
            long t0 = System.nanoTime();
            textExit = run(dir, "git", "merge-file", dir.resolve("text-" + i + ".plan").toString(), b.toString(), t.toString());
            text[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("  plantrace merge, cold process: median %.0f ms (exit %d)%n", median(cold), exit);
        System.out.printf("  git merge-file (text), process: median %.0f ms (%d text conflict(s))%n", median(text), textExit);
        System.out.printf("  goals: warm %.0f ms / 1000 ms = %.2f; cold %.0f ms / 3000 ms = %.2f (<= 1.00 meets the goal)%n",
                median(warm), median(warm) / 1000, median(cold), median(cold) / 3000);
        System.out.printf("  ratio to git merge-file: warm %.1fx, cold %.1fx%n", median(warm) / median(text),
                median(cold) / median(text));
        deleteTree(dir); // eleven versions of 26 MB and the scaled frameworks
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<Target> targets(Plan p) {
        List<Target> out = new ArrayList<>();
        p.eAllContents().forEachRemaining(e -> {
            if (e instanceof Target t) {
                out.add(t);
            }
        });
        return out;
    }

    private static byte[] edit(byte[] base, URI uri, Consumer<Plan> change) throws Exception {
        Resource r = ModelStore.load(ModelStore.newResourceSet(), base, uri, "base");
        change.accept((Plan) r.getContents().get(0));
        return ModelStore.serialise(r);
    }

    private static int run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }
}

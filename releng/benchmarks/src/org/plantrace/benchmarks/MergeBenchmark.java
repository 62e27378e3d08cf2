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
import org.plantrace.core.merge.TextMerge;
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
 * targets, adds a measure to 20 objectives and removes a link from 50. Twice: with both changing the same 5 targets
 * (5 conflicts, ours kept at each) and without (clean), both merged as text ({@link TextMerge}) and proven; the
 * merge of the models alone beside them (what a merge the text merge leaves aside costs); then the text merge alone,
 * warm and as a process that loads no EMF class, to show what the proof of its result costs.
 */
public final class MergeBenchmark {

    /** Threads that read versions side by side (as {@code plantrace merge} does). */
    static final java.util.concurrent.Executor READERS = java.util.concurrent.Executors
            .newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory());

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "examples/policing-london-2009-12/plan.plan");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String launcher = System.getProperty("plantrace.launcher", "./plantrace");
        // an older built tree (e.g. a clone of main): its `plantrace merge` is timed in the same run
        String before = args.length > 2 ? Path.of(args[2], "plantrace").toAbsolutePath().toString() : null;
        System.out.printf("Plantrace merge benchmark: 100x %s, %d warm iterations, JVM %s, %d cores%n", sample,
                iterations, Runtime.version(), Runtime.getRuntime().availableProcessors());

        Path dir = Files.createTempDirectory("plantrace-merge-bench");
        Path basePath = ScaledModel.write(ModelStore.loadPlan(sample), 100, dir);
        byte[] base = Files.readAllBytes(basePath);
        URI uri = URI.createFileURI(basePath.toAbsolutePath().toString());
        byte[] ours = edit(base, uri, p -> oursEdits(p, true));
        byte[] theirs = edit(base, uri, p -> theirsEdits(p, true));
        byte[] oursClean = edit(base, uri, p -> oursEdits(p, false));
        byte[] theirsClean = edit(base, uri, p -> theirsEdits(p, false));
        Path b = Files.write(dir.resolve("base.plan"), base);
        System.out.printf("  model: %d objectives, %.1f MB per version%n", ModelStore.loadPlan(basePath).getObjectives().size(),
                base.length / 1048576.0);

        System.out.println("edits that meet at 5 targets (5 conflicts, ours kept at each):");
        double[] conflicting = scenario(dir, "conflicts", b, ours, theirs, uri, iterations, launcher, before);
        System.out.println("the same edits without the 5 shared targets (disjoint, clean):");
        double[] clean = scenario(dir, "clean", b, oursClean, theirsClean, uri, iterations, launcher, before);

        // the text merge alone: what it costs without the proof (load and save of the result), warm and cold
        double[] textOnly = new double[iterations];
        for (int i = 0; i < iterations + 3; i++) {
            long t0 = System.nanoTime();
            TextMerge.Result r = TextMerge.attempt(base, oursClean, theirsClean, READERS);
            if (i >= 3) {
                textOnly[i - 3] = (System.nanoTime() - t0) / 1e6;
            }
            if (r.merged() == null) {
                System.out.println("  the text merge did not apply: " + r.fallback());
                break;
            }
        }
        double[] textCold = new double[3];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < textCold.length; i++) {
            long t0 = System.nanoTime();
            run(dir, java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    TextMergeProcess.class.getName(), b.toString(), dir.resolve("clean-ours.plan").toString(),
                    dir.resolve("clean-theirs.plan").toString(), dir.resolve("text-only-" + i + ".plan").toString());
            textCold[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("  text merge alone (no load and save to prove it): warm median %.0f ms; cold process (no EMF"
                + " class loaded) median %.0f ms%n", median(textOnly), median(textCold));

        System.out.printf("goals (<= 1.00 meets the goal): clean: warm %.2f, cold %.2f; with conflicts: warm %.2f, cold %.2f%n",
                clean[0] / 1000, clean[1] / 3000, conflicting[0] / 1000, conflicting[1] / 3000);
        deleteTree(dir); // the versions of 26 MB and the scaled frameworks
    }

    /** Ours retitles 50 objectives and changes 200 targets (and, with {@code meet}, 5 targets theirs changes too). */
    private static void oursEdits(Plan p, boolean meet) {
        List<CorporateObjective> os = p.getObjectives();
        for (int i = 0; i < 50; i++) {
            CorporateObjective o = os.get(i * 14 % os.size());
            o.setTitle(o.getTitle() + " (revised)");
        }
        List<Target> ts = targets(p);
        for (int i = 0; i < 200; i++) {
            ts.get(i * 2).setValue("ours " + i);
        }
        for (int i = 0; meet && i < 5; i++) {
            ts.get(1001 + 2 * i).setValue("ours conflict " + i);
        }
    }

    /**
     * Theirs annotates 50 other objectives, changes 200 other targets, adds a measure to 20 objectives, removes a link
     * from 50 (and, with {@code meet}, changes the 5 targets ours changes).
     */
    private static void theirsEdits(Plan p, boolean meet) {
        List<CorporateObjective> os = p.getObjectives();
        for (int i = 0; i < 50; i++) {
            os.get((i * 14 + 7) % os.size()).setNote("Agreed at committee, round " + i);
        }
        List<Target> ts = targets(p);
        for (int i = 0; i < 200; i++) {
            ts.get(i * 2 + 1).setValue("theirs " + i);
        }
        for (int i = 0; meet && i < 5; i++) {
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
    }

    /**
     * One pair of edited versions: the merge warm (this JVM), as a cold {@code plantrace merge} process, and
     * {@code git merge-file} of the same files; prints them and returns the warm and cold medians (ms).
     */
    private static double[] scenario(Path dir, String name, Path b, byte[] ours, byte[] theirs, URI uri, int iterations,
            String launcher, String before) throws Exception {
        byte[] base = Files.readAllBytes(b);
        Path o = Files.write(dir.resolve(name + "-ours.plan"), ours);
        Path t = Files.write(dir.resolve(name + "-theirs.plan"), theirs);
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
        double[] models = new double[iterations]; // the merge of the models only, as when the text merge stands aside
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            FileMerge.mergeModels(base, ours, theirs, uri, "base", "ours", "theirs");
            models[i] = (System.nanoTime() - t0) / 1e6;
        }
        TextMerge.Result text = TextMerge.attempt(base, ours, theirs);
        System.out.printf("  merge of the models only, warm: median %.0f ms (min %.0f)%n", median(models),
                min(models));
        System.out.printf("  merge by id, warm: median %.0f ms (min %.0f), %d conflict(s); %s%n", median(warm), min(warm),
                outcome.conflicts().size(), text.merged() != null ? "merged as text (" + text.conflicts().size() + " conflict(s))"
                        : "not as text (" + text.fallback() + ")");

        double[] cold = new double[3];
        double[] coldBefore = new double[3];
        int exit = -1;
        int exitBefore = -1;
        for (int i = 0; i < cold.length; i++) { // alternating with the older tree's, when given
            Path copy = Files.copy(o, dir.resolve(name + "-ours-" + i + ".plan"));
            long t0 = System.nanoTime();
            exit = run(dir, launcher, "merge", b.toString(), copy.toString(), t.toString());
            cold[i] = (System.nanoTime() - t0) / 1e6;
            if (before != null) {
                copy = Files.copy(o, dir.resolve(name + "-before-" + i + ".plan"));
                t0 = System.nanoTime();
                exitBefore = run(dir, before, "merge", b.toString(), copy.toString(), t.toString());
                coldBefore[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double[] gitText = new double[3];
        int textExit = -1;
        for (int i = 0; i < gitText.length; i++) {
            Path copy = Files.copy(o, dir.resolve(name + "-git-" + i + ".plan"));
            long t0 = System.nanoTime();
            textExit = run(dir, "git", "merge-file", copy.toString(), b.toString(), t.toString());
            gitText[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("  plantrace merge, cold process: median %.0f ms (exit %d)%n", median(cold), exit);
        if (before != null) {
            System.out.printf("  plantrace merge of %s, cold process: median %.0f ms (exit %d)%n", before,
                    median(coldBefore), exitBefore);
        }
        System.out.printf("  git merge-file (text), process: median %.0f ms (%d text conflict(s))%n", median(gitText),
                textExit);
        System.out.printf("  goals: warm %.0f ms / 1000 ms = %.2f; cold %.0f ms / 3000 ms = %.2f; ratio to git merge-file:"
                + " warm %.1fx, cold %.1fx%n", median(warm), median(warm) / 1000, median(cold), median(cold) / 3000,
                median(warm) / median(gitText), median(cold) / median(gitText));
        return new double[] { median(warm), median(cold) };
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

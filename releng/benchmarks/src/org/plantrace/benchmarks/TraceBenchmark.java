package org.plantrace.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.cli.Main;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/**
 * Load + validate + coverage, end to end as the {@code validate} and {@code coverage} commands do it,
 * for the sample plan and for generated models 10x and 100x its size. Reports medians of warm runs
 * and the per-element cost ratio between sizes (1.0 = linear growth).
 *
 * <p>Usage: {@code TraceBenchmark <sample.plan> [iterations]}.
 */
public final class TraceBenchmark {

    private TraceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "examples/policing-london-2009-12/plan.plan");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.printf("Plantrace trace benchmark: %s, %d warm iterations per size, JVM %s, %d cores%n", sample,
                iterations, Runtime.version(), Runtime.getRuntime().availableProcessors());

        Path tmp = Files.createTempDirectory("plantrace-bench");
        Plan plan = ModelStore.loadPlan(sample);
        int[] factors = { 1, 10, 100 };
        double[] perElement = new double[factors.length];
        for (int i = 0; i < factors.length; i++) {
            Path file = sample;
            if (factors[i] > 1) {
                Path d = Files.createDirectories(tmp.resolve("x" + factors[i]));
                file = ScaledModel.write(plan, factors[i], d);
            }
            Result r = measure(file, factors[i] == 100 ? Math.max(3, iterations / 3) : iterations);
            perElement[i] = r.median / r.elements;
            System.out.printf("  %4dx  %7d elements  load %7.1f ms  validate %7.1f ms  coverage %7.1f ms"
                    + "  total %7.1f ms (median; min %.1f)  %.2f us/element%n", factors[i], r.elements, r.load,
                    r.validate, r.coverage, r.median, r.min, perElement[i] * 1000);
        }
        System.out.printf("  growth: per-element cost 10x/1x = %.2f, 100x/1x = %.2f (1.00 = linear)%n",
                perElement[1] / perElement[0], perElement[2] / perElement[0]);
    }

    record Result(long elements, double load, double validate, double coverage, double median, double min) {
    }

    private static Result measure(Path file, int iterations) throws Exception {
        run(file); // warm-up
        run(file);
        double[] total = new double[iterations];
        double[] load = new double[iterations];
        double[] val = new double[iterations];
        double[] cov = new double[iterations];
        long elements = 0;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            Plan p = ModelStore.loadPlan(file);
            org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(p);
            long t1 = System.nanoTime();
            TraceIndex index = TraceIndex.of(p);
            int findings = Validation.validate(p, index).size();
            long t2 = System.nanoTime();
            String coverage = coverage(file);
            long t3 = System.nanoTime();
            if (findings < 0 || coverage.isEmpty()) {
                throw new IllegalStateException();
            }
            load[i] = (t1 - t0) / 1e6;
            val[i] = (t2 - t1) / 1e6;
            cov[i] = (t3 - t2) / 1e6;
            total[i] = (t3 - t0) / 1e6;
            elements = count(p);
        }
        return new Result(elements, median(load), median(val), median(cov), median(total),
                Arrays.stream(total).min().orElse(0));
    }

    private static void run(Path file) throws Exception {
        Plan p = ModelStore.loadPlan(file);
        Validation.validate(p);
        coverage(file);
    }

    /** The coverage command itself (it loads the plan again, as a user's second command would). */
    private static String coverage(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] { "coverage", file.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("coverage failed on " + file);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long count(Plan p) {
        long n = 0;
        for (var r : p.eResource().getResourceSet().getResources()) {
            for (Iterator<EObject> it = r.getAllContents(); it.hasNext(); it.next()) {
                n++;
            }
        }
        return n;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

}

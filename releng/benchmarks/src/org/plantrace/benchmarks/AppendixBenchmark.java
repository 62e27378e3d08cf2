package org.plantrace.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Validation;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Output;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/**
 * Appendix generation, as {@code plantrace appendix} does it once the model is loaded: validate, build
 * the document (all appendices and the summary), write every format (DOCX, HTML, PDF, CSV, XLSX) to
 * memory. For the 2009-12 sample and for a model 100x its size (see {@link ScaledModel}). Reports
 * medians of warm runs per phase and the ratios between sizes. Goal: all formats under 2 s warm for
 * the sample.
 *
 * <p>Usage: {@code AppendixBenchmark [sample.plan] [iterations] [factor]} (defaults: the sample, 10, 100).
 */
public final class AppendixBenchmark {

    private AppendixBenchmark() {
    }

    record Run(double build, Map<Format, Double> formats, double total, long bytes, int pages) {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "examples/policing-london-2009-12/plan.plan");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int factor = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        System.out.printf("Plantrace appendix benchmark: %s, JVM %s, %d cores, max heap %d MB%n", sample,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        Plan plan = ModelStore.loadPlan(sample);
        Run small = measure("1x", plan, iterations);

        Path dir = Files.createTempDirectory("plantrace-appendix-bench");
        Plan big = ModelStore.loadPlan(ScaledModel.write(plan, factor, dir));
        Run large = measure(factor + "x", big, Math.max(1, iterations / 5));
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        System.out.printf("%nratios %dx / 1x:  build %.1f", factor, large.build / small.build);
        for (Format f : Format.values()) {
            System.out.printf("  %s %.1f", f.cliName(), large.formats.get(f) / small.formats.get(f));
        }
        System.out.printf("  total %.1f  (%.2f of linear)%n", large.total / small.total, large.total / small.total / factor);
        System.out.printf("sample, all appendices and formats, warm: %.0f ms (goal < 2000 ms: %s)%n", small.total,
                small.total < 2000 ? "met" : "NOT met");
    }

    private static Run measure(String label, Plan plan, int iterations) throws IOException {
        for (int i = 0; i < Math.max(2, iterations); i++) {
            once(plan); // warm-up: as many runs as are measured, at least two
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            runs.add(once(plan));
        }
        double build = median(runs.stream().mapToDouble(Run::build).toArray());
        Map<Format, Double> formats = new EnumMap<>(Format.class);
        for (Format f : Format.values()) {
            formats.put(f, median(runs.stream().mapToDouble(r -> r.formats.get(f)).toArray()));
        }
        double total = median(runs.stream().mapToDouble(Run::total).toArray());
        Run last = runs.get(runs.size() - 1);
        System.out.printf("%n%s: %d objectives, %d links, %d warm runs (medians)%n", label, plan.getObjectives().size(),
                TraceIndex.of(plan).links().size(), iterations);
        System.out.printf("  validate + build %8.1f ms%n", build);
        for (Format f : Format.values()) {
            System.out.printf("  %-16s %8.1f ms%n", f.cliName(), formats.get(f));
        }
        System.out.printf("  total            %8.1f ms  (min %.1f; %d KB written, %d sections)%n", total,
                runs.stream().mapToDouble(Run::total).min().orElse(0), last.bytes >> 10, last.pages);
        return new Run(build, formats, total, last.bytes, last.pages);
    }

    private static Run once(Plan plan) throws IOException {
        long t0 = System.nanoTime();
        TraceIndex index = TraceIndex.of(plan);
        AppendixDocument d = new AppendixBuilder(plan).index(index).findings(Validation.validate(plan, index))
                .generated(Instant.now()).build().document();
        long t1 = System.nanoTime();
        Map<Format, Double> times = new EnumMap<>(Format.class);
        long bytes = 0;
        for (Format f : Format.values()) {
            long s = System.nanoTime();
            for (Output o : f.writer().write(d, "appendices")) {
                bytes += o.bytes().length;
            }
            times.put(f, (System.nanoTime() - s) / 1e6);
        }
        long t2 = System.nanoTime();
        return new Run((t1 - t0) / 1e6, times, (t2 - t0) / 1e6, bytes, d.sections().size());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}

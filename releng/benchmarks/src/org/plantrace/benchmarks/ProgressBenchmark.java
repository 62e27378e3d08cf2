package org.plantrace.benchmarks;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.plantrace.core.progress.Progress;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.progress.Rag;
import org.plantrace.docgen.results.ResultsImport;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Polarity;
import org.plantrace.model.Result;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.Target;
import org.plantrace.model.Unit;

/**
 * Progress at the scale of a force's performance framework: corporate and 32 boroughs (33 scopes) x 200 measures x 36
 * monthly results (237,600 results). Measures every RAG, trend and rolling-year figure (goal: under 1 s warm), how the
 * time grows from 1 to 33 scopes, and the import of the same results as a CSV and an XLSX sheet (goal: under 5 s).
 * Prints figures and their ratio to the goals; never fails on a time.
 *
 * <p>Usage: {@code ProgressBenchmark [iterations]}.
 */
public final class ProgressBenchmark {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;
    private static final int MEASURES = 200;
    private static final int MONTHS = 36;
    private static final int BOROUGHS = 32;

    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.printf("Plantrace progress benchmark: %d measures x %d monthly results, up to %d scopes; %d warm "
                + "iterations; JVM %s, %d cores%n", MEASURES, MONTHS, BOROUGHS + 1, iterations, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        Plan plan = plan();
        List<Measure> measures = new ArrayList<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof Measure m) {
                measures.add(m);
            }
        });
        int[] scopes = { 1, 2, 4, 8, 16, 33 };
        double[] perResult = new double[scopes.length];
        List<Result> all = null;
        for (int i = 0; i < scopes.length; i++) {
            List<Result> results = results(measures, scopes[i]);
            double[] t = new double[iterations + 2];
            List<ProgressRow> rows = null;
            for (int k = 0; k < t.length; k++) {
                long t0 = System.nanoTime();
                rows = Progress.rows(plan, results);
                t[k] = (System.nanoTime() - t0) / 1e6;
            }
            double median = median(Arrays.copyOfRange(t, 2, t.length));
            perResult[i] = median / results.size();
            long red = rows.stream().filter(r -> r.rag() == Rag.RED).count();
            System.out.printf("  %2d scopes  %7d results  %6d rows (%d red)  compute %8.1f ms (median; first %.1f)"
                    + "  %.3f us/result%n", scopes[i], results.size(), rows.size(), red, median, t[0], perResult[i] * 1000);
            if (scopes[i] == 33) {
                System.out.printf("  goal: every RAG, trend and rolling year of 33 scopes under 1,000 ms warm: "
                        + "%.1f ms = %.2f of the goal%n", median, median / 1000);
                all = results;
            }
        }
        System.out.printf("  growth: per-result cost 33 scopes / 1 scope = %.2f (1.00 = linear)%n",
                perResult[scopes.length - 1] / perResult[0]);

        Path dir = Files.createTempDirectory("plantrace-progress-bench");
        Path csv = dir.resolve("results.csv");
        Path xlsx = dir.resolve("results.xlsx");
        writeCsv(all, csv);
        writeXlsx(all, xlsx);
        for (Path sheet : List.of(csv, xlsx)) {
            double[] t = new double[3];
            int imported = 0;
            int problems = 0;
            for (int k = 0; k < t.length; k++) {
                long t0 = System.nanoTime();
                ResultsImport.Outcome o = ResultsImport.read(plan, sheet, null);
                t[k] = (System.nanoTime() - t0) / 1e6;
                imported = o.results().getResults().size();
                problems = o.problems().size();
            }
            double median = median(t);
            System.out.printf("  import %-4s %7d rows -> %7d results, %d problems (%,d bytes): %8.1f ms (median of 3; "
                    + "first %.1f) = %.2f of the 5,000 ms goal%n", sheet.getFileName().toString().replaceAll(".*\\.", ""),
                    all.size(), imported, problems, Files.size(sheet), median, t[0], median / 5000);
        }
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String borough(int b) {
        return "Borough " + (b + 1);
    }

    /** A plan of 7 objectives and 200 measures, half counts (higher better), half percentages (lower better). */
    static Plan plan() {
        Plan plan = F.createPlan();
        plan.setId("bench");
        plan.setTitle("Progress benchmark");
        plan.getYears().addAll(List.of("2009/10", "2010/11", "2011/12"));
        for (int o = 0; o < 7; o++) {
            CorporateObjective obj = F.createCorporateObjective();
            obj.setId("obj-" + o);
            obj.setTitle("Objective " + o);
            plan.getObjectives().add(obj);
        }
        for (int m = 0; m < MEASURES; m++) {
            Measure measure = F.createMeasure();
            measure.setId("m-" + m);
            measure.setTitle("Measure " + m);
            boolean count = m % 2 == 0;
            measure.setUnit(count ? Unit.COUNT : Unit.PERCENT);
            measure.setPolarity(count ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER);
            for (String year : plan.getYears()) {
                Target t = F.createTarget();
                t.setId(measure.getId() + "-" + year.substring(0, 4));
                t.setYear(year);
                t.setValue(count ? "100" : "20%");
                measure.getTargets().add(t);
                for (int b = 0; b < BOROUGHS; b += 4) {
                    Target bt = F.createTarget();
                    bt.setId(t.getId() + "-b" + b);
                    bt.setYear(year);
                    bt.setValue(count ? "95" : "21%");
                    bt.setScope(ScopeKind.BOROUGH);
                    bt.setScopeName(borough(b));
                    measure.getTargets().add(bt);
                }
            }
            plan.getObjectives().get(m % 7).getMeasures().add(measure);
        }
        return plan;
    }

    /** 36 monthly results from April 2009 for each measure and each of the first {@code scopes} scopes. */
    static List<Result> results(List<Measure> measures, int scopes) {
        List<Result> out = new ArrayList<>(measures.size() * scopes * MONTHS);
        YearMonth start = YearMonth.of(2009, 4);
        for (int s = 0; s < scopes; s++) {
            for (Measure m : measures) {
                boolean count = m.getUnit() == Unit.COUNT;
                for (int i = 0; i < MONTHS; i++) {
                    YearMonth ym = start.plusMonths(i);
                    Result r = F.createResult();
                    r.setId("r-" + m.getId() + "-" + s + "-" + i);
                    r.setMeasure(m);
                    if (s > 0) {
                        r.setScope(ScopeKind.BOROUGH);
                        r.setScopeName(borough(s - 1));
                    }
                    double wave = Math.sin((i + s + m.getId().length()) / 3.0);
                    r.setValue(count ? 100 + 8 * wave : 20 + 2 * wave);
                    r.setPeriodFrom(ym.atDay(1).toString());
                    r.setPeriodTo(ym.atEndOfMonth().toString());
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static String[] cells(Result r) {
        return new String[] { r.getMeasure().getId(), r.getScope() == ScopeKind.CORPORATE ? "" : "borough",
                r.getScopeName() == null ? "" : r.getScopeName(), r.getPeriodFrom(), r.getPeriodTo(),
                String.format(Locale.ROOT, "%.2f", r.getValue()) };
    }

    private static final String[] HEADER = { "measure", "scope", "scope_name", "period_from", "period_to", "value" };

    static void writeCsv(List<Result> results, Path file) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER) + "\r\n");
            for (Result r : results) {
                w.write(String.join(",", cells(r)) + "\r\n");
            }
        }
    }

    static void writeXlsx(List<Result> results, Path file) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Results");
            Row h = s.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                h.createCell(i).setCellValue(HEADER[i]);
            }
            int n = 1;
            for (Result r : results) {
                Row row = s.createRow(n++);
                String[] c = cells(r);
                for (int i = 0; i < 5; i++) {
                    if (!c[i].isEmpty()) {
                        row.createCell(i).setCellValue(c[i]);
                    }
                }
                row.createCell(5).setCellValue(r.getValue());
            }
            wb.write(os);
            wb.dispose();
        }
    }
}

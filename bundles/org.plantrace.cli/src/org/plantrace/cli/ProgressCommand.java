package org.plantrace.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.plantrace.core.progress.NationalRisk;
import org.plantrace.core.progress.Progress;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.trace.Coverage;
import org.plantrace.model.io.ModelLoadException;

/** {@code plantrace progress}: results against targets, per objective, with status, trend and national risk. */
final class ProgressCommand implements Command {

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public String summary() {
        return "report results against targets: RAG, trend, rolling year, risk to national priorities";
    }

    @Override
    public String help() {
        return """
                Usage: plantrace progress <plan> <results...> [--format text|csv|json] [--exceptions]
                       plantrace progress <plan> <results...> --risk [--format text|csv]
                       plantrace progress <plan> <results...> --format docx|html|pdf|xlsx --out DIR [--name BASE]

                Reads the results files (.results) of the plan's measures and prints, per objective and
                for each measure, part of a measure and scope that has results: the target of the year,
                the latest result and the period it covers, the rolling-year figure, the trend and the
                status. Status (RAG) is derived from the target and the measure's tolerances (amber within
                5% of the target unless the measure or the plan says otherwise); a year without a numeric
                target is 'baselining'. Trend (+ve, stable, -ve) compares with the same period last year,
                else the previous period of the same length, the way that is better for the measure; it is
                not status. Where the results print a target other than the plan's, the conflict is shown.
                Text output ends with the national priorities that depend on amber or red measures.

                Options:
                  --format FORMAT  text (default), csv (one row per measure and scope, header row) or json;
                                   docx, html, pdf or xlsx write the progress report (per objective the table
                                   Indicator | Target | Rolling year | Trend | Status with the period of each
                                   figure, the commentary, the national priorities at risk) into --out DIR
                  --out DIR        folder for the progress report (created if missing)
                  --name BASE      file name of the report without extension (default: progress-report)
                  --exceptions     only the amber and red measures (an exception report)
                  --risk           only the national priorities (PSAs, NIs, APACS, Mayor's priorities) that
                                   depend on amber or red measures through the alignments, with those
                                   measures and the route (aligned, reports it, objective n); csv: one row
                                   per priority and measure
                  --help           this help

                Exit code 0 when no measure is red, 1 when one is.
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("format", "out", "name");
    }

    @Override
    public Set<String> flags() {
        return Set.of("exceptions", "risk");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, java.io.IOException {
        String format = args.choice("format", "text", List.of("text", "csv", "json", "docx", "html", "pdf", "xlsx"));
        boolean document = List.of("docx", "html", "pdf", "xlsx").contains(format);
        if (document && !args.has("out")) {
            throw new UsageException("--format " + format + " writes files: give the folder with --out DIR");
        }
        if (args.has("risk") && !List.of("text", "csv").contains(format)) {
            throw new UsageException("--risk prints text or csv, not " + format);
        }
        ResultsArguments in = ResultsArguments.load(positionals, true);
        List<ProgressRow> rows = Progress.of(in.plan(), in.sets());
        if (args.has("exceptions")) {
            rows = rows.stream().filter(r -> r.rag().atRisk()).toList();
        }
        List<NationalRisk.AtRisk> risk = NationalRisk.of(Coverage.of(in.plan()), rows);
        if (args.has("risk")) {
            out.print(format.equals("csv") ? ProgressOutput.riskCsv(risk) : ProgressOutput.riskText(risk));
        } else if (document) {
            org.plantrace.docgen.AppendixDocument doc = org.plantrace.docgen.progress.ProgressReport.build(in.plan(),
                    in.sets(), rows, risk, java.time.Instant.now());
            java.nio.file.Path dir = java.nio.file.Path.of(args.get("out", "."));
            java.nio.file.Files.createDirectories(dir);
            org.plantrace.docgen.Format f = org.plantrace.docgen.Format.parse(format).orElseThrow();
            for (java.nio.file.Path p : org.plantrace.docgen.OutputFiles.write(dir,
                    f.writer().write(doc, args.get("name", "progress-report")))) {
                out.println("wrote " + p);
            }
        } else switch (format) {
            case "csv" -> out.print(ProgressOutput.csv(rows));
            case "json" -> out.print(ProgressOutput.json(in.plan(), rows, risk));
            default -> out.print(ProgressOutput.text(in.plan(), rows, risk));
        }
        return rows.stream().anyMatch(r -> r.rag() == org.plantrace.core.progress.Rag.RED) ? FINDINGS : OK;
    }
}

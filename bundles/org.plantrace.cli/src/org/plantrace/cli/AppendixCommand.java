package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plantrace.docgen.Appendix;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.AppendixExport;
import org.plantrace.docgen.Format;
import org.plantrace.model.io.ModelLoadException;

/** {@code plantrace appendix}: the plan's alignment appendices as DOCX, HTML, PDF, CSV and XLSX. */
final class AppendixCommand implements Command {

    @Override
    public String name() {
        return "appendix";
    }

    @Override
    public String summary() {
        return "generate the plan's alignment appendices (DOCX, HTML, PDF, CSV, XLSX)";
    }

    @Override
    public String help() {
        return "Usage: plantrace appendix <plan> --out DIR [--only B,D,E] [--format docx,html,pdf,csv]\n"
                + "                          [--framework FILE,...] [--name BASE] [--publication] [--quiet]\n\n"
                + """
                Generates the plan's alignment appendices from the model: which objectives link to
                which framework items, so a link added in the model appears in its appendix and a title
                changed once is changed everywhere.

                  A  service standards of the pledge, measures aligned     (pledge framework data)
                  B  protective services integrated into the objectives    (ps)
                  C  public concerns and the objectives addressing them    (concern)
                  D  objectives aligned to National Indicators and APACS   (ni, apacs)
                  E  objectives aligned to PSAs (priority actions) and SPPs (psa, spp)
                  F  objectives aligned to the Mayor's priorities          (mayor)
                  G  corporate health indicators                           (chi framework data)
                  H  local area agreement selections                       (laa framework data)
                  I  APACS outcomes                                        (apacsYYYY.* properties)
                  J  inspections and audits, findings, actions, scores     (plan data)
                  budgets  revenue and capital budget tables               (plan data)
                  summary  coverage per framework, forward and backward, and every finding

                One document per format holds the selected appendices (BASE.docx, BASE.html,
                BASE.pdf, BASE.xlsx); CSV gives one file per table (BASE-B.csv, BASE-findings.csv, ...).
                Existing files are replaced as a set: every file is written to a temporary folder
                first and moved into place only when all are written, so an interrupted run leaves
                the previous documents. Each format is written on its own: one that fails is named,
                the others are still written (exit 3). When validation finds errors, the documents
                are still written but marked DRAFT on every page, with the errors listed first.

                Options:
                  --out DIR          output folder (created if missing; required)
                  --only LIST        appendices to generate, e.g. B,D,E or summary (default: all the
                                     model has data for)
                  --format LIST      formats: docx,html,pdf,csv,xlsx (default: all)
                  --framework FILES  more framework files to print (comma-separated), e.g. local
                                     frameworks the plan does not list, such as its health indicators
                  --name BASE        base name of the files (default: appendices)
                  --publication      documents for the plan's readers: no traceability summary, no
                                     findings, no model ids; the summary and every finding, each
                                     check explained in words, go to BASE-review.* for the analyst
                  --quiet            no progress lines on standard error
                  --help             this help

                Prints each file written on standard output, progress on standard error.
                Exit codes: 0 no errors, 1 the model has errors (documents written, marked DRAFT),
                2 unusable input or arguments, 3 internal error (e.g. a format failed).
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("out", "only", "format", "framework", "name");
    }

    @Override
    public Set<String> flags() {
        return Set.of("quiet", "publication");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, IOException {
        long start = System.nanoTime();
        String outArg = args.get("out", null);
        if (outArg == null || outArg.isBlank()) {
            throw new UsageException("--out DIR is required");
        }
        Path dir = Path.of(outArg);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out " + outArg + " is a file, not a folder");
        }
        Set<Appendix> only = appendices(args.get("only", null));
        List<Format> formats = formats(args.get("format", null));
        String base = args.get("name", "appendices");
        if (!base.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new UsageException("--name must be a plain file name (letters, digits, '.', '_', '-'), not '" + base + "'");
        }
        Path planFile = PlanArgument.path(positionals);
        boolean quiet = args.has("quiet");
        Progress progress = new Progress(quiet ? null : err, start);

        List<Path> extra = new ArrayList<>();
        for (String f : list(args.get("framework", null))) {
            extra.add(Path.of(f));
        }
        AppendixExport.Prepared prepared = AppendixExport.prepare(
                new AppendixExport.Request(planFile, extra, only, args.has("publication"), formats), progress::step);
        AppendixBuilder.Result result = prepared.built();
        long errors = prepared.errors();
        if (!result.skipped().isEmpty()) {
            boolean asked = args.has("only");
            for (Map.Entry<Appendix, String> e : result.skipped().entrySet()) {
                String msg = label(e.getKey()) + ": " + e.getValue()
                        + (e.getKey().kinds().isEmpty() ? "" : "; add one with --framework FILE if it is kept apart");
                if (asked) {
                    prepared.close();
                    throw new UsageException("cannot generate " + msg);
                }
                progress.note("skipped " + msg);
            }
        }
        AppendixDocument doc = result.document();

        // Each format on its own: one failing costs only itself. All that succeeded are put in place as one set.
        AppendixExport.Written done = AppendixExport.write(prepared, formats, base, dir,
                Runtime.getRuntime().availableProcessors(), progress::step);
        Map<Format, String> failed = done.failed();
        List<Path> written = new ArrayList<>();
        for (Path p : done.files()) {
            out.println("wrote " + p);
            written.add(p);
        }
        for (Map.Entry<Format, String> e : failed.entrySet()) {
            err.println("plantrace appendix: " + e.getKey().cliName() + " failed, not written: " + e.getValue());
        }
        String sections = doc.sections().stream().filter(s -> !s.key().equals("draft")).map(s -> s.key())
                .collect(Collectors.joining(", "));
        progress.done(written.size() + " file(s): " + sections);
        if (!failed.isEmpty()) {
            err.println("plantrace appendix: internal error: " + failed.size() + " of " + formats.size()
                    + " format(s) failed (" + failed.keySet().stream().map(Format::cliName).collect(Collectors.joining(", "))
                    + "); the others were written");
            return INTERNAL;
        }
        if (errors > 0) {
            err.println("plantrace appendix: DRAFT: the model has " + errors + " error(s); the documents are marked "
                    + "DRAFT and " + (result.review() != null ? "the review documents list them" : "list them first")
                    + " (see 'plantrace validate " + planFile + "')");
            return FINDINGS;
        }
        return OK;
    }

    private static String label(Appendix a) {
        return a == Appendix.SUMMARY ? "the traceability summary" : "Appendix " + a.key();
    }

    private static List<String> list(String value) {
        List<String> l = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    l.add(s.trim());
                }
            }
        }
        return l;
    }

    private static Set<Appendix> appendices(String value) throws UsageException {
        Set<Appendix> set = EnumSet.noneOf(Appendix.class);
        for (String s : list(value)) {
            set.add(Appendix.parse(s).orElseThrow(
                    () -> new UsageException("unknown appendix '" + s + "'; use " + Appendix.names())));
        }
        if (value != null && set.isEmpty()) {
            throw new UsageException("--only needs at least one of " + Appendix.names());
        }
        return set;
    }

    private static List<Format> formats(String value) throws UsageException {
        if (value == null) {
            return List.of(Format.values());
        }
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String s : list(value)) {
            set.add(Format.parse(s).orElseThrow(
                    () -> new UsageException("unknown format '" + s + "'; use " + Format.names())));
        }
        if (set.isEmpty()) {
            throw new UsageException("--format needs at least one of " + Format.names());
        }
        return new ArrayList<>(set);
    }

    /** Progress lines on standard error, each with the time since the command started. */
    private record Progress(PrintStream err, long start) {

        void step(String what) {
            if (err != null) {
                err.printf(Locale.ROOT, "plantrace appendix: [%5.1fs] %s%n", (System.nanoTime() - start) / 1e9, what);
            }
        }

        void note(String what) {
            if (err != null) {
                err.println("plantrace appendix: " + what);
            }
        }

        void done(String what) {
            step("done, " + what);
        }
    }
}

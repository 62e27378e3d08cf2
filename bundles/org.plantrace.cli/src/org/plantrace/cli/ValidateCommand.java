package org.plantrace.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.SAXParserFactory;

import org.plantrace.core.text.Json;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.xml.sax.helpers.DefaultHandler;

/** {@code plantrace validate}: runs the validation rules, one line per finding. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check the plan against the traceability and consistency rules";
    }

    @Override
    public String help() {
        return """
                Usage: plantrace validate <plan> [--severity error|warning|info] [--format text|json]

                Checks a plan and the frameworks it references, and prints one line per finding:
                severity, the element's path and [id], and the message.

                Rules include: an objective with no link to any PSA, SPP, NI or APACS indicator
                (error); an objective with no National Indicator (warning); a cited key activity that
                does not exist (error); unresolved references to other files (error, naming file and
                id); duplicate ids (error); titles worded differently in published tables (warning);
                national priorities covered by no objective (info).

                Options:
                  --severity LEVEL  lowest severity to print (default: warning); the summary counts all
                  --format FORMAT   text (default) or json
                  --help            this help

                Exit codes: 0 no errors, 1 errors found, 2 unusable input, 3 internal error.
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("severity", "format");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException {
        String format = args.choice("format", "text", List.of("text", "json"));
        Severity min = Severity.valueOf(args.choice("severity", "warning", List.of("error", "warning", "info"))
                .toUpperCase(java.util.Locale.ROOT));
        Path file = PlanArgument.path(positionals);
        warmUp();
        Plan plan = ModelStore.loadPlan(file);
        List<Finding> findings = Validation.validate(plan);
        long errors = Validation.count(findings, Severity.ERROR);
        long warnings = Validation.count(findings, Severity.WARNING);
        long infos = Validation.count(findings, Severity.INFO);
        List<Finding> shown = findings.stream().filter(f -> f.severity().compareTo(min) <= 0).toList();
        if (format.equals("json")) {
            Json j = new Json().beginObject().field("file", file.toString()).field("errors", errors)
                    .field("warnings", warnings).field("infos", infos).name("findings").beginArray();
            for (Finding f : shown) {
                j.beginObject().field("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT))
                        .field("rule", f.rule()).field("id", f.elementId()).field("path", f.path())
                        .field("file", f.file()).field("message", f.message()).endObject();
            }
            out.print(j.endArray().endObject());
        } else {
            for (Finding f : shown) {
                out.println(f.toLine());
            }
            out.printf("%s: %d error(s), %d warning(s), %d info(s)%s%n", file, errors, warnings, infos,
                    shown.size() < findings.size() ? " (" + (findings.size() - shown.size())
                            + " below --severity " + min.name().toLowerCase(java.util.Locale.ROOT) + " not shown)" : "");
        }
        return errors > 0 ? FINDINGS : OK;
    }

    /**
     * JDK start-up work a cold validate meets later on its main thread, begun on the second core while the main thread
     * sets up the model package (a cold validate is mostly interpreted start-up code): the XML parser's configuration
     * and first document, the security providers behind SHA-256 (link fingerprints) and java.time (plan periods). JDK
     * classes only, so this thread never waits on a Plantrace or EMF class the main thread is initialising; where both
     * meet the same JDK class, the JVM lets one initialise it and the other wait.
     */
    private static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                SAXParserFactory.newDefaultInstance().newSAXParser().parse(
                        new ByteArrayInputStream("<a b=\"c\"><d>e</d></a>".getBytes(StandardCharsets.UTF_8)),
                        new DefaultHandler());
                MessageDigest.getInstance("SHA-256").digest(new byte[1]);
                LocalDate.of(2009, 4, 1).plusYears(1);
            } catch (Exception | LinkageError e) {
                // only a head start: the main thread does the same work when it comes to it
            }
        }, "plantrace-warm-up");
        t.setDaemon(true);
        t.start();
    }
}

package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.validation.Validation;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.NodeState;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/**
 * The same plan gives the same number of uncovered national priorities everywhere: the coverage command, validation,
 * the appendices' traceability summary, the alignment diagram and the alignment matrix's model (the Coverage view:
 * ui CoverageAgreementUiTest), on every example.
 */
class CoverageAgreementTest {

    @TempDir
    Path dir;

    @Test
    void everyOutputCountsTheSameGapsOnEveryExample() throws Exception {
        for (String example : List.of("policing-london-2009-12", "policing-performance-2003-04", "met-forward-2011-14")) {
            check(example);
        }
    }

    private void check(String example) throws Exception {
        Path out = Files.createDirectories(dir.resolve(example));
        Path file = CliTest.examples().resolve(example).resolve("plan.plan");
        Plan plan = ModelStore.loadPlan(file);
        int engine = Coverage.of(plan).gaps().size();

        CliTest.Result json = CliTest.run("coverage", file.toString(), "--format", "json");
        Matcher m = Pattern.compile("\"gaps\":\\s*\\[([^\\]]*)\\]").matcher(json.out());
        assertTrue(m.find(), json.out());
        int cli = m.group(1).isBlank() ? 0 : m.group(1).split(",").length;

        CliTest.Result text = CliTest.run("coverage", file.toString());
        assertTrue(text.out().contains(engine + " national priority item(s) covered by no objective"), text.out());

        long findings = Validation.validate(plan).stream().filter(f -> f.rule().equals("uncovered-priority")).count();

        CliTest.run("appendix", file.toString(), "--out", out.toString(), "--format", "csv", "--only", "summary",
                "--quiet");
        List<String> rows = Files.readAllLines(out.resolve("appendices-summary-uncovered.csv"));
        // after the header row (a draft's CSV starts with a DRAFT line), one row per uncovered priority
        int header = rows.indexOf("Framework,Item,Title");
        assertTrue(header >= 0, rows.toString());
        long appendix = rows.stream().skip(header + 1).filter(r -> !r.contains("Every item is covered")).count();

        long diagram = Diagrams.alignment(ModelStore.loadPlan(file), DiagramOptions.ALL).nodes().stream()
                .filter(n -> n.is(NodeState.UNCOVERED)).count();

        int matrix = new MatrixModel(ModelStore.loadPlan(file)).links().gapColumnCount();

        assertEquals(engine, cli, example + ": coverage --format json");
        assertEquals(engine, matrix, example + ": alignment matrix (gap columns)");
        assertEquals(engine, findings, example + ": validate");
        assertEquals(engine, appendix, example + ": appendix summary");
        assertEquals(engine, diagram, example + ": alignment diagram");
        if (example.equals("policing-london-2009-12")) {
            assertEquals(13, engine, "the 13 National Indicators no objective of the 2009-12 plan covers");
        }
    }
}

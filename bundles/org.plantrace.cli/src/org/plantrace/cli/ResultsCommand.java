package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.docgen.results.DataCollectionSheet;
import org.plantrace.docgen.results.ImportProblem;
import org.plantrace.docgen.results.ResultsImport;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** {@code plantrace results import|sheet}: results sheets in, data-collection sheets out. */
final class ResultsCommand implements Command {

    @Override
    public String name() {
        return "results";
    }

    @Override
    public String summary() {
        return "import a results sheet (XLSX, CSV) into a .results file, or write a data-collection sheet";
    }

    @Override
    public String help() {
        return """
                Usage: plantrace results import <plan> <sheet.xlsx|sheet.csv> -o <file.results> [--sheet NAME] [--partial]
                       plantrace results sheet <plan> -o <sheet.xlsx|sheet.csv> [--group CODE] [--year 2009/10]

                import: reads a results sheet whose first row names its columns: measure (the measure's id),
                value and period_to are required; breakdown, scope (corporate, business-group, borough, laa),
                scope_name, period_from, unit, text, period, as_of, status (provisional, final), commentary,
                source, reported_target, reported_trend are optional (indicator and target are read past).
                Dates are YYYY-MM-DD or date cells. Rows naming an unknown measure, giving another unit than
                the measure's, repeating a row, with text in the value cell or holding a formula are listed
                with sheet, row and column; nothing is written when any row is refused, unless --partial
                (then the good rows are written and the command still exits 1).

                sheet: writes an empty data-collection sheet for the owners of the measures: one row per
                measure (of business group CODE, or all), with its id, indicator, target of the year (default:
                the plan's first year) and unit, and the columns to fill. The filled sheet imports as it is.

                Options:
                  -o, --out FILE  the file to write
                  --sheet NAME    the workbook's sheet to read (default: the first)
                  --partial       import the good rows of a sheet with refused rows
                  --group CODE    business group (e.g. TP, SCD)
                  --year YEAR     financial year of the targets printed in the sheet
                  --help          this help
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("out", "sheet", "group", "year");
    }

    @Override
    public Set<String> flags() {
        return Set.of("partial");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, IOException {
        if (positionals.isEmpty() || !List.of("import", "sheet").contains(positionals.get(0))) {
            throw new UsageException("expected 'import' or 'sheet'");
        }
        String action = positionals.get(0);
        String target = args.get("out", null);
        if (target == null) {
            throw new UsageException("missing -o <file>");
        }
        Path outFile = Path.of(target);
        if (action.equals("sheet")) {
            if (positionals.size() != 2) {
                throw new UsageException("expected: results sheet <plan> -o <sheet>");
            }
            Plan plan = ModelStore.loadPlan(Path.of(positionals.get(1)));
            String year = args.get("year", plan.getYears().isEmpty() ? plan.getPeriodStart() : plan.getYears().get(0));
            String group = args.get("group", null);
            int n = DataCollectionSheet.measures(plan, group).size();
            if (group != null && n == 0) {
                throw new UsageException("no measures of business group '" + group + "' in the plan");
            }
            DataCollectionSheet.write(plan, group, year, outFile);
            out.println("wrote " + outFile + ": " + n + " measures, targets of " + year);
            return OK;
        }
        if (positionals.size() != 3) {
            throw new UsageException("expected: results import <plan> <sheet> -o <file.results>");
        }
        if (!outFile.getFileName().toString().endsWith(".results")) {
            throw new UsageException("the output must be a .results file, not " + outFile);
        }
        Path sheet = Path.of(positionals.get(2));
        if (!Files.isRegularFile(sheet)) {
            throw new ModelLoadException(sheet, 0, 0, "no such file", null);
        }
        Plan plan = ModelStore.loadPlan(Path.of(positionals.get(1)));
        ResultsImport.Outcome o;
        try {
            o = ResultsImport.read(plan, sheet, args.get("sheet", null));
        } catch (IOException e) {
            throw new ModelLoadException(sheet, 0, 0, e.getMessage(), null);
        }
        for (ImportProblem p : o.problems()) {
            err.println(sheet + ": " + p);
        }
        boolean partial = args.has("partial");
        if (!o.problems().isEmpty() && !partial) {
            err.println("nothing imported: " + o.problems().size() + " problem(s) in " + o.rows() + " rows"
                    + " (fix them, or import the good rows with --partial)");
            return FINDINGS;
        }
        Resource r = plan.eResource().getResourceSet().createResource(URI.createFileURI(outFile.toAbsolutePath().toString()));
        r.getContents().add(o.results());
        ModelStore.save(r);
        out.println("wrote " + outFile + ": " + o.results().getResults().size() + " results of " + o.rows() + " rows"
                + (o.problems().isEmpty() ? "" : ", " + o.problems().size() + " refused"));
        return o.problems().isEmpty() ? OK : FINDINGS;
    }
}

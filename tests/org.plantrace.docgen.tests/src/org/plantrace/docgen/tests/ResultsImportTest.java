package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.Main;
import org.plantrace.docgen.results.ImportProblem;
import org.plantrace.docgen.results.ResultsImport;
import org.plantrace.model.Plan;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.ResultStatus;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.io.ModelStore;

/** Results sheets in (CSV, XLSX) with errors named by sheet, row and column; data-collection sheets out. */
class ResultsImportTest {

    @TempDir
    Path dir;

    static Path plan() {
        return Samples.examples().resolve("policing-london-2009-12/plan.plan");
    }

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aGoodCsvSheetImportsEveryRowWithScopesDatesAndStatus() throws Exception {
        Path f = csv("good.csv", """
                measure,scope,scope_name,period_from,period_to,value,unit,text,period,status,commentary
                m-13,,,2007-07-01,2008-06-30,77.0,%,77.0%,Year to Jun 08,,steady
                m-13,borough,Lambeth,2007-07-01,2008-06-30,74.5,%,,,final,
                m-33,,,2007-09-01,2008-08-31,30.6,monthly average,,,,"about 30 a month, by proactive teams"
                """);
        Plan plan = ModelStore.loadPlan(plan());
        ResultsImport.Outcome o = ResultsImport.read(plan, f, null);
        assertEquals(List.of(), o.problems());
        List<Result> rs = o.results().getResults();
        assertEquals(3, rs.size());
        assertEquals("m-13", rs.get(0).getMeasure().getId());
        assertEquals(77.0, rs.get(0).getValue());
        assertEquals("Year to Jun 08", rs.get(0).getPeriodText());
        assertEquals(ScopeKind.BOROUGH, rs.get(1).getScope());
        assertEquals("Lambeth", rs.get(1).getScopeName());
        assertEquals(ResultStatus.FINAL, rs.get(1).getStatus());
        assertEquals("about 30 a month, by proactive teams", rs.get(2).getCommentary());
        assertEquals(3, rs.stream().map(Result::getId).distinct().count());
    }

    @Test
    void badCsvRowsAreNamedBySheetRowAndColumn() throws Exception {
        Path f = csv("bad.csv", """
                measure,period_to,value,unit
                m-13,2008-06-30,77.0,%
                m-999,2008-06-30,12,
                m-33,2008-08-31,30.6,%
                m-13,2008-06-30,76.0,%
                m-17,2008-08-31,about 11,
                m-17,2008-08-31,=B2*2,
                m-23,2008-31-08,66.4,
                m-13,2008-09-30,77.4 pts,
                """);
        ResultsImport.Outcome o = ResultsImport.read(ModelStore.loadPlan(plan()), f, null);
        assertEquals(List.of(
                "sheet 'bad.csv' row 3 column A (measure): no measure 'm-999' in the plan",
                "sheet 'bad.csv' row 4 column D (unit): '%' but measure m-33 is counted in a monthly average",
                "sheet 'bad.csv' row 5: repeats row 2 (m-13, corporate, 2008-06-30)",
                "sheet 'bad.csv' row 6 column C (value): 'about 11' is not a number",
                "sheet 'bad.csv' row 7 column C (value): a formula (=B2*2); enter the value itself",
                "sheet 'bad.csv' row 8 column B (period_to): '2008-31-08' is not a date (YYYY-MM-DD)",
                "sheet 'bad.csv' row 9 column C (value): '77.4 pts' is in percentage points but measure m-13 is counted in %"),
                o.problems().stream().map(ImportProblem::toString).toList());
        assertEquals(1, o.results().getResults().size(), "only the good row");
    }

    @Test
    void anXlsxSheetWithAFormulaTextInANumberCellAndAnUnknownMeasureIsRefusedNamingTheCells() throws Exception {
        Path f = dir.resolve("returns.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(f)) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
            Sheet s = wb.createSheet("TP returns");
            String[] header = { "measure", "period_from", "period_to", "value", "unit" };
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row a = s.createRow(1);
            a.createCell(0).setCellValue("m-23");
            a.createCell(1).setCellValue("2007-09-01");
            a.createCell(2).setCellValue(new java.util.Date(108, 7, 31)); // a date cell: 31 August 2008
            a.createCell(3).setCellValue(66.4);
            Row b = s.createRow(2);
            b.createCell(0).setCellValue("m-24");
            b.createCell(2).setCellValue("2008-08-31");
            b.createCell(3).setCellFormula("D2*0.5");
            Row c = s.createRow(4); // row 5: a blank row 4 is skipped
            c.createCell(0).setCellValue("m-25");
            c.createCell(2).setCellValue("2008-08-31");
            c.createCell(3).setCellValue("n/a");
            Row d = s.createRow(5);
            d.createCell(0).setCellValue("obj-access");
            d.createCell(2).setCellValue("2008-08-31");
            d.createCell(3).setCellValue(1);
            wb.write(os);
        }
        ResultsImport.Outcome o = ResultsImport.read(ModelStore.loadPlan(plan()), f, "TP returns");
        assertEquals(List.of(
                "sheet 'TP returns' row 3 column D (value): a formula (=D2*0.5); enter the value itself",
                "sheet 'TP returns' row 5 column D (value): 'n/a' is not a number",
                "sheet 'TP returns' row 6 column A (measure): no measure 'obj-access' in the plan"),
                o.problems().stream().map(ImportProblem::toString).toList());
        Result good = o.results().getResults().get(0);
        assertEquals("2008-08-31", good.getPeriodTo(), "a date cell reads as its day");
        assertEquals(66.4, good.getValue());
    }

    private static CliTestRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTestRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record CliTestRun(int code, String out, String err) {
    }

    @Test
    void theCommandImportsNothingFromASheetWithErrorsUnlessPartial() throws Exception {
        Path f = csv("mixed.csv", """
                measure,period_to,value
                m-13,2008-06-30,77.0
                m-999,2008-06-30,1
                """);
        Path results = dir.resolve("round.results");
        CliTestRun refused = run("results", "import", plan().toString(), f.toString(), "-o", results.toString(),
                "--allow-dir", Samples.examples().toString() + java.io.File.pathSeparator + dir);
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains("mixed.csv: sheet 'mixed.csv' row 3 column A (measure): no measure 'm-999'"),
                refused.err());
        assertTrue(refused.err().contains("nothing imported"), refused.err());
        assertFalse(Files.exists(results));

        CliTestRun partial = run("results", "import", plan().toString(), f.toString(), "-o", results.toString(),
                "--partial");
        assertEquals(1, partial.code(), partial.err());
        org.eclipse.emf.ecore.resource.ResourceSet rs = ModelStore.newResourceSet();
        ModelStore.loadRoot(rs, plan(), Plan.class); // the plan's folder first, as the progress command does
        ResultSet set = ModelStore.loadRoot(rs, results, ResultSet.class);
        assertEquals(1, set.getResults().size());
        assertEquals("Percentage of victims satisfied with the overall service provided by the police (APACS SPI 1.1)",
                set.getResults().get(0).getMeasure().getTitle());
    }

    @Test
    void aDataCollectionSheetForABusinessGroupImportsOnceFilledIn() throws Exception {
        Path sheet = dir.resolve("tp.xlsx");
        CliTestRun w = run("results", "sheet", plan().toString(), "-o", sheet.toString(), "--group", "TP", "--year",
                "2008/09");
        assertEquals(0, w.code(), w.err());
        try (InputStream in = Files.newInputStream(sheet); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("Results TP", s.getSheetName());
            Row m13 = null;
            for (Row r : s) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("m-13")) {
                    m13 = r;
                }
            }
            assertTrue(m13 != null, "TP owns measure 13");
            assertEquals("78.9% (2% increase)", m13.getCell(2).getStringCellValue());
            assertEquals("%", m13.getCell(3).getStringCellValue());
            m13.createCell(7).setCellValue("2007-07-01");
            m13.createCell(8).setCellValue("2008-06-30");
            m13.createCell(9).setCellValue(77.0);
            // the rows left empty by the owner are not results: remove them
            for (int i = s.getLastRowNum(); i >= 1; i--) {
                if (s.getRow(i) != m13) {
                    s.removeRow(s.getRow(i));
                }
            }
            try (OutputStream os = Files.newOutputStream(sheet)) {
                wb.write(os);
            }
        }
        ResultsImport.Outcome o = ResultsImport.read(ModelStore.loadPlan(plan()), sheet, null);
        assertEquals(List.of(), o.problems());
        assertEquals(1, o.results().getResults().size());
        assertEquals(77.0, o.results().getResults().get(0).getValue());
    }
}

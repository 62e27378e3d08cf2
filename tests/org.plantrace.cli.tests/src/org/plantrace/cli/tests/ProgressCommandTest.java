package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plantrace progress} on the sample: the October 2008 report's tables, RAG, trends and conflicts. */
class ProgressCommandTest {

    @TempDir
    Path dir;

    static String october() {
        return CliTest.examples().resolve("policing-london-2009-12/results/2008-10-commissioner-report.results").toString();
    }

    static String appendixI() {
        return CliTest.examples().resolve("policing-london-2009-12/results/2008-12-appendix-i.results").toString();
    }

    /** Parses RFC 4180 CSV (quotes doubled, CRLF line ends). */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    private static String col(List<String> header, List<String> row, String name) {
        int i = header.indexOf(name);
        assertTrue(i >= 0, "no column " + name + " in " + header);
        return row.get(i);
    }

    @Test
    void theCsvPrintsTheSixteenRowsOfTheOctober2008ReportWithTargetsResultsPeriodsAndTrends() {
        CliTest.Result r = CliTest.run("progress", CliTest.sample(), october(), "--format", "csv");
        assertEquals(1, r.code(), "a red measure makes exit 1: " + r.err());
        List<List<String>> rows = parse(r.out());
        List<String> header = rows.get(0);
        assertEquals(List.of("objective", "measure_id", "indicator", "breakdown", "scope", "year", "target",
                "target_figure", "reported_target", "target_conflict", "result", "value", "period", "period_from",
                "period_to", "rolling_year", "rolling_period", "trend", "trend_basis", "reported_trend", "rag", "status",
                "commentary"), header);
        List<List<String>> body = rows.subList(1, rows.size());
        assertEquals(16, body.size(), r.out());
        // Tables 1-4 of the Commissioner's report of 6 October 2008: indicator, target, result, period, trend
        // (the rows of each objective in plan order; the report prints domestic violence after SPI 6.1/6.4)
        String[][] expected = {
                { "SPI 1.1", "", "78.9%", "77.0%", "Year to Jun 08", "stable" },
                { "SPI 1.2", "", "3.8% points", "4.2% points", "Year to Jun 08", "stable" },
                { "SPI 2.3", "", "56.2%", "55.2%", "Year to Mar 08", "stable" },
                { "SPI 5.2", "", "-4%", "-7.6%", "Year to Aug 08", "'+ve" },
                { "SPI 6.2", "", "11.8%", "11.2%", "Year to Aug 08", "'+ve" },
                { "SPI 9.1", "", "-3%", "-6.7%", "Year to Jun08", "'+ve" },
                { "SPI 5.1", "", "Base lining", "-3.5%", "Year to Aug 08", "stable" },
                { "SPI 5.5", "", "-3%", "-22.6%", "Year to Aug 08", "'+ve" },
                { "Measure 23", "", "67%", "66.4%", "Year to Aug 08", "'+ve" },
                { "SPI 6.1", "", "Base lining", "31.6%", "Year to Aug 08", "stable" },
                { "Measure 29", "", "-6%", "-4.5%", "Apr08 \u2013 Aug08", "'+ve" },
                { "CPA KPI 9(a)", "", "29.2", "30.6", "Year to Aug 08", "'+ve" },
                { "Measure 35", "", "208", "192", "Year to Aug 08", "stable" },
                { "CPA KPI 10", "Class A drugs trafficking sanction detections", "210", "214", "Year to Aug 08", "stable" },
                { "CPA KPI 10", "Cocaine (including Crack)", "136", "143", "Year to Aug 08", "stable" },
                { "CPA KPI 10", "Heroin", "47", "51", "Year to Aug 08", "stable" } };
        for (int i = 0; i < expected.length; i++) {
            List<String> row = body.get(i);
            String[] e = expected[i];
            assertEquals(e[0], col(header, row, "measure_id"), "row " + i);
            assertEquals(e[1], col(header, row, "breakdown"), "row " + i);
            assertEquals(e[2], col(header, row, "reported_target"), "row " + i);
            assertEquals(e[3], col(header, row, "result"), "row " + i);
            assertEquals(e[4], col(header, row, "period"), "row " + i);
            assertEquals(e[5], col(header, row, "reported_trend"), "row " + i);
            assertEquals("corporate", col(header, row, "scope"));
            assertEquals("2008/09", col(header, row, "year"), "the year reported on, also for the survey to March 08");
        }
        // the plan's own targets beside them, and what the tool derives
        assertEquals("78.9% (2% increase)", col(header, body.get(0), "target"));
        assertEquals("78.9", col(header, body.get(0), "target_figure"));
        assertEquals("amber", col(header, body.get(0), "rag"), "77.0 is 1.9 short of 78.9: within 5% of it");
        assertEquals("red", col(header, body.get(1), "rag"), "a gap of 4.2 points against 3.8, lower is better");
        assertEquals("green", col(header, body.get(3), "rag"), "-7.6% against a 3.7% reduction");
        assertEquals("'+ve", col(header, body.get(3), "trend"));
        assertEquals("change on previous year", col(header, body.get(3), "trend_basis"));
        assertEquals("baselining", col(header, body.get(6), "rag"));
        assertEquals("amber", col(header, body.get(8), "rag"), "domestic violence arrests: 66.4% against 67%");
        assertEquals("green", col(header, body.get(11), "rag"), "30.6 networks a month against 350 a year (29.2)");
        assertEquals("'+ve", col(header, body.get(13), "trend"), "214 against 205 a year before");
        assertEquals("vs same period last year (Year to Aug 07)", col(header, body.get(13), "trend_basis"));
    }

    @Test
    void targetsThatDifferBetweenThePlanAndTheReportAreReportedNotPickedSilently() {
        CliTest.Result r = CliTest.run("progress", CliTest.sample(), october(), "--format", "csv");
        List<List<String>> rows = parse(r.out());
        List<String> header = rows.get(0);
        List<String> conflicts = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (!col(header, row, "target_conflict").isEmpty()) {
                conflicts.add(col(header, row, "measure_id") + ": " + col(header, row, "target_conflict"));
            }
        }
        assertEquals(List.of(
                "SPI 5.2: the plan's 2008/09 target is '3.7% reduction on 2007/08' (-3.7%); the results print '-4%'",
                "SPI 5.5: the plan's 2008/09 target is '5% reduction on 2007/08' (-5.0%); the results print '-3%'",
                "SPI 6.1: the plan's 2008/09 target is '30%' (30.0%); the results print 'Base lining'",
                "Measure 35: the plan's 2008/09 target is '2,250 20% increase on 2007/08' (187.5); the results print '208'"),
                conflicts);
        CliTest.Result text = CliTest.run("progress", CliTest.sample(), october());
        assertTrue(text.out().contains("Targets that differ between the plan and the results:"), text.out());
    }

    @Test
    void withAppendixIsResultsSpi11HasTwoResultsAndTheLaterOneIsTrendedAgainstTheEarlier() {
        CliTest.Result r = CliTest.run("progress", CliTest.sample(), october(), appendixI(), "--format", "csv");
        List<List<String>> rows = parse(r.out());
        List<String> header = rows.get(0);
        List<String> spi11 = rows.stream().filter(row -> row.get(1).equals("SPI 1.1")).findFirst().orElseThrow();
        assertEquals("77.8% (to Dec)", col(header, spi11, "result"));
        assertEquals("Year to Dec 08", col(header, spi11, "period"));
        assertEquals("vs previous period (Year to Jun 08)", col(header, spi11, "trend_basis"));
        assertEquals("'+ve", col(header, spi11, "trend"), "77.0% to 77.8%: more than 1% of 77.0");
        assertEquals("amber", col(header, spi11, "rag"));
    }

    @Test
    void exceptionsListOnlyAmberAndRed() {
        CliTest.Result r = CliTest.run("progress", CliTest.sample(), october(), "--format", "csv", "--exceptions");
        List<List<String>> rows = parse(r.out());
        List<String> header = rows.get(0);
        List<String> rags = rows.subList(1, rows.size()).stream().map(row -> col(header, row, "rag")).toList();
        assertFalse(rags.isEmpty());
        assertTrue(rags.stream().allMatch(s -> s.equals("amber") || s.equals("red")), rags.toString());
        assertEquals(List.of("SPI 1.1", "SPI 1.2", "SPI 2.3", "SPI 6.2", "Measure 23", "Measure 29"),
                rows.subList(1, rows.size()).stream().map(row -> col(header, row, "measure_id")).toList());
    }

    @Test
    void theTextEndsWithTheNationalPrioritiesThatDependOnAmberOrRedMeasures() {
        CliTest.Result r = CliTest.run("progress", CliTest.sample(), october());
        assertTrue(r.out().contains("\n  RED SPI 1.2 (APACS): aligned: SPI 1.2 red\n"), r.out());
        assertTrue(r.out().contains("\n  RED PSA 24 (PSA): objective 1: SPI 1.1 amber, SPI 1.2 red, SPI 2.3 amber\n"),
                r.out());
        assertFalse(r.out().contains(" SPI 5.2 (APACS)"), "SPI 5.2's own measure is green: " + r.out());
        CliTest.Result json = CliTest.run("progress", CliTest.sample(), october(), "--format", "json");
        assertTrue(json.out().contains("\"item\": \"spi-1-2\""), json.out());
    }

    @Test
    void riskListsOnlyThePrioritiesAtRiskOneCsvRowPerPriorityAndMeasure() {
        CliTest.Result text = CliTest.run("progress", CliTest.sample(), october(), "--risk");
        assertTrue(text.out().startsWith("National priorities depending on amber or red measures: "), text.out());
        assertFalse(text.out().contains("Objective 1:"), "no progress table: " + text.out());
        assertTrue(text.out().contains("\n  RED PSA 24 (PSA): objective 1: SPI 1.1 amber, SPI 1.2 red, SPI 2.3 amber\n"),
                text.out());
        CliTest.Result csv = CliTest.run("progress", CliTest.sample(), october(), "--risk", "--format", "csv");
        List<List<String>> rows = parse(csv.out());
        assertEquals(List.of("framework", "priority", "priority_title", "priority_status", "measure_id", "indicator",
                "breakdown", "scope", "measure_status", "route"), rows.get(0));
        List<List<String>> psa24 = rows.stream().filter(r -> r.get(1).equals("PSA 24")).toList();
        assertEquals(List.of("SPI 1.1", "SPI 1.2", "SPI 2.3"), psa24.stream().map(r -> r.get(4)).toList().subList(0, 3));
        assertEquals(List.of("PSA", "PSA 24"), psa24.get(1).subList(0, 2));
        assertEquals("red", psa24.get(1).get(3), "PSA 24 is red: SPI 1.2 is");
        assertEquals(List.of("red", "objective 1"), psa24.get(1).subList(8, 10));
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("SPI 1.2") && r.get(9).equals("aligned")), csv.out());
        assertEquals(2, CliTest.run("progress", CliTest.sample(), october(), "--risk", "--format", "json").code(),
                "--risk prints text or csv");
    }

    @Test
    void aResultOfAMeasureThePlanDoesNotHaveIsUnusableInputNamingFileAndResult() throws Exception {
        Path copy = dir.resolve("bad.results");
        Path plan = Path.of(CliTest.sample());
        Files.writeString(copy, Files.readString(Path.of(october())).replace("../plan.plan#m-17\"", "../plan.plan#m-999\"")
                .replace("\"../plan.plan#", "\"file:" + plan.toAbsolutePath() + "#"));
        CliTest.Result r = CliTest.run("progress", CliTest.sample(), copy.toString(), "--allow-dir",
                plan.getParent().toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("bad.results") && r.err().contains("'oct-spi-6-2'") && r.err().contains("m-999"),
                r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void missingResultsAreAUsageError() {
        CliTest.Result r = CliTest.run("progress", CliTest.sample());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("missing <results>"), r.err());
    }
}

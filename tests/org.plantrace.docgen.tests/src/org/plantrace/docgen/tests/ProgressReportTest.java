package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plantrace.core.progress.NationalRisk;
import org.plantrace.core.progress.Progress;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.trace.Coverage;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.progress.ProgressReport;
import org.plantrace.model.Plan;
import org.plantrace.model.ResultSet;
import org.plantrace.model.io.ModelStore;

/** The progress report of the sample: the four tables of the October 2008 report, in the appendices' writers. */
class ProgressReportTest {

    static AppendixDocument october() throws Exception {
        Path dir = Samples.examples().resolve("policing-london-2009-12");
        ResourceSet rs = ModelStore.newResourceSet();
        Plan plan = ModelStore.loadRoot(rs, dir.resolve("plan.plan"), Plan.class);
        ResultSet set = ModelStore.loadRoot(rs, dir.resolve("results/2008-10-commissioner-report.results"), ResultSet.class);
        List<ProgressRow> rows = Progress.of(plan, List.of(set));
        return ProgressReport.build(plan, List.of(set), rows, NationalRisk.of(Coverage.of(plan), rows), Samples.WHEN);
    }

    @Test
    void perObjectiveATableOfIndicatorTargetRollingYearTrendAndStatusWithPeriodsAndCommentary() throws Exception {
        AppendixDocument doc = october();
        List<Output> html = Format.HTML.writer().write(doc, "progress");
        Document d = Jsoup.parse(new String(html.get(0).bytes(), StandardCharsets.UTF_8));
        List<Element> tables = d.select("table");
        assertEquals(5, tables.size(), "four objectives and the national risk");
        assertEquals(List.of("Indicator", "Target", "Rolling year", "Trend", "Status"),
                tables.get(0).select("thead th, tr:first-child th").eachText().subList(0, 5));
        int[] rowsPerTable = { 3, 3, 5, 5 };
        for (int i = 0; i < 4; i++) {
            assertEquals(rowsPerTable[i], tables.get(i).select("tbody tr").size(), "objective table " + (i + 1));
        }
        Element spi11 = tables.get(0).select("tbody tr").get(0);
        List<String> cells = spi11.select("td").eachText();
        assertTrue(cells.get(0).startsWith("SPI 1.1"), cells.toString());
        assertTrue(cells.get(1).startsWith("78.9% (2% increase)"), cells.toString());
        assertEquals("77.0% Year to Jun 08", cells.get(2));
        assertEquals("amber", cells.get(4));
        Element under20 = tables.get(2).select("tbody tr").get(4);
        assertTrue(under20.text().contains("-4.5% Apr08 \u2013 Aug08"), under20.text());
        Element assets = tables.get(3).select("tbody tr").get(1);
        assertTrue(assets.text().contains("Plan and results differ: the results print '208'"), assets.text());
        assertTrue(assets.text().contains("as a figure: 187.5"), assets.text());
        assertTrue(d.text().contains("Commentary"), "commentary follows the table");
        assertTrue(d.text().contains("Below the 67% target over the rolling year"), d.text());
        assertTrue(tables.get(4).text().contains("SPI 1.2"), tables.get(4).text());
    }

    @Test
    void everyWriterWritesIt() throws Exception {
        AppendixDocument doc = october();
        for (Format f : Format.values()) {
            List<Output> out = f.writer().write(doc, "progress");
            assertTrue(!out.isEmpty() && out.get(0).bytes().length > 500, f + " wrote " + out);
        }
    }
}

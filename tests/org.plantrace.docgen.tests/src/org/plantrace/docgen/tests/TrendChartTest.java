package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
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
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.progress.ProgressReport;
import org.plantrace.docgen.progress.TrendChart;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Polarity;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.Target;
import org.plantrace.model.Unit;
import org.plantrace.model.io.ModelStore;

/** Trend charts: results per period as dots coloured by status, against the target line, in SVG, PDF and DOCX. */
class TrendChartTest {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    /** A measure with targets for three years and a result in each (years to June). */
    private static ProgressRow threeYears(Polarity polarity, String[] targets, double[] values) {
        Plan plan = F.createPlan();
        plan.setId("p");
        CorporateObjective o = F.createCorporateObjective();
        o.setId("o1");
        plan.getObjectives().add(o);
        Measure m = F.createMeasure();
        m.setId("m1");
        m.setCode("SPI 1.1");
        m.setTitle("Satisfaction");
        m.setUnit(Unit.PERCENT);
        m.setPolarity(polarity);
        o.getMeasures().add(m);
        String[] years = { "2006/07", "2007/08", "2008/09" };
        for (int i = 0; i < 3; i++) {
            Target t = F.createTarget();
            t.setId("t" + i);
            t.setYear(years[i]);
            t.setValue(targets[i]);
            m.getTargets().add(t);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Result r = F.createResult();
            r.setId("r" + i);
            r.setMeasure(m);
            r.setValue(values[i]);
            r.setPeriodFrom((2005 + i) + "-07-01");
            r.setPeriodTo((2006 + i) + "-06-30");
            results.add(r);
        }
        return Progress.rows(plan, results).get(0);
    }

    private static Document svg(TrendChart chart) {
        Figure f = new Figure("t", "caption", chart.describe(), chart);
        return Jsoup.parse(f.svg());
    }

    private static double attr(Element e, String name) {
        return Double.parseDouble(e.attr(name));
    }

    @Test
    void higherIsBetterDotsColouredByTheirStatusAndTheTargetLineAtEachYearsTarget() {
        // 70 against 72 (short by 2, within 5% of 72 = 3.6): amber; 75 against 80 (short by 5 > 4): red;
        // 80 against 78.9: green
        ProgressRow row = threeYears(Polarity.HIGHER_IS_BETTER, new String[] { "72%", "80%", "78.9%" },
                new double[] { 70, 75, 80 });
        Document d = svg(TrendChart.of(row));
        List<Element> dots = d.select("g.point circle");
        assertEquals(3, dots.size(), "one dot per result");
        assertEquals(List.of("#ffb000", "#cc0000", "#009640"), dots.stream().map(e -> e.attr("fill")).toList());
        assertTrue(attr(dots.get(0), "cx") < attr(dots.get(1), "cx") && attr(dots.get(1), "cx") < attr(dots.get(2), "cx"),
                "oldest first, left to right");
        double y70 = attr(dots.get(0), "cy");
        double y80 = attr(dots.get(2), "cy");
        assertTrue(y80 < y70, "higher values are drawn higher");
        assertEquals(y70 + (75 - 70) / 10.0 * (y80 - y70), attr(dots.get(1), "cy"), 0.02);

        List<Double> targetYs = new ArrayList<>();
        for (Element p : d.select("path").stream().filter(e -> e.attr("stroke-dasharray").equals("6,3")).toList()) {
            String[] xy = p.attr("d").replace("M", "").replace("L", "").trim().split("\\s+");
            if (xy.length == 4 && xy[1].equals(xy[3]) && !p.parent().hasClass("legend")) {
                targetYs.add(Double.parseDouble(xy[1]));
            }
        }
        assertEquals(3, targetYs.size(), "a step of the target line per year: " + targetYs);
        double[] expected = { 72, 80, 78.9 };
        for (int i = 0; i < 3; i++) {
            assertEquals(y70 + (expected[i] - 70) / 10.0 * (y80 - y70), targetYs.get(i), 0.02, "target of year " + i);
        }
        String text = d.text();
        assertTrue(text.contains("Year to Jun 06") && text.contains("Year to Jun 08"), text);
        assertTrue(text.contains("80.0%"), "the value over its dot: " + text);
    }

    @Test
    void lowerIsBetterReadsTheOtherWayAndAnUnchangedTargetIsOneLine() {
        // a reduction target of -4% each year: -7.6 green, -3.9 amber (within 0.2), -2.0 red
        ProgressRow row = threeYears(Polarity.LOWER_IS_BETTER, new String[] { "-4%", "-4%", "-4%" },
                new double[] { -7.6, -3.9, -2.0 });
        Document d = svg(TrendChart.of(row));
        assertEquals(List.of("#009640", "#ffb000", "#cc0000"),
                d.select("g.point circle").stream().map(e -> e.attr("fill")).toList());
        long steps = d.select("path").stream().filter(p -> p.attr("stroke-dasharray").equals("6,3")).toList().stream().filter(p -> !p.parent().hasClass("legend")).count();
        assertEquals(1, steps, "the same target every year: one line across the chart");
    }

    private static AppendixDocument sampleReport() throws Exception {
        Path dir = Samples.examples().resolve("policing-london-2009-12");
        ResourceSet rs = ModelStore.newResourceSet();
        Plan plan = ModelStore.loadRoot(rs, dir.resolve("plan.plan"), Plan.class);
        List<ResultSet> sets = List.of(
                ModelStore.loadRoot(rs, dir.resolve("results/2008-10-commissioner-report.results"), ResultSet.class),
                ModelStore.loadRoot(rs, dir.resolve("results/2008-12-appendix-i.results"), ResultSet.class));
        List<ProgressRow> rows = Progress.of(plan, sets);
        return ProgressReport.build(plan, sets, rows, NationalRisk.of(Coverage.of(plan), rows), Samples.WHEN);
    }

    @Test
    void theSampleReportHasAChartPerMeasureInHtmlPdfAndDocx() throws Exception {
        AppendixDocument doc = sampleReport();
        long figures = doc.sections().stream().flatMap(s -> s.blocks().stream()).filter(Figure.class::isInstance).count();
        assertTrue(figures >= 16, "a chart for each of the October report's measures: " + figures);

        Document html = Jsoup.parse(new String(Format.HTML.writer().write(doc, "progress").get(0).bytes(),
                StandardCharsets.UTF_8));
        List<Element> charts = html.select("svg[data-diagram=trend]");
        assertEquals(figures, charts.size());
        Element spi11 = charts.stream().filter(c -> c.select("title").first().text().startsWith("SPI 1.1")).findFirst()
                .orElseThrow();
        List<Element> dots = spi11.select("g.point");
        assertEquals(2, dots.size(), "77.0% to June (October report) and 77.8% to December (appendix I)");
        assertEquals("#ffb000", dots.get(1).select("circle").attr("fill"), "77.8% against 78.9%, within 5%: amber");
        assertTrue(spi11.text().contains("Year to Jun 08") && spi11.text().contains("Year to Dec 08"), spi11.text());

        assertTrue(html.text().contains("(Year to Jun 08) Satisfaction with the overall service broadly steady"),
                "appendix I's round has no commentary on SPI 1.1: October's is printed, with its period");

        byte[] pdf = Format.PDF.writer().write(doc, "progress").get(0).bytes();
        String words = String.join("\n", Pdf.pages(pdf));
        assertTrue(words.contains("Results against target"), "the charts' heading");
        assertTrue(words.contains("Year to Dec 08"), "the charts' period labels are vector text in the PDF");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                Format.DOCX.writer().write(doc, "progress").get(0).bytes()))) {
            String body = docx.getDocument().xmlText();
            long pictures = body.split("<pic:cNvPr", -1).length - 1;
            long svgs = body.split("svgBlip", -1).length - 1;
            assertEquals(figures, pictures, "each chart as a picture");
            assertEquals(figures, svgs, "each with its SVG beside the metafile Word and LibreOffice draw");
            assertTrue(docx.getAllPictures().stream().map(XWPFPictureData::getFileName).allMatch(n -> n.endsWith(".emf") || n.endsWith(".svg")),
                    "no raster chart");
            // as metafiles (two charts drawn alike share one part)
            assertTrue(docx.getAllPictures().stream().map(XWPFPictureData::getFileName).anyMatch(n -> n.endsWith(".emf")));
        }
    }
}

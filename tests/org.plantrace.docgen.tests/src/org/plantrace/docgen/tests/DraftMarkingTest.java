package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Validation;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.model.Plan;

/**
 * A model with errors gives documents marked DRAFT on every page that list the errors first; a model
 * without errors gives documents with no such marking.
 */
class DraftMarkingTest {

    @TempDir
    Path dir;

    @Test
    void theSampleHasAnErrorSoEveryFormatIsMarkedDraft() throws Exception {
        Plan plan = Samples.sample();
        List<Finding> errors = Validation.validate(plan).stream().filter(Finding::isError).toList();
        assertFalse(errors.isEmpty(), "precondition: the sample has a validation error");
        AppendixDocument d = new AppendixBuilder(plan).generated(Samples.WHEN).build().document();
        assertTrue(d.isDraft());

        try (XWPFDocument docx = Docx.open(Samples.single(d, Format.DOCX))) {
            XWPFHeader header = docx.getHeaderFooterPolicy().getDefaultHeader();
            assertTrue(header.getText().contains("DRAFT"), "banner in the page header (every page)");
            assertTrue(header._getHdrFtr().xmlText().contains("PowerPlusWaterMarkObject"), "watermark on every page");
            assertTrue(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst()
                    .orElseThrow().getText().startsWith("DRAFT"), "the draft notice comes first");
            XWPFTable first = Docx.tablesByHeading(docx).values().iterator().next().get(0);
            assertEquals(errors.size(), first.getRows().size() - Docx.headerRows(first), "the errors are listed first");
            assertEquals("Draft", docx.getProperties().getCoreProperties().getContentStatus());
        }

        Document html = Jsoup.parse(new String(Samples.single(d, Format.HTML), StandardCharsets.UTF_8));
        assertTrue(html.body().hasClass("draft"));
        assertNotNull(html.selectFirst(".draft-banner"));
        assertEquals("draft", html.selectFirst("section.section").attr("data-key"));
        assertEquals(errors.stream().map(Finding::message).toList(),
                html.select("#table-draft-errors > tbody > tr").stream().map(r -> r.child(3).text()).toList());

        List<String> pages = Pdf.pages(Samples.single(d, Format.PDF));
        assertTrue(pages.size() > 5);
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("DRAFT"), "PDF page " + (i + 1) + " is marked DRAFT");
        }

        for (Map.Entry<String, byte[]> csv : Samples.write(d, Format.CSV).entrySet()) {
            assertTrue(new String(csv.getValue(), StandardCharsets.UTF_8).startsWith("DRAFT"), csv.getKey());
        }
    }

    @Test
    void aModelWithoutErrorsIsNotMarked() throws Exception {
        CleanModel m = new CleanModel(dir);
        List<Finding> findings = Validation.validate(m.plan);
        assertEquals(List.of(), findings.stream().filter(Finding::isError).map(Finding::toLine).toList(),
                "precondition: the clean model has no errors");
        AppendixDocument d = new AppendixBuilder(m.plan).generated(Samples.WHEN).build().document();
        assertFalse(d.isDraft());

        try (XWPFDocument docx = Docx.open(Samples.single(d, Format.DOCX))) {
            for (XWPFHeader h : docx.getHeaderList()) {
                assertFalse(h.getText().contains("DRAFT"));
                assertFalse(h._getHdrFtr().xmlText().contains("WaterMark"));
            }
            assertNull(docx.getHeaderFooterPolicy().getDefaultHeader());
            assertFalse(docx.getDocument().xmlText().contains("DRAFT"));
            assertEquals("Final", docx.getProperties().getCoreProperties().getContentStatus());
        }
        Document html = Jsoup.parse(new String(Samples.single(d, Format.HTML), StandardCharsets.UTF_8));
        assertNull(html.selectFirst(".draft-banner"));
        assertFalse(html.text().contains("DRAFT"));
        for (String page : Pdf.pages(Samples.single(d, Format.PDF))) {
            assertFalse(page.contains("DRAFT"), page);
        }
        for (Map.Entry<String, byte[]> csv : Samples.write(d, Format.CSV).entrySet()) {
            assertFalse(new String(csv.getValue(), StandardCharsets.UTF_8).contains("DRAFT"), csv.getKey());
        }
    }
}

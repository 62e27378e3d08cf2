package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.pdf.PdfWriter;

/**
 * The PDF's pagination rules, read back from the pages as a reader sees them: header rows on every page of a long
 * table, a cell spanning rows repeated and marked continued where a page cuts it, a heading never left at a page's foot
 * without its table, a group heading never the last row of a page, a table's last row never alone, the contents giving
 * the pages the sections start on, and one bookmark per section.
 */
class PdfPaginationTest {

    private static AppendixDocument document(List<Section> sections) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("Plan", "Pagination plan");
        return new AppendixDocument("Pagination test", "Pagination plan", "1", Samples.WHEN, props, null, sections);
    }

    private static Row header() {
        return Row.header(Cell.text("Owner column"), Cell.text("Detail column"));
    }

    private static List<String> content(List<PdfWords.Word> page) {
        return PdfWords.lines(page).stream().filter(l -> !l.matches("Page \\d+ of \\d+")).toList();
    }

    private static List<List<String>> pages(AppendixDocument d) throws Exception {
        return PdfWords.pages(new PdfWriter().pdf(d)).stream().map(PdfPaginationTest::content).toList();
    }

    @Test
    void aLongTableRepeatsItsHeaderAndItsSpanningCellMarkedContinued() throws Exception {
        List<Row> body = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            List<Cell> cells = new ArrayList<>();
            if (i == 1) {
                cells.add(Cell.text("Objective Alpha").rowSpan(90));
            }
            cells.add(Cell.text("Detail row " + i));
            body.add(Row.body(cells));
        }
        Table t = new Table("long", List.of(1, 3), List.of(header()), body);
        List<List<String>> pages = pages(document(List.of(new Section("B", "Appendix B: Long", List.of(t)))));
        // cover, then 90 rows of about 20 pt: at least three pages of table
        assertTrue(pages.size() >= 4, "pages: " + pages.size());
        int rows = 0;
        for (int p = 1; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            int header = lines.indexOf("Owner column Detail column");
            assertTrue(header >= 0, "page " + (p + 1) + " repeats the header: " + lines);
            String first = lines.get(header + 1);
            assertTrue(first.startsWith("Objective Alpha Detail row "), "page " + (p + 1) + " names the objective: " + first);
            if (p > 1) {
                assertEquals("(continued)", lines.get(header + 2).split(" Detail")[0],
                        "page " + (p + 1) + " marks the objective continued: " + lines);
            } else {
                assertFalse(String.join(" ", lines).contains("(continued)"), "the first page is no continuation");
            }
            rows += (int) lines.stream().filter(l -> l.contains("Detail row ")).count();
        }
        assertEquals(90, rows, "every row printed once");
    }

    @Test
    void aTableHeadingIsNeverLeftAtTheFootOfAPage() throws Exception {
        // 50 to 64 paragraphs of 23 pt: with 60 or 61 the heading would fall at the foot of the second page
        for (int k = 50; k <= 64; k++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                blocks.add(new Block.Paragraph(Line.text("Filler paragraph " + i)));
            }
            blocks.add(new Block.Heading("Kept heading"));
            List<Row> body = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                body.add(Row.body(List.of(Cell.text("Owner " + i), Cell.text("Kept row " + i))));
            }
            blocks.add(new Table("kept", List.of(1, 1), List.of(header()), body));
            List<List<String>> pages = pages(document(List.of(new Section("C", "Appendix C: Kept", blocks))));
            int heading = pageOf(pages, "Kept heading");
            assertEquals(heading, pageOf(pages, "Owner 1 Kept row 1"), k + " paragraphs: the heading is on the page of the first row");
            assertEquals(pageOf(pages, "Owner 2 Kept row 2"), pageOf(pages, "Owner 3 Kept row 3"),
                    k + " paragraphs: the last row is not alone");
        }
    }

    private static int pageOf(List<List<String>> pages, String line) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(line)) {
                return p;
            }
        }
        throw new AssertionError("no page has " + line);
    }

    @Test
    void aGroupHeadingNeverEndsAPageAndTheLastRowIsNeverAlone() throws Exception {
        for (int n = 30; n <= 70; n++) {
            List<Row> body = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                if (i % 5 == 1) {
                    body.add(new Row(Row.Kind.GROUP, List.of(Cell.text("Group heading " + i).colSpan(2))));
                }
                body.add(Row.body(List.of(Cell.text("Owner " + i), Cell.text("Grouped row " + i + "\nline two\nline three"))));
            }
            Table t = new Table("groups", List.of(1, 2), List.of(header()), body);
            List<List<String>> pages = pages(document(List.of(new Section("D", "Appendix D: Groups", List.of(t)))));
            for (int p = 1; p < pages.size(); p++) {
                List<String> lines = pages.get(p);
                assertFalse(lines.get(lines.size() - 1).startsWith("Group heading"), n + " rows, page " + (p + 1)
                        + " ends with a group heading: " + lines);
            }
            List<String> last = pages.get(pages.size() - 1);
            assertTrue(last.stream().filter(l -> l.matches("Owner \\d+ .*")).count() >= 2,
                    n + " rows: the table's last page holds more than its last row: " + last);
        }
    }

    @Test
    void theContentsGiveThePagesTheSectionsStartOnAndEachSectionHasABookmark() throws Exception {
        List<Section> sections = new ArrayList<>();
        int[] lengths = {3, 120, 10, 260};
        for (int s = 0; s < lengths.length; s++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < lengths[s]; i++) {
                blocks.add(new Block.Paragraph(Line.text("Section " + s + " paragraph " + i)));
            }
            sections.add(new Section(String.valueOf((char) ('B' + s)), "Appendix " + (char) ('B' + s) + ": Part " + s,
                    blocks));
        }
        AppendixDocument d = document(sections);
        byte[] pdf = new PdfWriter().pdf(d);
        List<List<String>> pages = PdfWords.pages(pdf).stream().map(PdfPaginationTest::content).toList();
        // a paragraph takes 23 pt (13 pt line, 10 pt margin): 30 fit below a section's heading, 32 on a page of their own
        Pattern entry = Pattern.compile("(Appendix [B-E]: Part \\d)[ .]+ (\\d+)");
        Map<String, Integer> toc = new LinkedHashMap<>();
        for (String l : pages.get(0)) {
            Matcher m = entry.matcher(l);
            if (m.matches()) {
                toc.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        assertEquals(List.of("Appendix B: Part 0", "Appendix C: Part 1", "Appendix D: Part 2", "Appendix E: Part 3"),
                List.copyOf(toc.keySet()), "contents of " + pages.get(0));
        // B from page 2 (1 page), C from 3 (120 paragraphs: 4 pages), D from 7 (1 page), E from 8
        assertEquals(List.of(2, 3, 7, 8), List.copyOf(toc.values()));
        for (Map.Entry<String, Integer> e : toc.entrySet()) {
            assertEquals(e.getKey(), pages.get(e.getValue() - 1).get(0), "page " + e.getValue() + " starts the section");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                targets.add(doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1);
            }
            assertEquals(List.copyOf(toc.keySet()), titles, "one bookmark per section");
            assertEquals(List.of(2, 3, 7, 8), targets, "each bookmark opens its section's first page");
            assertEquals("Plantrace", doc.getDocumentInformation().getProducer());
            assertEquals("Pagination test", doc.getDocumentInformation().getTitle());
        }
    }
}

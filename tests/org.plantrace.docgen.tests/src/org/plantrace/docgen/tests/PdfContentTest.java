package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
 * The PDF's page content in its compact form reads back as written: every string a literal one (the bytes that would
 * end it or end its line escaped), positions to a hundredth of a point, a table page's cell frames stroked as one path.
 */
class PdfContentTest {

    /**
     * Apostrophes and asterisks are the codes 0x0A and 0x0D in DejaVu Sans (a line end unescaped in a literal string;
     * a carriage return is read as a line feed, another character); E, F and y are '(', ')' and '\'; the dash and the
     * pound sign have 8-bit bytes (a hex string in PDFBox's own form).
     */
    private static final String HOSTILE = "O'Brien's *priority* (\u00a32.5m) \u2014 Est. FY 09\\10, \"quoted\" 100% {y}";

    /** The operators the pages are drawn with. */
    private static final List<String> OPERATORS = List.of("q", "Q", "BT", "ET", "Tf", "Td", "Tj", "Tm", "cm", "rg", "RG",
            "re", "w", "m", "l", "c", "h", "S", "f", "d");

    @Test
    void everyCharacterComesBackFromItsLiteralString() throws Exception {
        byte[] pdf = new PdfWriter().pdf(document());
        String text = String.join("\n", Pdf.pages(pdf)).replaceAll("\\s+", " ");
        assertTrue(text.contains(HOSTILE), () -> "the paragraph as printed: " + text);
        assertTrue(text.contains("Cell " + HOSTILE), () -> "the cell as printed: " + text);
        for (byte[] content : Pdf.contents(pdf)) {
            String ascii = new String(content, StandardCharsets.ISO_8859_1);
            assertTrue(ascii.contains(") Tj\n"), "each page shows text (the banner at least)");
            // a line end inside a string would cut a line short of its operator (PDFBox reads such strings as they
            // are; other readers, as the format says, read a carriage return there as a line feed)
            for (String line : ascii.split("\n")) {
                assertFalse(line.indexOf('\r') >= 0, () -> "a carriage return in: " + line);
                assertTrue(line.isEmpty() || OPERATORS.stream().anyMatch(op -> line.equals(op) || line.endsWith(" " + op)),
                        () -> "a line that ends in no operator: " + line);
            }
            assertFalse(Pattern.compile("<[0-9A-Fa-f]*> Tj").matcher(ascii).find(), "no hex string is shown");
            Pattern coordinates = Pattern.compile("(-?\\d+(\\.\\d{1,2})? )+(Td|re)");
            ascii.lines().filter(l -> l.endsWith(" Td") || l.endsWith(" re")).forEach(l -> assertTrue(
                    coordinates.matcher(l).matches(), () -> "positions to a hundredth of a point: " + l));
        }
    }

    @Test
    void aTablePageStrokesItsCellFramesOnce() throws Exception {
        byte[] pdf = new PdfWriter().pdf(document());
        List<byte[]> pages = Pdf.contents(pdf);
        String table = new String(pages.get(pages.size() - 1), StandardCharsets.ISO_8859_1);
        long rects = table.lines().filter(l -> l.endsWith(" re")).count();
        long strokes = table.lines().filter(l -> l.equals("S")).count();
        long widths = table.lines().filter(l -> l.endsWith(" w")).count();
        assertTrue(rects >= 40, "the 40 cells' frames and more: " + rects);
        assertTrue(strokes <= 3, "the header's cells, then every body cell's frame in one path: " + strokes);
        assertEquals(1, widths, "the line width set once");
    }

    @Test
    void manyPagesAreCompressedBesideTheLayoutAndNoThreadIsLeft() throws Exception {
        // more pages than wait for the compressing thread at once: some are compressed by the writer's own thread
        List<Row> body = new ArrayList<>();
        for (int i = 1; i <= 8000; i++) {
            body.add(Row.body(List.of(Cell.text("Objective " + i + " \u2014 O'Brien's *target*"), Cell.text("KA" + i))));
        }
        Table t = new Table("long", List.of(2, 1), List.of(Row.header(Cell.text("Objective"), Cell.text("Activity"))),
                body);
        AppendixDocument d = new AppendixDocument("Long", "Long plan", "1", Samples.WHEN, Map.of(), null,
                List.of(new Section("B", "Appendix B: Long", List.of(t))));
        byte[] first = new PdfWriter().pdf(d);
        List<String> pages = Pdf.pages(first);
        assertTrue(pages.size() > 150, "pages: " + pages.size());
        String all = String.join("\n", pages);
        for (int i : new int[] {1, 2500, 5001, 7999, 8000}) {
            assertTrue(all.contains("Objective " + i + " \u2014 O'Brien's *target*"), "row " + i);
        }
        List<byte[]> a = Pdf.contents(first);
        List<byte[]> b = Pdf.contents(new PdfWriter().pdf(d));
        assertEquals(a.size(), b.size());
        for (int p = 0; p < a.size(); p++) {
            assertTrue(java.util.Arrays.equals(a.get(p), b.get(p)), "page " + (p + 1) + " is the same each time");
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(th -> th.getName().equals("plantrace-pdf-deflate")
                && th.isAlive()), "the compressing thread is stopped");
    }

    private static AppendixDocument document() {
        List<Row> body = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            body.add(Row.body(List.of(Cell.text(i == 1 ? "Cell " + HOSTILE : "Objective " + i), Cell.text("KA" + i))));
        }
        Table t = new Table("hostile", List.of(2, 1), List.of(Row.header(Cell.text("Objective"), Cell.text("Activity"))),
                body);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("Plan", "Content plan");
        return new AppendixDocument("Content", "Content plan", "1", Samples.WHEN, props, null, List.of(
                new Section("A", "Appendix A: Text", List.of(new Block.Paragraph(Line.text(HOSTILE)))),
                new Section("B", "Appendix B: Table", List.of(t))));
    }
}

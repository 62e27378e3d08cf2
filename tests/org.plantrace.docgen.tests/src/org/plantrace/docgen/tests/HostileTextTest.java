package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;

/**
 * Text no office format can carry as it is: control characters (possible in an XML 1.1 model file) cost no document,
 * and a cell longer than a spreadsheet holds is cut with a note in XLSX while CSV keeps it whole.
 */
class HostileTextTest {

    @TempDir
    Path dir;

    private AppendixDocument document(String planTitle, String objectiveTitle) {
        CleanModel m = new CleanModel(dir);
        m.plan.setTitle(planTitle);
        m.one.setTitle(objectiveTitle);
        return new AppendixBuilder(m.plan).generated(Samples.WHEN).build().document();
    }

    @Test
    void controlCharactersInTitlesAreDroppedFromDocxAndXlsx() throws Exception {
        AppendixDocument d = document("Policing\u0001 London\u001F 2009-12\uFFFF", "Reduce\u0008 crime");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Samples.single(d, Format.DOCX)))) {
            String title = docx.getProperties().getCoreProperties().getTitle();
            assertTrue(title.contains("Policing London 2009-12"), title);
            assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().contains("Reduce crime")));
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(Samples.single(d, Format.XLSX)))) {
            assertTrue(xlsx.getProperties().getCoreProperties().getTitle().contains("Policing London 2009-12"));
        }
    }

    @Test
    void controlCharactersNonCharactersAndLoneSurrogatesCostNoHtmlOrPdf() throws Exception {
        AppendixDocument d = document("Policing\u0001 London\u001F 2009-12\uFFFF\uD800",
                "Reduce\u0008 crime\u000B\uFFFE\uDC00 together");
        String html = new String(Samples.single(d, Format.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>Policing London 2009-12"), html.substring(0, Math.min(600, html.length())));
        assertTrue(html.contains("Reduce crime together"), "the objective's title, its control characters dropped");
        for (char c : new char[] { '\u0001', '\u001F', '\u0008', '\u000B', '\uFFFE', '\uFFFF' }) {
            int at = html.indexOf(c);
            assertEquals(-1, at, "no U+" + Integer.toHexString(c) + " in the HTML: "
                    + (at < 0 ? "" : html.substring(Math.max(0, at - 300), Math.min(html.length(), at + 40))));
        }
        assertTrue(html.chars().noneMatch(c -> Character.isSurrogate((char) c)), "no lone surrogate in the HTML");
        String pdf = String.join("\n", Pdf.pages(Samples.single(d, Format.PDF)));
        assertTrue(pdf.contains("Policing London 2009-12"), pdf.substring(0, Math.min(600, pdf.length())));
        assertTrue(pdf.contains("Reduce crime together"), "the PDF shows the objective's title");
    }

    @Test
    void dollarsAndBackslashesInATitleReachTheDiagramsNameInHtml() throws Exception {
        for (boolean publication : new boolean[] { false, true }) {
            CleanModel m = new CleanModel(dir.resolve(publication ? "publication" : "working"));
            m.one.setTitle("Save $2m \\ a year");
            AppendixDocument doc = new AppendixBuilder(m.plan).publication(publication).generated(Samples.WHEN).build()
                    .document();
            String html = new String(Samples.single(doc, Format.HTML), StandardCharsets.UTF_8);
            int svg = html.indexOf("<svg role=\"img\" aria-label=\"");
            assertTrue(svg >= 0, "an announced diagram");
            String label = html.substring(svg, html.indexOf('>', svg));
            assertTrue(label.contains("Save $2m \\ a year"), label);
            assertEquals(publication, !html.substring(svg, html.indexOf("</svg>", svg)).contains(" data-id=\""),
                    "element ids in the workbench's HTML only");
        }
    }

    @Test
    void xlsxCutsTextLongerThanACellHoldsWithANote() throws Exception {
        String longTitle = "Reduce crime ".repeat(3_500); // 45,500 characters
        AppendixDocument d = document("Plan", longTitle);
        int found = 0;
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(Samples.single(d, Format.XLSX)))) {
            for (var sheet : xlsx) {
                for (var row : sheet) {
                    for (var cell : row) {
                        String v = cell.getStringCellValue();
                        assertTrue(v.length() <= 32_767, "cell of " + v.length() + " characters");
                        if (v.contains("Reduce crime Reduce crime")) {
                            found++;
                            assertEquals(32_767, v.length());
                            assertTrue(v.endsWith(" characters in all, more than a spreadsheet cell holds; the DOCX and HTML "
                                    + "appendices have the whole text]"), v.substring(32_500));
                        }
                    }
                }
            }
        }
        assertTrue(found > 0, "the long title is in the workbook");
        boolean whole = Samples.write(d, Format.CSV).values().stream()
                .anyMatch(b -> new String(b, StandardCharsets.UTF_8).contains(longTitle.strip()));
        assertTrue(whole, "CSV keeps the whole text");
    }

    @Test
    void aHugeTitleAndAMillionCharacterWordGiveEveryFormatAndThePdfSaysWhatItShortened() throws Exception {
        String hugeTitle = "Reduce crime ".repeat(15_385).strip(); // 200,004 characters
        String word = "w".repeat(1_000_000);
        AppendixDocument d = document(hugeTitle, word);
        Map<Format, byte[]> first = new java.util.EnumMap<>(Format.class);
        for (Format f : Format.values()) {
            Map<String, byte[]> files = Samples.write(d, f);
            assertFalse(files.isEmpty(), f + " wrote no file");
            files.forEach((name, bytes) -> assertTrue(bytes.length > 0, name + " is empty"));
            first.put(f, files.values().iterator().next());
        }
        String pdf = String.join("\n", Pdf.pages(first.get(Format.PDF))).replaceAll("\\s+", " ");
        java.util.regex.Matcher notes = java.util.regex.Pattern.compile("\\[\\.\\.\\. shortened in the PDF: ([\\d,]+) characters in"
                + " all; the HTML and Word appendices have the whole text\\]").matcher(pdf);
        List<Integer> shortened = new java.util.ArrayList<>();
        while (notes.find()) {
            shortened.add(Integer.parseInt(notes.group(1).replace(",", "")));
        }
        assertTrue(shortened.contains(1_000_000), "the objective's title says it was shortened: " + shortened);
        assertTrue(shortened.stream().anyMatch(n -> n >= 200_004 && n < 200_100),
                "the cover's title (the plan's title and a few words) says it was shortened: " + shortened);
        assertTrue(pdf.contains("Reduce crime Reduce crime"), "the title's start is there");
        long ws = pdf.chars().filter(c -> c == 'w').count();
        assertTrue(ws >= 7_000, "the PDF shows the start of the word, broken into lines: " + ws);
        String html = new String(first.get(Format.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains(word) && html.contains(hugeTitle), "the HTML keeps both whole");
    }
}

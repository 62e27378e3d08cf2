package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.model.Alignment;

/**
 * CSV and XLSX for spreadsheet users: text that a spreadsheet would run as a formula is neutralised in
 * CSV and stored as plain text in XLSX; merged cells repeat in CSV and stay merged in XLSX.
 */
class SpreadsheetTest {

    @TempDir
    Path dir;

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x.invalid\",\"click\")", "+1+1",
            "-2+3", "@SUM(A1:A2)");

    private AppendixDocument hostileDocument() {
        CleanModel m = new CleanModel(dir);
        m.one.setTitle(HOSTILE.get(0));
        Alignment b = m.one.getAlignments().stream().filter(a -> a.getTarget() == m.service).findFirst().orElseThrow();
        b.getActivities().clear();
        b.getActivities().add(HOSTILE.get(1));
        m.group.setName(HOSTILE.get(3));
        m.ni1.setTitle(HOSTILE.get(2));
        m.link(m.one, m.ni2);
        return new AppendixBuilder(m.plan).generated(Samples.WHEN).build().document();
    }

    /** RFC 4180 parsing, enough for the files under test. */
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
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void csvNeutralisesFormulasAndRepeatsMergedCells() throws Exception {
        Map<String, byte[]> files = Samples.write(hostileDocument(), Format.CSV);
        List<String> all = new ArrayList<>();
        for (byte[] b : files.values()) {
            for (List<String> row : parse(new String(b, StandardCharsets.UTF_8))) {
                for (String cell : row) {
                    for (String line : cell.split("\n")) {
                        all.add(line);
                    }
                }
            }
        }
        for (String h : HOSTILE) {
            assertTrue(all.stream().anyMatch(c -> c.contains(h)), "printed somewhere: " + h);
        }
        for (String c : all) {
            assertTrue(c.isEmpty() || "=+-@".indexOf(c.charAt(0)) < 0, "a cell starts with a formula character: " + c);
        }
        List<List<String>> b = parse(new String(files.get("appendices-B.csv"), StandardCharsets.UTF_8));
        assertEquals(List.of("Corporate objective", "Protective service", "Key activity number(s)",
                "Lead delivery agent(s)", "Business group activity"), b.get(0));
        assertEquals("'" + HOSTILE.get(0), b.get(1).get(0));
        assertEquals("'" + HOSTILE.get(1), b.get(1).get(4));
        assertEquals("'" + HOSTILE.get(3), b.get(1).get(3));
        List<List<String>> d = parse(new String(files.get("appendices-D.csv"), StandardCharsets.UTF_8));
        assertEquals(d.get(1).get(0), d.get(2).get(0), "a merged objective cell repeats in every row it covers");
    }

    @Test
    void xlsxKeepsTextAsTextAndMergesLikeTheDocument() throws Exception {
        byte[] bytes = Samples.single(hostileDocument(), Format.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet d = wb.getSheet("D");
            boolean found = false;
            for (var row : d) {
                for (var cell : row) {
                    assertTrue(cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.BLANK,
                            "never a formula: " + cell.getAddress());
                    found |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(HOSTILE.get(0));
                }
            }
            assertTrue(found, "the title is kept verbatim as text");
            List<CellRangeAddress> merged = d.getMergedRegions();
            assertTrue(merged.stream().anyMatch(r -> r.getFirstColumn() == 0 && r.getLastRow() > r.getFirstRow()),
                    "objective cells merged over their rows: " + merged);
            assertTrue(wb.getSheet("B") != null && wb.getSheet("findings") != null);
        }
    }

    /**
     * What a reader of the sample's workbook meets on sheet B (the XLSX is written as SpreadsheetML by hand, so each
     * of these is the writer's own): the draft banner and the title across the table, a two-row header that stays in
     * view and repeats on each printed page, spans merged, header cells bold on pale blue, body cells boxed and wrapped,
     * pages landscape and fitted to the width, numbered in the footer.
     */
    @Test
    void xlsxSheetsFreezeAndPrintTheirHeaderLikeTheDocument() throws Exception {
        byte[] bytes = Samples.single(Samples.build(Samples.sample()), Format.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("draft-errors", wb.getSheetName(0), "the errors of a draft come first");
            assertEquals("B", wb.getSheetName(2));
            XSSFSheet b = wb.getSheet("B");
            assertTrue(b.getRow(0).getCell(0).getStringCellValue().startsWith("DRAFT"));
            assertEquals(IndexedColors.DARK_RED.getIndex(), b.getRow(0).getCell(0).getCellStyle().getFont().getColor());
            assertEquals("Appendix B: Protective Services integrated into corporate objectives",
                    b.getRow(1).getCell(0).getStringCellValue());
            assertEquals(13, b.getRow(1).getCell(0).getCellStyle().getFont().getFontHeightInPoints());
            List<String> merged = b.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
            assertTrue(merged.containsAll(List.of("A1:E1", "A2:E2", "A3:A4", "B3:E3")), merged.toString());
            assertEquals(2, b.getRepeatingRows().getFirstRow(), "both header rows (3 and 4) print on each page");
            assertEquals(3, b.getRepeatingRows().getLastRow(), "both header rows (3 and 4) print on each page");
            assertTrue(b.getPaneInformation().isFreezePane());
            assertEquals(4, b.getPaneInformation().getHorizontalSplitPosition(), "banner, title and header stay in view");
            assertTrue(b.getHeader().getCenter().startsWith("DRAFT"), b.getHeader().getCenter());
            assertEquals("Page &P of &N", b.getFooter().getCenter());
            assertTrue(b.getPrintSetup().getLandscape(), "five columns print landscape");
            assertTrue(b.getFitToPage());
            assertEquals(1, b.getPrintSetup().getFitWidth());
            assertEquals(0, b.getPrintSetup().getFitHeight());

            XSSFCellStyle header = b.getRow(3).getCell(1).getCellStyle();
            assertEquals("Protective service", b.getRow(3).getCell(1).getStringCellValue());
            assertTrue(header.getFont().getBold());
            assertEquals(IndexedColors.PALE_BLUE.getIndex(), header.getFillForegroundColor());
            assertEquals(FillPatternType.SOLID_FOREGROUND, header.getFillPattern());
            XSSFCellStyle body = b.getRow(4).getCell(1).getCellStyle();
            assertFalse(body.getFont().getBold());
            assertTrue(body.getWrapText());
            assertEquals(VerticalAlignment.TOP, body.getVerticalAlignment());
            for (BorderStyle side : List.of(body.getBorderTop(), body.getBorderBottom(), body.getBorderLeft(), body.getBorderRight())) {
                assertEquals(BorderStyle.THIN, side);
            }
            int chars = 0;
            for (int c = 0; c < 5; c++) {
                assertTrue(b.getColumnWidth(c) >= 8 * 256, "column " + c + " at least 8 characters wide");
                chars += b.getColumnWidth(c) / 256;
            }
            assertTrue(chars >= 160 && chars <= 170, "the columns share about 170 characters: " + chars);
            assertEquals("Plantrace", wb.getProperties().getCoreProperties().getCreator());
            assertEquals("Draft", wb.getProperties().getCoreProperties().getContentStatus());
        }
    }
}

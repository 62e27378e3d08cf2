package org.plantrace.docgen.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Compression;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.SingleFileWriter;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.TextOut;
import org.plantrace.docgen.XmlText;

/**
 * One workbook, one sheet per table, laid out as in the document: title row, header rows and spans as
 * merged regions, group rows shaded, header frozen and repeated when printed. Cells are always text,
 * so a spreadsheet never evaluates them. A draft's sheets carry the banner in the first row and in the
 * printed page header. The SpreadsheetML is written directly, sheet by sheet into the zip (POI's SXSSF measured a
 * font for every sheet and kept a temporary file each: most of the time of a 10x plan's hundreds of sheets).
 */
public final class XlsxWriter extends SingleFileWriter {

    /** Characters across all columns of a sheet. */
    private static final int SHEET_CHARS = 170;

    @Override
    public Format format() {
        return Format.XLSX;
    }

    /** Writes the workbook to {@code to} (and closes it). */
    @Override
    protected void write(AppendixDocument document, OutputStream to) throws IOException {
        List<SheetPart> sheets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Section s : document.sections()) {
            for (Table t : s.tables()) {
                sheets.add(new SheetPart(unique(names, XmlText.line(t.name())), s, t, document.isDraft() ? 2 : 1));
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(to, StandardCharsets.UTF_8)) {
            zip.setLevel(Compression.MARKUP_LEVEL);
            StringBuilder out = new StringBuilder(1 << 17);
            TextOut text = new TextOut(zip);
            part(zip, "[Content_Types].xml", contentTypes(sheets.size()));
            part(zip, "_rels/.rels", ROOT_RELS);
            part(zip, "docProps/app.xml", APP);
            part(zip, "docProps/core.xml", core(document));
            part(zip, "xl/workbook.xml", workbook(sheets));
            part(zip, "xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
            part(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                sheet(text, out, sheets.get(i), document, i == 0);
                zip.closeEntry();
            }
        }
    }

    /** The most characters a spreadsheet cell holds (Excel's limit; POI refuses more). */
    static final int CELL_CHARS = 32_767;

    /**
     * Cell text as a spreadsheet can hold it: without the characters XML cannot carry, and cut at {@link #CELL_CHARS}
     * with a note saying how much was left out (DOCX and HTML hold the whole text; the PDF keeps 8,000 characters of a text).
     */
    static String cellText(String text) {
        String t = XmlText.clean(text);
        if (t.length() <= CELL_CHARS) {
            return t;
        }
        String note = " [... cut: " + (t.length()) + " characters in all, more than a spreadsheet cell holds; "
                + "the DOCX and HTML appendices have the whole text]";
        int keep = CELL_CHARS - note.length();
        if (Character.isHighSurrogate(t.charAt(keep - 1))) {
            keep--;
        }
        return t.substring(0, keep) + note;
    }

    private static String unique(Set<String> names, String name) {
        String base = WorkbookUtil.createSafeSheetName(name);
        String n = base;
        for (int i = 2; !names.add(n.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = "-" + i;
            n = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return n;
    }

    /** A sheet: its unique name, the section and table it shows, and the row its table starts on (0-based). */
    private record SheetPart(String name, Section section, Table table, int first) {
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * A sheet's text gathered in {@code out} before it goes to the zip ({@link TextOut#write}: in UTF-8, between rows, so
     * never inside a surrogate pair), in pieces of about this many chars.
     */
    private static final int PIECE = 1 << 16;

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final String ROOT_RELS = XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"" + REL + "/officeDocument\"/>"
            + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL + "/extended-properties\"/>"
            + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" "
            + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/></Relationships>";

    private static final String APP = XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Plantrace</Application></Properties>";

    /**
     * The cell styles: 0 default, 1 a sheet's title (bold 13 pt), 2 the draft banner (bold dark red), 3 a body cell
     * (thin box, wrapped, top), 4 a header cell (bold on pale blue), 5 a group row (bold on 25% grey).
     */
    private static final int TITLE = 1;
    private static final int DRAFT = 2;
    private static final int BODY = 3;
    private static final int HEADER = 4;
    private static final int GROUP = 5;
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"0\"/><fonts count=\"4\">"
            + "<font><sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            + "<font><name val=\"Calibri\"/><sz val=\"11.0\"/><b val=\"true\"/></font>"
            + "<font><name val=\"Calibri\"/><sz val=\"13.0\"/><b val=\"true\"/></font>"
            + "<font><name val=\"Calibri\"/><sz val=\"11.0\"/><b val=\"true\"/><color indexed=\"16\"/></font></fonts>"
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"darkGray\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"44\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"6\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"true\"/>"
            + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"true\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyAlignment=\"true\" applyBorder=\"true\">"
            + "<alignment wrapText=\"true\" vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyAlignment=\"true\" applyBorder=\"true\" "
            + "applyFont=\"true\" applyFill=\"true\"><alignment wrapText=\"true\" vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyAlignment=\"true\" applyBorder=\"true\" "
            + "applyFont=\"true\" applyFill=\"true\"><alignment wrapText=\"true\" vertical=\"top\"/></xf>"
            + "</cellXfs></styleSheet>";

    private static String contentTypes(int sheets) {
        StringBuilder b = new StringBuilder(XML).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
                + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
                + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\" PartName=\"/docProps/app.xml\"/>"
                + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"
                + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\" PartName=\"/xl/styles.xml\"/>"
                + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\" PartName=\"/xl/workbook.xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" "
                    + "PartName=\"/xl/worksheets/sheet").append(i).append(".xml\"/>");
        }
        return b.append("</Types>").toString();
    }

    private static String core(AppendixDocument d) {
        return XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><cp:contentStatus>" + (d.isDraft() ? "Draft" : "Final")
                + "</cp:contentStatus><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                + DateTimeFormatter.ISO_INSTANT.format(d.generated().truncatedTo(ChronoUnit.SECONDS)) + "</dcterms:created>"
                + "<dc:creator>Plantrace</dc:creator><dc:title>" + esc(XmlText.line(d.title())) + "</dc:title><cp:version>"
                + esc(XmlText.line(d.modelVersion())) + "</cp:version></cp:coreProperties>";
    }

    private static String workbook(List<SheetPart> sheets) {
        StringBuilder b = new StringBuilder(XML).append("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + "<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            b.append("<sheet name=\"").append(esc(sheets.get(i).name())).append("\" r:id=\"rId").append(i + 1)
                    .append("\" sheetId=\"").append(i + 1).append("\"/>");
        }
        b.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            int[] repeated = repeatedRows(sheets.get(i));
            if (repeated != null) {
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                        .append(esc(SheetNameFormatter.format(sheets.get(i).name()))).append("!$").append(repeated[0] + 1)
                        .append(":$").append(repeated[1] + 1).append("</definedName>");
            }
        }
        if (names.length() > 0) {
            b.append("<definedNames>").append(names).append("</definedNames>");
        }
        return b.append("</workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        StringBuilder b = new StringBuilder(XML).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Relationship Id=\"rId").append(i).append("\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\" Type=\"" + REL + "/worksheet\"/>");
        }
        b.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Target=\"styles.xml\" Type=\"" + REL + "/styles\"/>");
        return b.append("</Relationships>").toString();
    }

    /** The rows (0-based, first and last) repeated on each printed page: the table's header, or null. */
    private static int[] repeatedRows(SheetPart s) {
        int headerRows = s.table().header().size();
        return headerRows == 0 ? null : new int[] {s.first(), s.first() + headerRows - 1};
    }

    /**
     * One sheet, laid out as the table in the document: the draft banner and the section's title across the table,
     * the header and body rows with merged spans, the header frozen, fitted to the page's width.
     */
    private static void sheet(TextOut text, StringBuilder out, SheetPart part, AppendixDocument d,
            boolean selected) throws IOException {
        Table t = part.table();
        int cols = t.columns();
        List<List<Table.Placed>> grid = t.grid();
        int headerRows = t.header().size();
        int first = part.first();
        int lastRow = first + grid.size() - 1;
        int lastCol = 0;
        for (List<Table.Placed> row : grid) {
            for (Table.Placed p : row) {
                lastCol = Math.max(lastCol, p.column());
            }
        }
        String[] letters = new String[Math.max(lastCol, cols - 1) + 1]; // column letters, once per sheet
        for (int c = 0; c < letters.length; c++) {
            letters[c] = CellReference.convertNumToColString(c);
        }
        out.append(XML).append("<worksheet xmlns=\"" + MAIN + "\"><sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr><dimension ref=\"A1:")
                .append(letters[lastCol]).append(Math.max(lastRow, first - 1) + 1).append("\"/><sheetViews>")
                .append("<sheetView workbookViewId=\"0\"").append(selected ? " tabSelected=\"true\"" : "").append('>');
        if (headerRows > 0) {
            int split = first + headerRows;
            out.append("<pane ySplit=\"").append(split).append(".0\" state=\"frozen\" topLeftCell=\"A").append(split + 1)
                    .append("\" activePane=\"bottomLeft\"/><selection pane=\"bottomLeft\"/>");
        }
        out.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < cols; c++) {
            int chars = Math.min(255, Math.max(8, SHEET_CHARS * t.widths().get(c) / total));
            out.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(chars)
                    .append(".0\" customWidth=\"true\"/>");
        }
        out.append("</cols><sheetData>");
        StringBuilder merged = new StringBuilder();
        int mergedCount = 0;
        int r = 0;
        if (d.isDraft()) {
            mergedCount += banner(out, r++, d.draft().banner(), DRAFT, letters, cols, merged);
        }
        mergedCount += banner(out, r++, part.section().title(), TITLE, letters, cols, merged);
        for (int g = 0; g < grid.size(); g++) {
            Row.Kind kind = g < headerRows ? Row.Kind.HEADER : t.body().get(g - headerRows).kind();
            int style = switch (kind) {
                case HEADER -> HEADER;
                case GROUP -> GROUP;
                case BODY -> BODY;
            };
            int row = first + g;
            out.append("<row r=\"").append(row + 1).append("\">");
            for (Table.Placed p : grid.get(g)) {
                String col = letters[p.column()];
                if (p.origin()) {
                    cell(out, col, row + 1, style, cellText(p.cell().plain()));
                    if (p.cell().rowSpan() > 1 || p.cell().colSpan() > 1) {
                        merged.append("<mergeCell ref=\"").append(col).append(row + 1).append(':')
                                .append(letters[p.column() + p.cell().colSpan() - 1]).append(row + p.cell().rowSpan())
                                .append("\"/>");
                        mergedCount++;
                    }
                } else {
                    out.append("<c r=\"").append(col).append(row + 1).append("\" s=\"").append(style).append("\"/>");
                }
            }
            out.append("</row>");
            if (out.length() >= PIECE) {
                text.write(out);
            }
        }
        out.append("</sheetData>");
        if (mergedCount > 0) {
            out.append("<mergeCells count=\"").append(mergedCount).append("\">").append(merged).append("</mergeCells>");
        }
        out.append("<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/>"
                + "<pageSetup usePrinterDefaults=\"false\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"")
                .append(cols > 3 ? "landscape" : "portrait").append("\"/><headerFooter>");
        if (d.isDraft()) {
            out.append("<oddHeader>").append(esc("&C" + XmlText.line(d.draft().banner()).replace("&", "&&"))).append("</oddHeader>");
        }
        out.append("<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter></headerFooter></worksheet>");
        text.write(out);
    }

    /** A one-cell row across the table; returns how many merged regions it adds (1 when the table has columns to span). */
    private static int banner(StringBuilder out, int r, String text, int style, String[] letters, int cols,
            StringBuilder merged) {
        out.append("<row r=\"").append(r + 1).append("\">");
        cell(out, "A", r + 1, style, cellText(text));
        out.append("</row>");
        if (cols > 1) {
            merged.append("<mergeCell ref=\"A").append(r + 1).append(':').append(letters[cols - 1]).append(r + 1).append("\"/>");
            return 1;
        }
        return 0;
    }

    /** A text cell (never a number or formula: a spreadsheet shows it as written). */
    private static void cell(StringBuilder out, String col, int row, int style, String text) {
        out.append("<c r=\"").append(col).append(row).append("\" s=\"").append(style).append("\" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            out.append(" xml:space=\"preserve\"");
        }
        out.append('>').append(esc(text)).append("</t></is></c>");
    }

    /** Text as XML element content or attribute value. */
    private static String esc(String s) {
        return XmlText.escape(s, true);
    }
}

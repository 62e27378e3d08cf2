package org.plantrace.docgen.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.DocumentWriter;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Logging;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.XmlText;

/**
 * One workbook, one sheet per table, laid out as in the document: title row, header rows and spans as
 * merged regions, group rows shaded, header frozen and repeated when printed. Cells are always text,
 * so a spreadsheet never evaluates them. A draft's sheets carry the banner in the first row and in the
 * printed page header. Rows are streamed (SXSSF), so large plans need little memory.
 */
public final class XlsxWriter implements DocumentWriter {

    static {
        Logging.quietPoi();
    }

    /** Characters across all columns of a sheet. */
    private static final int SHEET_CHARS = 170;

    @Override
    public Format format() {
        return Format.XLSX;
    }

    @Override
    public List<Output> write(AppendixDocument document, String baseName) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            for (Section s : document.sections()) {
                for (Table t : s.tables()) {
                    sheet(wb, styles, unique(names, XmlText.line(t.name())), s, t, document);
                }
            }
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle(XmlText.line(document.title()));
            core.setCreator("Plantrace");
            core.setContentStatus(document.isDraft() ? "Draft" : "Final");
            core.setVersion(XmlText.line(document.modelVersion()));
            core.setCreated(java.util.Optional.of(java.util.Date.from(document.generated())));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            wb.write(out);
            return List.of(new Output(baseName + ".xlsx", out.toByteArray()));
        } finally {
            wb.close(); // also deletes the temporary files
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

    private static void sheet(Workbook wb, Styles st, String name, Section s, Table t, AppendixDocument d) {
        Sheet sheet = wb.createSheet(name);
        int cols = t.columns();
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < cols; c++) {
            sheet.setColumnWidth(c, Math.min(255 * 256, Math.max(8, SHEET_CHARS * t.widths().get(c) / total) * 256));
        }
        int r = 0;
        if (d.isDraft()) {
            banner(sheet, r++, d.draft().banner(), st.draft, cols);
            sheet.getHeader().setCenter(XmlText.line(d.draft().banner()).replace("&", "&&"));
        }
        banner(sheet, r++, s.title(), st.title, cols);
        List<List<Table.Placed>> grid = t.grid();
        int headerRows = t.header().size();
        int first = r;
        for (int g = 0; g < grid.size(); g++) {
            Row.Kind kind = g < headerRows ? Row.Kind.HEADER : t.body().get(g - headerRows).kind();
            CellStyle style = switch (kind) {
                case HEADER -> st.header;
                case GROUP -> st.group;
                case BODY -> st.body;
            };
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + g);
            for (Table.Placed p : grid.get(g)) {
                Cell cell = row.createCell(p.column());
                cell.setCellStyle(style);
                if (p.origin()) {
                    cell.setCellValue(cellText(p.cell().plain()));
                    if (p.cell().rowSpan() > 1 || p.cell().colSpan() > 1) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(r + g, r + g + p.cell().rowSpan() - 1,
                                p.column(), p.column() + p.cell().colSpan() - 1));
                    }
                }
            }
        }
        if (headerRows > 0) {
            sheet.createFreezePane(0, first + headerRows);
            sheet.setRepeatingRows(new CellRangeAddress(first, first + headerRows - 1, -1, -1));
        }
        sheet.getFooter().setCenter("Page &P of &N");
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(cols > 3);
    }

    private static void banner(Sheet sheet, int r, String text, CellStyle style, int cols) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(cellText(text));
        cell.setCellStyle(style);
        if (cols > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, cols - 1));
        }
    }

    /** The workbook's cell styles, created once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle draft;
        final CellStyle header;
        final CellStyle group;
        final CellStyle body;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            title = wb.createCellStyle();
            title.setFont(big);
            draft = wb.createCellStyle();
            draft.setFont(red);
            body = boxed(wb);
            header = boxed(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group = boxed(wb);
            group.setFont(bold);
            group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle boxed(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}

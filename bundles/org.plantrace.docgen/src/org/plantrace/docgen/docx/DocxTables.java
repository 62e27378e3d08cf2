package org.plantrace.docgen.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.plantrace.docgen.ColumnWidths;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;

/**
 * Real Word tables: fixed layout over the text width, a grid of the table's relative widths, header
 * rows repeated on each page, row spans as vertical merges ({@code w:vMerge restart/continue}) and
 * column spans as {@code w:gridSpan}. A table grouped by a spanning first column (the objective) is written
 * as one table per group repeating the group's label with its header ({@link ObjectiveGroups}).
 */
final class DocxTables {

    private static final String HEADER_FILL = "D9E2F3";
    private static final String GROUP_FILL = "EEF1F7";
    /** Tables with more columns than this print in a smaller type. */
    static final int WIDE = 6;

    private DocxTables() {
    }

    static void write(XWPFDocument doc, Table table, int textWidth) {
        List<ObjectiveGroups.Part> parts = ObjectiveGroups.split(table);
        if (parts.isEmpty()) {
            write(doc, table, widths(table, textWidth), textWidth, 0);
            return;
        }
        // one table per group, all with the same column widths, kept apart by an empty paragraph (Word would join
        // adjacent tables into one)
        int[] widths = widths(ObjectiveGroups.combined(table, parts), textWidth);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                separator(doc);
            }
            write(doc, parts.get(i).table(), widths, textWidth, parts.get(i).repeatedBodyRows());
        }
    }

    /** Widths in twips; no column narrower than its longest word (Word and LibreOffice would break it in the cell). */
    static int[] widths(Table table, int textWidth) {
        double[] fitted = ColumnWidths.fit(table, textWidth / 20.0, table.columns() > WIDE ? 8.5 : 9.5);
        int[] widths = new int[table.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (int) Math.round(fitted[i] * 20);
        }
        return widths;
    }

    private static void separator(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.of(Line.Style.TEXT));
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        var rpr = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(4));
    }

    /**
     * @param repeatedBodyRows body rows after the header rows that also repeat at the top of each page (a group's
     *            label row)
     */
    private static void write(XWPFDocument doc, Table table, int[] widths, int textWidth, int repeatedBodyRows) {
        List<List<Table.Placed>> grid = table.grid();
        XWPFTable t = doc.createTable();
        setUp(t, widths, textWidth);
        int headerRows = table.header().size();
        List<XWPFTableRow> rows = new ArrayList<>(grid.size());
        for (int r = 0; r < grid.size(); r++) {
            Row.Kind kind = r < headerRows ? Row.Kind.HEADER : table.body().get(r - headerRows).kind();
            // appended through the XML bean: insertNewTableRow(pos) costs O(rows) per row
            XWPFTableRow row = new XWPFTableRow(t.getCTTbl().addNewTr(), t);
            rows.add(row);
            CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            if (r < headerRows + repeatedBodyRows) {
                trPr.addNewTblHeader();
            }
            trPr.addNewCantSplit(); // Word still breaks a row taller than a page
            for (Table.Placed p : grid.get(r)) {
                if (p.columnOffset() > 0) {
                    continue;
                }
                XWPFTableCell cell = row.createCell();
                cell(cell, p, widths, kind);
                if (table.columns() > WIDE) {
                    small(cell);
                }
            }
        }
        t.removeRow(0); // the row createTable() starts with
        int keep = keptWithLast(rows.size(), headerRows + repeatedBodyRows);
        if (keep >= 0) {
            for (XWPFTableCell c : rows.get(keep).getTableCells()) {
                for (XWPFParagraph p : c.getParagraphs()) {
                    p.setKeepNext(true);
                }
            }
        }
    }

    /**
     * The row that keeps with the table's last row (its paragraphs keep with the next), so Word and LibreOffice never
     * leave a table's last row alone on a page: the row before the last, when at least three rows follow the
     * repeated ones; -1 when none does. (The rows appended through the XML bean are not in {@code getRows()}.)
     */
    static int keptWithLast(int rows, int repeated) {
        return rows - repeated >= 3 ? rows - 2 : -1;
    }

    private static void small(XWPFTableCell cell) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            for (var run : p.getRuns()) {
                run.setFontSize(8.5);
            }
        }
    }

    private static void setUp(XWPFTable t, int[] widths, int textWidth) {
        CTTblPr pr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(textWidth));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        border(borders.isSetTop() ? borders.getTop() : borders.addNewTop());
        border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft());
        border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom());
        border(borders.isSetRight() ? borders.getRight() : borders.addNewRight());
        border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH());
        border(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV());
        CTTblCellMar mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        margin(mar.isSetLeft() ? mar.getLeft() : mar.addNewLeft(), 85);
        margin(mar.isSetRight() ? mar.getRight() : mar.addNewRight(), 85);
        margin(mar.isSetTop() ? mar.getTop() : mar.addNewTop(), 28);
        margin(mar.isSetBottom() ? mar.getBottom() : mar.addNewBottom(), 28);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int wd : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(wd));
        }
    }

    private static void border(CTBorder b) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4));
        b.setSpace(BigInteger.ZERO);
        b.setColor("7F7F7F");
    }

    private static void margin(CTTblWidth w, int twips) {
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    private static void cell(XWPFTableCell cell, Table.Placed p, int[] widths, Row.Kind kind) {
        int span = p.cell().colSpan();
        int width = 0;
        for (int i = p.column(); i < p.column() + span; i++) {
            width += widths[i];
        }
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth tcW = tcPr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(width));
        if (span > 1) {
            tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (p.cell().rowSpan() > 1) {
            if (p.rowOffset() == 0) {
                tcPr.addNewVMerge().setVal(STMerge.RESTART);
            } else {
                tcPr.addNewVMerge().setVal(STMerge.CONTINUE);
            }
        }
        if (kind != Row.Kind.BODY) {
            var shd = tcPr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(kind == Row.Kind.HEADER ? HEADER_FILL : GROUP_FILL);
        }
        XWPFParagraph first = cell.getParagraphs().get(0);
        if (p.rowOffset() > 0) {
            return;
        }
        List<Line> lines = p.cell().lines();
        if (lines.isEmpty()) {
            first.setStyle(DocxStyles.of(Line.Style.TEXT));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph para = i == 0 ? first : cell.addParagraph();
            DocxText.fill(para, lines.get(i));
            if (kind != Row.Kind.BODY && lines.get(i).style() == Line.Style.TEXT) {
                para.setStyle(DocxStyles.HEADER_CELL);
            }
        }
    }
}

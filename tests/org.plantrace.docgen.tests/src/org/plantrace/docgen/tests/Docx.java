package org.plantrace.docgen.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reading generated DOCX files back with POI. */
final class Docx {

    enum Merge { NONE, RESTART, CONTINUE }

    private Docx() {
    }

    static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** Tables under each Heading 1, by heading text, in document order. */
    static Map<String, List<XWPFTable>> tablesByHeading(XWPFDocument doc) {
        Map<String, List<XWPFTable>> m = new LinkedHashMap<>();
        String heading = "";
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && "Heading1".equals(p.getStyle())) {
                heading = p.getText();
                m.put(heading, new ArrayList<>());
            } else if (e instanceof XWPFTable t && m.containsKey(heading)) {
                m.get(heading).add(t);
            }
        }
        return m;
    }

    /** The first table under the Heading 1 starting with {@code prefix}. */
    static XWPFTable table(XWPFDocument doc, String prefix) {
        return tablesByHeading(doc).entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + prefix)).getValue().get(0);
    }

    static Merge vMerge(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || pr.getVMerge() == null) {
            return Merge.NONE;
        }
        return pr.getVMerge().getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
    }

    static int gridSpan(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null) {
            return 1;
        }
        return ((BigInteger) pr.getGridSpan().getVal()).intValue();
    }

    static int headerRows(XWPFTable t) {
        int n = 0;
        while (n < t.getRows().size() && t.getRows().get(n).isRepeatHeader()) {
            n++;
        }
        return n;
    }

    /** The tables under the Heading 1 starting with {@code prefix}. */
    static List<XWPFTable> tables(XWPFDocument doc, String prefix) {
        return tablesByHeading(doc).entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + prefix)).getValue();
    }

    /**
     * The objective tables of a forward appendix (one table per objective, whose last repeated header row carries the
     * objective's label): label -> body rows.
     */
    static Map<String, List<XWPFTableRow>> objectiveTables(XWPFDocument doc, String prefix) {
        Map<String, List<XWPFTableRow>> m = new LinkedHashMap<>();
        for (XWPFTable t : tables(doc, prefix)) {
            int header = headerRows(t);
            if (header < 2) {
                throw new AssertionError(prefix + ": an objective table repeats its column headings and its label");
            }
            String label = t.getRow(header - 1).getCell(0).getText();
            if (m.put(label, t.getRows().subList(header, t.getRows().size())) != null) {
                throw new AssertionError(prefix + ": two tables for " + label);
            }
        }
        return m;
    }

    /** Body rows grouped by their vertically merged first cell: first-cell text -> rows. */
    static Map<String, List<XWPFTableRow>> groups(XWPFTable t) {
        Map<String, List<XWPFTableRow>> m = new LinkedHashMap<>();
        List<XWPFTableRow> current = null;
        List<XWPFTableRow> rows = t.getRows();
        for (int i = headerRows(t); i < rows.size(); i++) {
            XWPFTableCell first = rows.get(i).getCell(0);
            if (vMerge(first) == Merge.CONTINUE) {
                if (current == null) {
                    throw new AssertionError("continued merge without a start in row " + i);
                }
                if (!first.getText().isEmpty()) {
                    throw new AssertionError("continued cell carries text in row " + i);
                }
                current.add(rows.get(i));
            } else {
                current = new ArrayList<>();
                current.add(rows.get(i));
                m.put(first.getText(), current);
            }
        }
        return m;
    }

    /** Paragraphs of the given style in the rows' cells, in reading order. */
    static List<XWPFParagraph> paragraphs(List<XWPFTableRow> rows, String style) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (XWPFTableRow r : rows) {
            for (XWPFTableCell c : r.getTableCells()) {
                for (XWPFParagraph p : c.getParagraphs()) {
                    if (style.equals(p.getStyle())) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }
}

package org.plantrace.docgen.docx;

import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;

/**
 * A rough count of the A4 pages a section fills in the DOCX (lines of about 95 characters, 52 lines a page), for the
 * page numbers cached in the contents: Word shows them until it updates its fields; LibreOffice computes its own.
 */
final class PageEstimate {

    private static final int CHARS_PER_LINE = 95;
    private static final int LINES_PER_PAGE = 52;

    private PageEstimate() {
    }

    static int pages(Section s) {
        double lines = 3; // the heading
        for (Block b : s.blocks()) {
            switch (b) {
                case Block.Paragraph p -> lines += 1 + p.line().plain().length() / CHARS_PER_LINE;
                case Block.Heading h -> lines += 2;
                case Figure f -> lines += f.isDiagram() ? LINES_PER_PAGE // a diagram fills about a page
                        : 2 + f.height() * 0.75 / 14; // a chart: its height in lines of about 14 pt
                case Table t -> lines += table(t);
            }
        }
        return Math.max(1, (int) Math.ceil(lines / LINES_PER_PAGE));
    }

    private static double table(Table t) {
        int n = t.columns();
        double total = t.widths().stream().mapToInt(Integer::intValue).sum();
        double[] share = new double[n];
        for (int i = 0; i < n; i++) {
            share[i] = t.widths().get(i) / total;
        }
        double lines = t.header().size() * 2;
        for (Row r : t.body()) {
            double row = 1;
            int column = 0;
            for (Cell c : r.cells()) {
                double width = 0;
                for (int i = column; i < Math.min(n, column + c.colSpan()); i++) {
                    width += share[i];
                }
                column += c.colSpan();
                double chars = Math.max(4, width * CHARS_PER_LINE * 1.05);
                double cell = 0;
                for (Line l : c.lines()) {
                    cell += ceil(Math.max(1, l.plain().length()) / chars);
                }
                row = Math.max(row, cell / Math.max(1, c.rowSpan()));
            }
            lines += row + 0.4;
        }
        return lines;
    }

    /** {@link Math#ceil} of a positive number below 2^63, without the call (the client compiler does not inline it). */
    private static double ceil(double x) {
        long whole = (long) x;
        return whole == x ? whole : whole + 1;
    }
}

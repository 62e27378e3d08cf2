package org.plantrace.docgen.html;

import java.util.List;

import org.plantrace.docgen.Cell;
import org.plantrace.docgen.ColumnWidths;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.TextOut;

/**
 * The tables of the HTML output: header rows in a repeated {@code thead}, a cell spanning rows as a shaded row
 * header.
 */
final class HtmlTables {

    /** The width column proportions are computed for: a table on an A4 page inside print margins. */
    private static final double TABLE_WIDTH_PT = 515;

    private HtmlTables() {
    }

    /** A table from its grid. A cell spanning rows (an objective beside its rows) is a row header, shaded. */
    static void table(StringBuilder b, TextOut out, Table t, boolean refs) {
        List<List<Table.Placed>> grid = t.grid();
        int headerRows = t.header().size();
        boolean rowHeads = isRowHead(t); // once per table: asked per row, it made large tables quadratic
        b.append("<table class=\"appendix").append(t.columns() > 6 ? " wide" : "").append("\" id=\"table-")
                .append(HtmlWriter.esc(t.name())).append("\">\n<colgroup>");
        // no column narrower than its longest word: words are never broken inside a cell
        for (double w : ColumnWidths.percent(t, TABLE_WIDTH_PT, t.columns() > 6 ? 8.5 : 10)) {
            b.append("<col style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", w)).append("%\"/>");
        }
        b.append("</colgroup>\n");
        if (!t.header().isEmpty()) {
            b.append("<thead>\n");
            for (Row r : t.header()) {
                row(b, r, "th", refs);
            }
            b.append("</thead>\n");
        }
        b.append("<tbody>\n");
        for (int i = 0; i < t.body().size(); i++) {
            Row r = t.body().get(i);
            if (r.kind() == Row.Kind.BODY && rowHeads) {
                bodyRow(b, grid.get(headerRows + i), refs);
            } else {
                row(b, r, r.kind() == Row.Kind.GROUP ? "th" : "td", refs);
            }
            out.take(b);
        }
        b.append("</tbody>\n</table>\n");
    }

    /** A body row of a table with row headers, from the grid: the first column's cells head the rows they span. */
    private static void bodyRow(StringBuilder b, List<Table.Placed> cells, boolean refs) {
        b.append("<tr>");
        for (Table.Placed p : cells) {
            if (!p.origin() || p.columnOffset() > 0) {
                continue;
            }
            Cell c = p.cell();
            boolean head = p.column() == 0;
            String tag = head ? "th" : "td";
            b.append('<').append(tag);
            if (head) {
                b.append(" scope=\"rowgroup\" class=\"row-head\"");
            }
            if (c.rowSpan() > 1) {
                b.append(" rowspan=\"").append(c.rowSpan()).append('"');
            }
            if (c.colSpan() > 1) {
                b.append(" colspan=\"").append(c.colSpan()).append('"');
            }
            b.append('>');
            for (Line l : c.lines()) {
                HtmlWriter.line(b, l, "p", refs);
            }
            b.append("</").append(tag).append('>');
        }
        b.append("</tr>\n");
    }

    /** Whether the table's first column heads groups of rows (some body cell there spans rows). */
    private static boolean isRowHead(Table t) {
        return t.body().stream().anyMatch(r -> r.kind() == Row.Kind.BODY && !r.cells().isEmpty()
                && r.cells().get(0).rowSpan() > 1);
    }

    private static void row(StringBuilder b, Row r, String tag, boolean refs) {
        b.append("<tr").append(r.kind() == Row.Kind.GROUP ? " class=\"group\"" : "").append(">");
        for (Cell c : r.cells()) {
            b.append('<').append(tag);
            if (r.kind() == Row.Kind.GROUP) {
                b.append(" scope=\"colgroup\"");
            } else if (tag.equals("th")) {
                b.append(" scope=\"").append(c.colSpan() > 1 ? "colgroup" : "col").append('"');
            }
            if (c.rowSpan() > 1) {
                b.append(" rowspan=\"").append(c.rowSpan()).append('"');
            }
            if (c.colSpan() > 1) {
                b.append(" colspan=\"").append(c.colSpan()).append('"');
            }
            b.append('>');
            if (tag.equals("th") && c.lines().size() == 1 && c.lines().get(0).style() == Line.Style.TEXT
                    && c.lines().get(0).ref() == null) {
                HtmlWriter.esc(b, c.lines().get(0).plain());
            } else {
                for (Line l : c.lines()) {
                    HtmlWriter.line(b, l, "p", refs);
                }
            }
            b.append("</").append(tag).append('>');
        }
        b.append("</tr>\n");
    }
}

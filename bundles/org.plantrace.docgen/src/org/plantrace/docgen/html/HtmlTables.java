package org.plantrace.docgen.html;

import java.util.List;
import java.util.Set;

import org.plantrace.docgen.Cell;
import org.plantrace.docgen.ColumnWidths;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;

/**
 * The tables of the HTML (and PDF) output: header rows in a repeated {@code thead}, a cell spanning rows as a shaded
 * row header and, in the PDF, row ids ({@link HtmlWriter#ROW_ID}) the layout passes find, with spans cut and the cell
 * repeated (marked continued) where a page starts.
 */
final class HtmlTables {

    /** The width of a table on an A4 page inside the PDF's margins. */
    private static final double TABLE_WIDTH_PT = 515;

    private HtmlTables() {
    }

    /** How rows are written: in the PDF with ids, and with spans split where a page starts. */
    static final class Rows {
        final boolean ids;
        final Set<String> pageStarts;
        int tables;

        Rows(boolean ids, Set<String> pageStarts) {
            this.ids = ids;
            this.pageStarts = pageStarts;
        }
    }

    /**
     * A table from its grid. A cell spanning rows (an objective beside its rows) is a row header, shaded; in the PDF
     * its span is cut where a page starts and the cell repeated there, marked continued, so every page shows which
     * objective its rows belong to.
     */
    static void table(StringBuilder b, Table t, boolean refs, Rows rows) {
        int n = ++rows.tables;
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
            boolean covered = grid.get(headerRows + i).stream().anyMatch(p -> p.rowOffset() > 0);
            String id = (covered ? "ts-" : "tr-") + n + "-" + i;
            if (r.kind() == Row.Kind.GROUP && rows.ids) {
                String gid = "tg-" + n + "-" + i;
                String open = "<tr id=\"" + gid + "\"" + (rows.pageStarts.contains(gid) ? " style=\"page-break-before:always\"" : "");
                int at = b.length();
                row(b, r, "th", refs);
                b.replace(at, at + 3, open);
                continue;
            }
            if (r.kind() == Row.Kind.GROUP || !rows.ids) {
                if (r.kind() == Row.Kind.BODY && rowHeads) {
                    bodyRow(b, grid.get(headerRows + i), i, rowHeads, rows, refs, null);
                } else {
                    row(b, r, r.kind() == Row.Kind.GROUP ? "th" : "td", refs);
                }
                continue;
            }
            bodyRow(b, grid.get(headerRows + i), i, rowHeads, rows, refs, id);
        }
        b.append("</tbody>\n</table>\n");
    }

    /** A body row from the grid, spans cut at the rows a page starts with. */
    private static void bodyRow(StringBuilder b, List<Table.Placed> cells, int i, boolean rowHeads, Rows rows,
            boolean refs, String id) {
        int n = rows.tables;
        boolean pageStart = id != null && rows.pageStarts.contains(id);
        b.append("<tr");
        if (id != null) {
            b.append(" id=\"").append(id).append('"');
            if (rows.pageStarts.contains(HtmlWriter.breakBefore(id))) {
                b.append(" style=\"page-break-before:always\"");
            }
        }
        b.append(">");
        for (Table.Placed p : cells) {
            if (p.columnOffset() > 0) {
                continue;
            }
            boolean continued = !p.origin() && pageStart && p.columnOffset() == 0;
            if (!p.origin() && !continued) {
                continue;
            }
            Cell c = p.cell();
            // rows from here to the end of the span, or to the next row a page starts with
            int first = i;
            int last = i - p.rowOffset() + c.rowSpan() - 1;
            int span = 1;
            for (int r = first + 1; r <= last && !rows.pageStarts.contains("ts-" + n + "-" + r); r++) {
                span++;
            }
            boolean head = p.column() == 0 && c.rowSpan() >= 1 && rowHeads;
            String tag = head ? "th" : "td";
            b.append('<').append(tag);
            if (head) {
                b.append(" scope=\"rowgroup\" class=\"row-head\"");
            }
            if (span > 1) {
                b.append(" rowspan=\"").append(span).append('"');
            }
            if (c.colSpan() > 1) {
                b.append(" colspan=\"").append(c.colSpan()).append('"');
            }
            b.append('>');
            for (Line l : c.lines()) {
                HtmlWriter.line(b, l, "p", refs);
            }
            if (continued) {
                b.append("<p class=\"note continued\">(continued)</p>");
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
                b.append(HtmlWriter.esc(c.lines().get(0).plain()));
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

package org.plantrace.docgen.docx;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.docgen.Block;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.XmlText;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;

/**
 * The document body as WordprocessingML text, written straight to a stream: the same paragraphs, tables and figures
 * {@link DocxWriter#blocks} builds through POI's XML beans (which a team's template still uses), element for element,
 * without holding the body in memory as objects, nor as strings: the markup, the escaped text and the numbers go
 * straight into the part's UTF-8 bytes ({@link XmlBytes}). A DOCX of the 100x model is then written in seconds and a
 * few megabytes of heap where the beans took minutes and most of a gigabyte. {@code DocxStreamTest} checks the two
 * agree on the sample.
 *
 * <p>Prefixes: {@code w}, {@code r}, {@code wp}, {@code a}, {@code pic} and {@code asvg}, declared on the document
 * element ({@link #NAMESPACES}).
 */
final class BodyXml {

    static final String NAMESPACES = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\"";

    /** The relationship ids of a figure's pictures in the document part. */
    interface Pictures {
        /** {metafile relationship id, SVG relationship id} of {@code f}. */
        String[] of(Figure f);
    }

    private static final String HEADER_FILL = "D9E2F3";
    private static final String GROUP_FILL = "EEF1F7";
    private static final String ON = " w:val=\"on\"";

    // the markup of every paragraph, run and cell, as bytes: copied, not encoded, each time
    private static final byte[] P_PR = XmlBytes.utf8("<w:p><w:pPr>");
    private static final byte[] KEEP_NEXT = XmlBytes.utf8("<w:keepNext" + ON + "/>");
    private static final byte[] P_PR_END = XmlBytes.utf8("</w:pPr>");
    private static final byte[] P_END = XmlBytes.utf8("</w:p>");
    private static final byte[] R = XmlBytes.utf8("<w:r>");
    private static final byte[] R_END = XmlBytes.utf8("</w:r>");
    private static final byte[] BOLD = XmlBytes.utf8("<w:rPr><w:b" + ON + "/></w:rPr>");
    private static final byte[] SMALL = XmlBytes.utf8("<w:rPr><w:sz w:val=\"17\"/></w:rPr>");
    private static final byte[] BOLD_SMALL = XmlBytes.utf8("<w:rPr><w:b" + ON + "/><w:sz w:val=\"17\"/></w:rPr>");
    private static final byte[] T = XmlBytes.utf8("<w:t>");
    private static final byte[] T_PRESERVE = XmlBytes.utf8("<w:t xml:space=\"preserve\">");
    private static final byte[] T_END = XmlBytes.utf8("</w:t>");
    private static final byte[] TR_REPEATED = XmlBytes.utf8("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
    private static final byte[] TR = XmlBytes.utf8("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    private static final byte[] TR_END = XmlBytes.utf8("</w:tr>");
    private static final byte[] TC_WIDTH = XmlBytes.utf8("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"");
    private static final byte[] ATTRIBUTE_END = XmlBytes.utf8("\"/>");
    private static final byte[] HEADER_SHADING = XmlBytes.utf8("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""
            + HEADER_FILL + "\"/>");
    private static final byte[] GROUP_SHADING = XmlBytes.utf8("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""
            + GROUP_FILL + "\"/>");
    private static final byte[] TC_PR_END = XmlBytes.utf8("</w:tcPr>");
    private static final byte[] TC_END = XmlBytes.utf8("</w:tc>");
    private static final byte[] CONTINUED = XmlBytes.utf8("<w:p/>");
    private static final byte[] CONTINUED_KEPT = XmlBytes.utf8("<w:p><w:pPr><w:keepNext" + ON + "/></w:pPr></w:p>");

    private final XmlBytes out;
    private final Pictures pictures;
    private long drawing;
    /** {@code <w:pStyle .../>} of each style id written so far. */
    private final Map<String, byte[]> styles = new HashMap<>();
    /** The paragraphs being written keep with the next (the row before a table's last). */
    private boolean keepNext;

    BodyXml(XmlBytes out, Pictures pictures) {
        this.out = out;
        this.pictures = pictures;
    }

    /** The section's heading (heading 1, on a new page) with the bookmark the contents link to. */
    void heading(Section s, int id) throws IOException {
        out.raw(P_PR);
        style(DocxStyles.HEADING1);
        out.raw("<w:pageBreakBefore" + ON + "/></w:pPr><w:bookmarkStart w:id=\"");
        out.number(id);
        out.raw("\" w:name=\"");
        attr(DocxWriter.bookmarkName(s));
        out.raw("\"/>");
        run(DocxText.clean(s.title()), false, false);
        out.raw("<w:bookmarkEnd w:id=\"");
        out.number(id);
        out.raw("\"/></w:p>");
    }

    /** As {@link DocxWriter#blocks}. */
    void blocks(List<Block> blocks, int textWidth, int textHeight) throws IOException {
        for (Block b : blocks) {
            switch (b) {
                case Block.Paragraph p -> line(p.line(), null, false);
                case Block.Heading sub -> {
                    out.raw(P_PR);
                    style(DocxStyles.HEADING2);
                    out.raw(P_PR_END);
                    run(DocxText.clean(sub.text()), false, false);
                    out.raw(P_END);
                }
                case Table t -> {
                    table(t, textWidth);
                    styled(DocxStyles.of(Line.Style.TEXT));
                }
                case Figure f -> figure(f, textWidth / 20.0, DocxWriter.figureHeight(blocks, f, textHeight));
            }
        }
    }

    /** Markup as it is (the caller's own elements). */
    void raw(String xml) throws IOException {
        out.raw(xml);
    }

    /** An empty paragraph of a style. */
    void styled(String style) throws IOException {
        out.raw(P_PR);
        style(style);
        keepNext();
        out.raw(P_PR_END);
        out.raw(P_END);
    }

    /** A paragraph of one plain run. */
    void paragraph(String style, String text) throws IOException {
        out.raw(P_PR);
        style(style);
        out.raw(P_PR_END);
        run(DocxText.clean(text), false, false);
        out.raw(P_END);
    }

    /** As {@link DocxText#fill}; {@code style} replaces the line's own (a header cell), {@code small}: 8.5 pt runs. */
    void line(Line l, String style, boolean small) throws IOException {
        out.raw(P_PR);
        style(style != null ? style : DocxStyles.of(l.style()));
        keepNext();
        boolean bullet = l.style() == Line.Style.BULLET
                || (l.level() > 0 && l.lead() == null && (l.style() == Line.Style.ITEM || l.style() == Line.Style.CONTEXT));
        int left = l.level() * DocxText.LEVEL + (bullet ? DocxText.BULLET : 0);
        if (left > 0) {
            out.raw("<w:ind w:left=\"");
            out.number(left);
            out.raw(bullet ? "\" w:hanging=\"" + DocxText.BULLET + "\"/>" : "\"/>");
        }
        out.raw(P_PR_END);
        if (bullet) {
            out.raw(R);
            runProperties(false, small);
            out.raw("<w:t>\u2022</w:t><w:tab/></w:r>");
        }
        if (l.lead() != null) {
            run(DocxText.clean(l.text().isEmpty() ? l.lead() : l.lead() + ": "), true, small);
        }
        if (!l.text().isEmpty()) {
            out.raw(R);
            runProperties(false, small);
            String[] parts = XmlText.lines(l.text());
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.raw("<w:br/>");
                }
                text(DocxText.clean(parts[i]));
            }
            out.raw(R_END);
        }
        out.raw(P_END);
    }

    /** A run of {@code text} (already cleaned). */
    void run(String text, boolean bold, boolean small) throws IOException {
        out.raw(R);
        runProperties(bold, small);
        text(text);
        out.raw(R_END);
    }

    private void runProperties(boolean bold, boolean small) throws IOException {
        if (bold || small) {
            out.raw(bold ? small ? BOLD_SMALL : BOLD : SMALL);
        }
    }

    /** {@code <w:t>}, keeping leading and trailing spaces as Word would otherwise drop them. */
    void text(String t) throws IOException {
        if (!t.isEmpty() && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)))) {
            out.raw(T_PRESERVE);
        } else {
            out.raw(T);
        }
        escape(t, false);
        out.raw(T_END);
    }

    private void keepNext() throws IOException {
        if (keepNext) {
            out.raw(KEEP_NEXT);
        }
    }

    void style(String id) throws IOException {
        byte[] markup = styles.get(id);
        if (markup == null) {
            markup = XmlBytes.utf8("<w:pStyle w:val=\"" + XmlText.escape(id, true) + "\"/>");
            styles.put(id, markup);
        }
        out.raw(markup);
    }

    // ---- tables (as DocxTables) ----------------------------------------------------------------------------------

    private void table(Table table, int textWidth) throws IOException {
        List<ObjectiveGroups.Part> parts = ObjectiveGroups.split(table);
        if (parts.isEmpty()) {
            table(table, DocxTables.widths(table, textWidth), textWidth, 0);
            return;
        }
        int[] widths = DocxTables.widths(ObjectiveGroups.combined(table, parts), textWidth);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.raw(P_PR);
                style(DocxStyles.of(Line.Style.TEXT));
                out.raw("<w:spacing w:before=\"0\" w:after=\"0\"/><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:pPr></w:p>");
            }
            table(parts.get(i).table(), widths, textWidth, parts.get(i).repeatedBodyRows());
        }
    }

    private void table(Table table, int[] widths, int textWidth, int repeatedBodyRows) throws IOException {
        String border = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"7F7F7F\"/>";
        out.raw("<w:tbl><w:tblPr><w:tblW w:w=\"");
        out.number(textWidth);
        out.raw("\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            out.raw("<w:");
            out.raw(side);
            out.raw(border);
        }
        out.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:type=\"dxa\" w:w=\"28\"/>"
                + "<w:left w:type=\"dxa\" w:w=\"85\"/><w:bottom w:type=\"dxa\" w:w=\"28\"/><w:right w:type=\"dxa\" w:w=\"85\"/>"
                + "</w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.raw("<w:gridCol w:w=\"");
            out.number(w);
            out.raw("\"/>");
        }
        out.raw("</w:tblGrid>");
        List<List<Table.Placed>> grid = table.grid();
        int headerRows = table.header().size();
        boolean small = table.columns() > DocxTables.WIDE;
        int keep = DocxTables.keptWithLast(grid.size(), headerRows + repeatedBodyRows);
        for (int r = 0; r < grid.size(); r++) {
            Row.Kind kind = r < headerRows ? Row.Kind.HEADER : table.body().get(r - headerRows).kind();
            keepNext = r == keep;
            out.raw(r < headerRows + repeatedBodyRows ? TR_REPEATED : TR);
            for (Table.Placed p : grid.get(r)) {
                if (p.columnOffset() == 0) {
                    cell(p, widths, kind, small);
                }
            }
            out.raw(TR_END);
        }
        keepNext = false;
        out.raw("</w:tbl>");
    }

    private void cell(Table.Placed p, int[] widths, Row.Kind kind, boolean small) throws IOException {
        int span = p.cell().colSpan();
        int width = 0;
        for (int i = p.column(); i < p.column() + span; i++) {
            width += widths[i];
        }
        out.raw(TC_WIDTH);
        out.number(width);
        out.raw(ATTRIBUTE_END);
        if (span > 1) {
            out.raw("<w:gridSpan w:val=\"");
            out.number(span);
            out.raw(ATTRIBUTE_END);
        }
        if (p.cell().rowSpan() > 1) {
            out.raw(p.rowOffset() == 0 ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge w:val=\"continue\"/>");
        }
        if (kind != Row.Kind.BODY) {
            out.raw(kind == Row.Kind.HEADER ? HEADER_SHADING : GROUP_SHADING);
        }
        out.raw(TC_PR_END);
        List<Line> lines = p.cell().lines();
        if (p.rowOffset() > 0) {
            out.raw(keepNext ? CONTINUED_KEPT : CONTINUED);
        } else if (lines.isEmpty()) {
            styled(DocxStyles.of(Line.Style.TEXT));
        } else {
            for (Line l : lines) {
                line(l, kind != Row.Kind.BODY && l.style() == Line.Style.TEXT ? DocxStyles.HEADER_CELL : null, small);
            }
        }
        out.raw(TC_END);
    }

    // ---- figures (as DocxFigures) --------------------------------------------------------------------------------

    private void figure(Figure f, double maxWidth, double maxHeight) throws IOException {
        double scale = f.fit(maxWidth, maxHeight);
        int w = (int) Math.round(f.width() * 0.75 * scale * DocxFigures.EMU_PER_POINT);
        int h = (int) Math.round(f.height() * 0.75 * scale * DocxFigures.EMU_PER_POINT);
        String[] ids = pictures.of(f);
        long id = drawing++;
        String alt = DocxText.clean(f.alt());
        out.raw("<w:p><w:pPr><w:keepNext" + ON + "/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>"
                + "</w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"" + w
                + "\" cy=\"" + h + "\"/><wp:docPr id=\"" + id + "\" name=\"Drawing " + id + "\" descr=\"");
        attr(alt);
        out.raw("\" title=\"");
        attr(DocxText.clean(f.caption()));
        out.raw("\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
                + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture " + id + "\" descr=\"");
        attr(alt);
        out.raw("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill>"
                + "<a:blip r:embed=\"" + ids[0] + "\"><a:extLst><a:ext uri=\"" + DocxFigures.SVG_EXT + "\"><asvg:svgBlip r:embed=\""
                + ids[1] + "\"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>"
                + "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + w + "\" cy=\"" + h + "\"/></a:xfrm><a:prstGeom prst=\"rect\">"
                + "<a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        out.raw(P_PR);
        style(DocxStyles.of(Line.Style.NOTE));
        out.raw("<w:jc w:val=\"center\"/></w:pPr>");
        run(DocxText.clean(f.caption()), false, false);
        out.raw(P_END);
    }

    // ---- escaping ------------------------------------------------------------------------------------------------

    void attr(String s) throws IOException {
        escape(s, true);
    }

    private void escape(String s, boolean attribute) throws IOException {
        out.text(s, attribute);
    }
}

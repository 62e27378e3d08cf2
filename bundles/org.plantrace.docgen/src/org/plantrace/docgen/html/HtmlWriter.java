package org.plantrace.docgen.html;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.DocumentWriter;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;

/**
 * One self-contained HTML file (styles inline, no scripts, no external resources), readable in a
 * browser and print-friendly: header rows repeat on every printed page and a draft carries its banner
 * on every page. The markup is well-formed XHTML so the PDF writer renders the very same document.
 *
 * <p>Each printed line carries its style as a class ({@code item}, {@code context}, {@code bullet},
 * {@code note}) and, where it prints a model element, that element's id as {@code data-ref}.
 */
public final class HtmlWriter implements DocumentWriter {

    /** The box a PDF figure must fit: A4 inside the page margins, less room for the heading and caption. */
    private static final double PDF_FIGURE_WIDTH_PT = 515;
    private static final double PDF_FIGURE_HEIGHT_PT = 640;
    /** The {@code type} of the {@code <object>} the PDF writer draws a figure into. */
    public static final String DIAGRAM_TYPE = "application/x-plantrace-diagram";

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public List<Output> write(AppendixDocument document, String baseName) {
        return List.of(new Output(baseName + ".html", html(document, false).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The document as XHTML. {@code forPdf} adds the paged-media rules (margin boxes with the draft
     * banner and page numbers, table of contents with page numbers, PDF bookmarks) the PDF renderer uses.
     */
    public String html(AppendixDocument d, boolean forPdf) {
        return html(d, forPdf, Set.of());
    }

    /**
     * The document as XHTML, {@code pageStarts} naming the table rows (ids matching {@link #ROW_ID}) that a page starts
     * with in the PDF: a cell spanning rows across one of them is repeated there, marked continued.
     */
    public String html(AppendixDocument d, boolean forPdf, Set<String> pageStarts) {
        HtmlTables.Rows rows = new HtmlTables.Rows(forPdf, pageStarts);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n");
        b.append("<meta charset=\"utf-8\"/>\n");
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        b.append("<title>").append(esc(d.title())).append("</title>\n");
        b.append("<meta name=\"generator\" content=\"Plantrace\"/>\n");
        meta(b, "plantrace:plan", d.planTitle());
        meta(b, "plantrace:model-version", d.modelVersion());
        meta(b, "plantrace:generated", DateTimeFormatter.ISO_INSTANT.format(d.generated()));
        meta(b, "plantrace:status", d.isDraft() ? "draft" : "final");
        if (d.publication()) {
            meta(b, "plantrace:publication", "true");
        }
        b.append("<style>\n").append(Styles.css(d, forPdf)).append("</style>\n");
        if (forPdf) {
            b.append("<bookmarks>\n");
            for (Section s : d.sections()) {
                b.append("<bookmark name=\"").append(esc(s.title())).append("\" href=\"#").append(s.anchor())
                        .append("\"/>\n");
            }
            b.append("</bookmarks>\n");
        }
        b.append("</head>\n<body").append(d.isDraft() ? " class=\"draft\"" : "").append(">\n");
        if (d.isDraft()) {
            b.append("<div class=\"draft-banner\" role=\"alert\">").append(esc(d.draft().banner())).append("</div>\n");
            if (forPdf) {
                b.append("<div class=\"watermark\">DRAFT</div>\n");
            }
        }
        b.append("<header class=\"cover\">\n<h1>").append(esc(d.title())).append("</h1>\n<dl class=\"properties\">\n");
        for (Map.Entry<String, String> e : d.properties().entrySet()) {
            b.append("<dt>").append(esc(e.getKey())).append("</dt><dd>").append(esc(e.getValue())).append("</dd>\n");
        }
        b.append("</dl>\n</header>\n");
        b.append("<nav class=\"toc\">\n<h2 class=\"toc-title\">Contents</h2>\n<ul>\n");
        for (Section s : d.sections()) {
            b.append("<li><a href=\"#").append(s.anchor()).append("\">").append(esc(s.title())).append("</a></li>\n");
        }
        b.append("</ul>\n</nav>\n");
        for (Section s : d.sections()) {
            section(b, s, forPdf, !d.publication(), rows);
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void meta(StringBuilder b, String name, String content) {
        b.append("<meta name=\"").append(name).append("\" content=\"").append(esc(content)).append("\"/>\n");
    }

    /** @param refs whether lines carry the id of the model element they print (never in a publication) */
    private static void section(StringBuilder b, Section s, boolean forPdf, boolean refs, HtmlTables.Rows rows) {
        b.append("<section class=\"section\" data-key=\"").append(esc(s.key())).append("\">\n<h2 id=\"")
                .append(s.anchor()).append("\">").append(esc(s.title())).append("</h2>\n");
        int sub = 0;
        List<Block> blocks = s.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            // a heading followed by its figure stays on one page with it
            boolean keep = block instanceof Block.Heading && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Figure;
            if (keep) {
                b.append("<div class=\"figure-block\">\n");
            }
            switch (block) {
                case Block.Paragraph p -> line(b, p.line(), "p", refs);
                case Block.Heading h -> {
                    sub++;
                    if (rows.ids && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Table) {
                        // in the PDF a table's heading is not kept with the whole table (the renderer would move both
                        // to the next page); the layout passes move it only when it would end a page
                        String id = "th-" + (rows.tables + 1);
                        b.append("<h3 id=\"").append(id).append("\" class=\"table-head\"")
                                .append(rows.pageStarts.contains(id) ? " style=\"page-break-before:always\"" : "")
                                .append('>');
                    } else {
                        b.append("<h3 id=\"").append(s.anchor()).append("-").append(sub).append("\">");
                    }
                    b.append(esc(h.text())).append("</h3>\n");
                }
                case Table t -> HtmlTables.table(b, t, refs, rows);
                case Figure f -> figure(b, s, f, forPdf, refs, figureHeight(blocks, i));
            }
            if (keep) {
                figure(b, s, (Figure) blocks.get(i + 1), forPdf, refs, figureHeight(blocks, i + 1));
                i++;
                b.append("</div>\n");
            }
        }
        b.append("</section>\n");
    }

    /**
     * The height a PDF figure may take: the first figure of a section whose only blocks before it are its intro
     * (paragraphs, the figure's heading) leaves room for the section's heading and intro, so they share its page
     * rather than stand alone on one.
     */
    private static double figureHeight(List<Block> blocks, int index) {
        for (int i = 0; i < index; i++) {
            if (!(blocks.get(i) instanceof Block.Paragraph) && !(i == index - 1 && blocks.get(i) instanceof Block.Heading)) {
                return PDF_FIGURE_HEIGHT_PT;
            }
        }
        return PDF_FIGURE_HEIGHT_PT - SECTION_INTRO_PT;
    }

    /** Room for a section's heading and a two-line note above its first figure. */
    private static final double SECTION_INTRO_PT = 95;

    /**
     * A diagram: inline SVG in HTML (announced as one image named by the figure's description); in the PDF an object
     * the PDF writer draws as vector graphics from the same layout, scaled to the width of the page's text area.
     */
    private static void figure(StringBuilder b, Section s, Figure f, boolean forPdf, boolean refs, double maxHeight) {
        b.append("<figure class=\"diagram\" id=\"").append(s.anchor()).append("-").append(esc(f.name()))
                .append("\">\n");
        if (forPdf) {
            double scale = f.fit(PDF_FIGURE_WIDTH_PT, maxHeight);
            b.append("<object type=\"").append(DIAGRAM_TYPE).append("\" data-figure=\"").append(esc(f.name()))
                    .append("\" title=\"").append(esc(f.alt())).append("\" style=\"display:block;margin:0 auto;width:")
                    .append(String.format(java.util.Locale.ROOT, "%.1fpt;height:%.1fpt", f.width() * 0.75 * scale,
                            f.height() * 0.75 * scale))
                    .append("\"></object>\n");
        } else {
            b.append(refs ? f.svg().replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + esc(f.alt()) + "\" ")
                    : f.publishedSvg());
        }
        b.append("<figcaption class=\"note\">").append(esc(f.caption())).append("</figcaption>\n</figure>\n");
    }

    /**
     * Ids of the PDF's body rows that a cell spanning rows from above covers ({@code ts-<table>-<row>}): where one of
     * them starts a page, the span is cut and its cell repeated. Other rows are {@code tr-<table>-<row>}.
     */
    public static final Pattern ROW_ID = Pattern.compile("t[rsg]-\\d+-\\d+");

    /** Ids of the PDF's table rows ({@link #ROW_ID}) and of the headings of tables ({@code th-<table>}). */
    public static final Pattern LAYOUT_ID = Pattern.compile("t[rsg]-\\d+-\\d+|th-\\d+");

    /** The page-start mark that forces a page break before a row (a row kept with the last row of its table). */
    public static String breakBefore(String rowId) {
        return "break:" + rowId;
    }

    /** Whether a layout id names the heading of table {@code n} ({@code th-<n>}). */
    public static boolean isTableHeading(String id) {
        return id.startsWith("th-");
    }

    /** The table a heading id heads. */
    public static String tableOfHeading(String id) {
        return id.substring(3);
    }

    /** Whether a row id names a group heading row (which must not end a page: it then starts the next one). */
    public static boolean isGroup(String rowId) {
        return rowId.startsWith("tg-");
    }

    /** Whether a row id names a row a spanning cell covers (where starting a page cuts the span). */
    public static boolean inSpan(String rowId) {
        return rowId.startsWith("ts-");
    }

    /** The table part of a row id. */
    public static String tableOfRow(String rowId) {
        return rowId.substring(3, rowId.lastIndexOf('-'));
    }

    static void line(StringBuilder b, Line l, String tag, boolean refs) {
        b.append('<').append(tag).append(" class=\"").append(l.style().cssClass());
        if (l.level() > 0) {
            b.append(" l").append(Math.min(l.level(), 4));
        }
        if (Styles.bulleted(l)) {
            b.append(" marked");
        }
        b.append('"');
        if (refs && l.ref() != null) {
            b.append(" data-ref=\"").append(esc(l.ref())).append('"');
        }
        b.append('>');
        if (Styles.bulleted(l)) {
            b.append("<span class=\"marker\">\u2022</span>");
        }
        if (l.lead() != null) {
            b.append("<span class=\"lead\">").append(esc(l.lead())).append("</span>");
            if (!l.text().isEmpty()) {
                b.append(": ");
            }
        }
        b.append(esc(l.text())).append("</").append(tag).append(">\n");
    }

    /** Escapes text for XHTML content and attribute values; drops characters XML does not allow. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        s = org.plantrace.docgen.XmlText.clean(s); // no non-characters or lone surrogates (the PDF parses this XHTML)
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

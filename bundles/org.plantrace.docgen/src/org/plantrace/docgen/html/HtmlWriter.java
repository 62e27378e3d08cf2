package org.plantrace.docgen.html;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.DocumentWriter;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.Row;
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
    private static final double PDF_FIGURE_WIDTH_PT = 480;
    private static final double PDF_FIGURE_HEIGHT_PT = 620;

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
            section(b, s, forPdf);
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void meta(StringBuilder b, String name, String content) {
        b.append("<meta name=\"").append(name).append("\" content=\"").append(esc(content)).append("\"/>\n");
    }

    private static void section(StringBuilder b, Section s, boolean forPdf) {
        b.append("<section class=\"section\" data-key=\"").append(esc(s.key())).append("\">\n<h2 id=\"")
                .append(s.anchor()).append("\">").append(esc(s.title())).append("</h2>\n");
        int sub = 0;
        for (Block block : s.blocks()) {
            switch (block) {
                case Block.Paragraph p -> line(b, p.line(), "p");
                case Block.Heading h -> b.append("<h3 id=\"").append(s.anchor()).append("-").append(++sub).append("\">")
                        .append(esc(h.text())).append("</h3>\n");
                case Table t -> table(b, t);
                case Figure f -> figure(b, s, f, forPdf);
            }
        }
        b.append("</section>\n");
    }

    /**
     * A diagram: inline SVG in HTML; in the PDF a PNG of the same layout (the PDF renderer draws no SVG), scaled to
     * fit an A4 page inside its margins.
     */
    private static void figure(StringBuilder b, Section s, Figure f, boolean forPdf) {
        b.append("<figure class=\"diagram\" id=\"").append(s.anchor()).append("-").append(esc(f.name()))
                .append("\" style=\"margin:0.5em 0 1.5em 0\">\n");
        if (forPdf) {
            double scale = f.fit(PDF_FIGURE_WIDTH_PT, PDF_FIGURE_HEIGHT_PT);
            b.append("<img alt=\"").append(esc(f.caption())).append("\" style=\"width:")
                    .append(String.format(java.util.Locale.ROOT, "%.1fpt;height:%.1fpt", f.width() * 0.75 * scale,
                            f.height() * 0.75 * scale))
                    .append("\" src=\"").append(esc(f.pdfUri())).append("\"/>\n");
        } else {
            b.append(f.svg());
        }
        b.append("<figcaption class=\"note\">").append(esc(f.caption())).append("</figcaption>\n</figure>\n");
    }

    private static void table(StringBuilder b, Table t) {
        b.append("<table class=\"appendix").append(t.columns() > 6 ? " wide" : "").append("\" id=\"table-").append(esc(t.name())).append("\">\n<colgroup>");
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        for (int w : t.widths()) {
            b.append("<col style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", 100.0 * w / total))
                    .append("%\"/>");
        }
        b.append("</colgroup>\n");
        if (!t.header().isEmpty()) {
            b.append("<thead>\n");
            for (Row r : t.header()) {
                row(b, r, "th");
            }
            b.append("</thead>\n");
        }
        b.append("<tbody>\n");
        for (Row r : t.body()) {
            row(b, r, r.kind() == Row.Kind.GROUP ? "th" : "td");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder b, Row r, String tag) {
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
                b.append(esc(c.lines().get(0).plain()));
            } else {
                for (Line l : c.lines()) {
                    line(b, l, "p");
                }
            }
            b.append("</").append(tag).append('>');
        }
        b.append("</tr>\n");
    }

    private static void line(StringBuilder b, Line l, String tag) {
        b.append('<').append(tag).append(" class=\"").append(l.style().cssClass());
        if (l.level() > 0) {
            b.append(" l").append(Math.min(l.level(), 4));
        }
        if (Styles.bulleted(l)) {
            b.append(" marked");
        }
        b.append('"');
        if (l.ref() != null) {
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

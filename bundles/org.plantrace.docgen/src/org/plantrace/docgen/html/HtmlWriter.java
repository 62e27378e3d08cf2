package org.plantrace.docgen.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.SingleFileWriter;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.TextOut;

/**
 * One self-contained HTML file (styles inline, no scripts, no external resources), readable in a
 * browser and print-friendly: header rows repeat on every printed page and a draft carries its banner
 * on every page. The markup is well-formed XHTML.
 *
 * <p>Each printed line carries its style as a class ({@code item}, {@code context}, {@code bullet},
 * {@code note}) and, where it prints a model element, that element's id as {@code data-ref}.
 */
public final class HtmlWriter extends SingleFileWriter {

    @Override
    public Format format() {
        return Format.HTML;
    }

    /** Writes the document as XHTML in UTF-8 to {@code out}, a piece at a time. */
    @Override
    protected void write(AppendixDocument document, OutputStream out) throws IOException {
        try {
            html(document, new TextOut(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The document as XHTML in UTF-8, encoded piece by piece as it is written. */
    private static void html(AppendixDocument d, TextOut out) {
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
        b.append("<style>\n").append(Styles.css()).append("</style>\n");
        b.append("</head>\n<body").append(d.isDraft() ? " class=\"draft\"" : "").append(">\n");
        if (d.isDraft()) {
            b.append("<div class=\"draft-banner\" role=\"alert\">").append(esc(d.draft().banner())).append("</div>\n");
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
            section(b, out, s, !d.publication());
        }
        b.append("</body>\n</html>\n");
        out.finish(b);
    }

    private static void meta(StringBuilder b, String name, String content) {
        b.append("<meta name=\"").append(name).append("\" content=\"").append(esc(content)).append("\"/>\n");
    }

    /** @param refs whether lines carry the id of the model element they print (never in a publication) */
    private static void section(StringBuilder b, TextOut out, Section s, boolean refs) {
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
                    b.append("<h3 id=\"").append(s.anchor()).append("-").append(sub).append("\">");
                    esc(b, h.text());
                    b.append("</h3>\n");
                }
                case Table t -> HtmlTables.table(b, out, t, refs);
                case Figure f -> figure(b, s, f, refs);
            }
            if (keep) {
                figure(b, s, (Figure) blocks.get(i + 1), refs);
                i++;
                b.append("</div>\n");
            }
            out.take(b);
        }
        b.append("</section>\n");
    }

    /** A diagram: inline SVG (announced as one image named by the figure's description; bare in a publication). */
    private static void figure(StringBuilder b, Section s, Figure f, boolean refs) {
        b.append("<figure class=\"diagram\" id=\"").append(s.anchor()).append("-").append(esc(f.name()))
                .append("\">\n");
        f.appendAnnounced(b, refs, esc(f.alt()));
        b.append("<figcaption class=\"note\">").append(esc(f.caption())).append("</figcaption>\n</figure>\n");
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
            b.append(" data-ref=\"");
            esc(b, l.ref());
            b.append('"');
        }
        b.append('>');
        if (Styles.bulleted(l)) {
            b.append("<span class=\"marker\">\u2022</span>");
        }
        if (l.lead() != null) {
            b.append("<span class=\"lead\">");
            esc(b, l.lead());
            b.append("</span>");
            if (!l.text().isEmpty()) {
                b.append(": ");
            }
        }
        esc(b, l.text());
        b.append("</").append(tag).append(">\n");
    }

    /** Escapes text for XHTML content and attribute values; drops characters XML does not allow. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        s = org.plantrace.docgen.XmlText.clean(s); // no non-characters or lone surrogates (the output is XHTML)
        int first = plain(s);
        if (first == s.length()) {
            return s; // most texts: nothing to escape or drop, no copy
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        escFrom(b, s, first);
        return b.toString();
    }

    /** Appends {@code s} to {@code b} as {@link #esc(String)} returns it, without an escaped copy of it. */
    static void esc(StringBuilder b, String s) {
        if (s == null) {
            return;
        }
        s = org.plantrace.docgen.XmlText.clean(s); // s itself unless it drops something
        int first = plain(s);
        if (first == s.length()) {
            b.append(s);
        } else {
            escFrom(b, s, first);
        }
    }

    /** The index of the first character of {@code s} that {@link #esc} writes other than as itself, or its length. */
    private static int plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c == '&' || c == '<' || c == '>' || c == '"') {
                return i;
            }
        }
        return s.length();
    }

    /** Appends {@code s}, its characters before {@code first} as they are, then escaped (carriage returns and other controls but tab and line feed dropped). */
    private static void escFrom(StringBuilder b, String s, int first) {
        b.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
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
    }
}

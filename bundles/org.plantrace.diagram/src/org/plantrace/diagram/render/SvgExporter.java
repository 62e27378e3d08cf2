package org.plantrace.diagram.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.TextLine;

/**
 * SVG of a laid-out diagram: one {@code <g class="node">} per node and one {@code <g class="edge">} per edge, each
 * carrying {@code data-id}, {@code data-kind} and {@code data-element} (the model element's id) and a
 * {@code <title>} tooltip. Text is live text in a sans-serif face metric-compatible with Arial.
 */
public final class SvgExporter {

    public static final String FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

    private SvgExporter() {
    }

    /** A standalone SVG file. */
    public static String toSvg(DiagramLayout layout) {
        return svg(layout, true);
    }

    /**
     * The {@code <svg>} element alone, to embed in (X)HTML: no XML declaration, and scaled down to the width of its
     * container when narrower ({@code max-width: 100%}), keeping its proportions.
     */
    public static String toSvgElement(DiagramLayout layout) {
        return svg(layout, false);
    }

    private static String svg(DiagramLayout layout, boolean standalone) {
        return svg(layout.width(), layout.height(), layout.diagram().title(),
                layout.diagram().type().name().toLowerCase(Locale.ROOT), c -> DiagramPainter.paint(layout, c), standalone);
    }

    /**
     * SVG of any drawing painted on a {@link DiagramCanvas} (a chart): {@code width} x {@code height} units on the
     * diagrams' background, titled, with {@code data-diagram="kind"}; standalone, or the element alone as
     * {@link #toSvgElement(DiagramLayout)} writes it.
     */
    public static String svg(double width, double height, String title, String kind,
            java.util.function.Consumer<DiagramCanvas> painter, boolean standalone) {
        SvgCanvas canvas = new SvgCanvas();
        StringBuilder out = canvas.out;
        if (standalone) {
            out.append(XML_DECLARATION);
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ")
                .append(num(width)).append(' ').append(num(height)).append("\" font-family=\"")
                .append(escape(FONT_FAMILY)).append("\" data-diagram=\"").append(escape(kind)).append('"')
                .append(standalone ? "" : ELEMENT_STYLE).append(">\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
        out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" fill=\"")
                .append(Palette.BACKGROUND.hex()).append("\"/>\n");
        painter.accept(canvas);
        out.append("</svg>\n");
        return out.toString();
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ELEMENT_STYLE = " style=\"max-width:100%;height:auto\"";

    /**
     * The standalone file of an SVG element made here ({@link #toSvgElement}, {@link #svg} not standalone), as
     * {@link #toSvg} and {@link #svg} standalone write it, without painting the drawing again.
     */
    public static String standalone(String element) {
        int end = element.indexOf('>');
        int style = element.indexOf(ELEMENT_STYLE);
        if (!element.startsWith("<svg ") || style < 0 || style > end) {
            throw new IllegalArgumentException("not an SVG element of this exporter");
        }
        return XML_DECLARATION + element.substring(0, style) + element.substring(style + ELEMENT_STYLE.length());
    }

    public static void write(DiagramLayout layout, Path file) throws IOException {
        Files.writeString(file, toSvg(layout), StandardCharsets.UTF_8);
    }

    public static void write(DiagramLayout layout, Writer writer) throws IOException {
        writer.write(toSvg(layout));
    }

    /**
     * {@code v} as the SVG writes numbers: with at most two decimals, rounded half up as {@code String.format("%.2f")}
     * rounds, without trailing zeros. Read from the shortest decimal form of {@code v} (as {@code %.2f} rounds it) rather
     * than through a formatter and a regular expression: the 100x model's diagrams write millions of numbers.
     */
    public static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String d = Double.toString(v);
        int dot = d.indexOf('.');
        int decimals = d.length() - dot - 1;
        if (dot < 0 || d.indexOf('E') >= 0 || dot > 16 || (decimals == 3 && d.charAt(dot + 3) == '5')) {
            return formatted(v); // exponents, and a last digit exactly half-way, as the formatter decides them
        }
        boolean negative = d.charAt(0) == '-';
        long scaled = Long.parseLong(d, negative ? 1 : 0, dot, 10) * 100;
        scaled += decimals > 0 ? (d.charAt(dot + 1) - '0') * 10 : 0;
        scaled += decimals > 1 ? d.charAt(dot + 2) - '0' : 0;
        if (decimals > 2 && d.charAt(dot + 3) >= '5') {
            scaled++;
        }
        StringBuilder b = new StringBuilder(dot + 4);
        if (negative) {
            b.append('-');
        }
        b.append(scaled / 100);
        int cents = (int) (scaled % 100);
        if (cents != 0) {
            b.append('.').append((char) ('0' + cents / 10));
            if (cents % 10 != 0) {
                b.append((char) ('0' + cents % 10));
            }
        }
        return b.toString();
    }

    private static String formatted(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String escape(String s) {
        int first = 0;
        while (first < s.length() && asIs(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // most labels and ids: nothing to escape, no copy
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        b.append(' '); // not allowed in XML 1.0
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append(' '); // a lone surrogate cannot be written as XML either
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Whether {@link #escape} writes {@code c} as it is whatever follows it (not markup, a control or a surrogate). */
    private static boolean asIs(char c) {
        return c >= 0x20 ? c != '<' && c != '>' && c != '&' && c != '"' && !Character.isSurrogate(c) && c != 0xFFFE
                && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }

    private static final class SvgCanvas implements DiagramCanvas {

        final StringBuilder out = new StringBuilder(64 * 1024);
        private int depth;

        @Override
        public void begin(String role, String id, String kind, String elementId, String tooltip) {
            indent();
            out.append("<g class=\"").append(role).append("\" data-id=\"").append(escape(id)).append("\" data-kind=\"")
                    .append(escape(kind)).append('"');
            if (elementId != null) {
                out.append(" data-element=\"").append(escape(elementId)).append('"');
            }
            out.append(">\n");
            depth++;
            if (tooltip != null) {
                indent();
                out.append("<title>").append(escape(tooltip)).append("</title>\n");
            }
        }

        @Override
        public void end() {
            depth--;
            indent();
            out.append("</g>\n");
        }

        @Override
        public void rect(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
                double strokeWidth, double[] dash) {
            indent();
            out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                    .append(num(width)).append("\" height=\"").append(num(height)).append('"');
            if (radius > 0) {
                out.append(" rx=\"").append(num(radius)).append('"');
            }
            out.append(" fill=\"").append(fill == null ? "none" : fill.hex()).append('"');
            stroke(stroke, strokeWidth, dash);
            out.append("/>\n");
        }

        @Override
        public void path(double[] points, Rgb stroke, double width, double[] dash) {
            indent();
            out.append("<path d=\"");
            for (int i = 0; i + 1 < points.length; i += 2) {
                out.append(i == 0 ? "M" : " L").append(num(points[i])).append(' ').append(num(points[i + 1]));
            }
            out.append("\" fill=\"none\"");
            stroke(stroke, width, dash);
            out.append("/>\n");
        }

        @Override
        public void polygon(double[] points, Rgb fill) {
            indent();
            out.append("<polygon points=\"");
            for (int i = 0; i + 1 < points.length; i += 2) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(num(points[i])).append(',').append(num(points[i + 1]));
            }
            out.append("\" fill=\"").append(fill.hex()).append("\"/>\n");
        }

        @Override
        public void circle(double cx, double cy, double radius, Rgb fill) {
            indent();
            out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                    .append(num(radius)).append("\" fill=\"").append(fill.hex()).append("\"/>\n");
        }

        @Override
        public void text(TextLine line, Rgb colour) {
            indent();
            out.append("<text x=\"").append(num(line.x())).append("\" y=\"").append(num(line.baseline()))
                    .append("\" font-size=\"").append(num(line.font().size())).append('"');
            if (line.font().bold()) {
                out.append(" font-weight=\"bold\"");
            }
            out.append(" fill=\"").append(colour.hex()).append("\" xml:space=\"preserve\">")
                    .append(escape(line.text())).append("</text>\n");
        }

        private void stroke(Rgb stroke, double width, double[] dash) {
            if (stroke == null) {
                return;
            }
            out.append(" stroke=\"").append(stroke.hex()).append("\" stroke-width=\"").append(num(width)).append('"');
            if (dash != null) {
                out.append(" stroke-dasharray=\"");
                for (int i = 0; i < dash.length; i++) {
                    out.append(i == 0 ? "" : ",").append(num(dash[i]));
                }
                out.append('"');
            }
        }

        private void indent() {
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }
}

package org.plantrace.docgen;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.render.PngExporter;
import org.plantrace.diagram.render.SvgExporter;

/**
 * A diagram in the document, laid out once (org.plantrace.diagram): DOCX and PDF embed it as PNG, HTML as SVG, both
 * drawn from this one layout. The PNG is made once, on first use, and shared by the writers.
 */
public final class Figure implements Block {

    /** PNG pixels per diagram unit: about 250 dpi once the figure is scaled to an A4 page. */
    public static final double PNG_SCALE = 1.5;

    private final String name;
    private final String caption;
    private final String alt;
    private final DiagramLayout layout;
    private byte[] png;

    /**
     * @param name unique in the document, usable in file names and anchors (e.g. "objective-3")
     * @param caption printed under the figure
     */
    public Figure(String name, String caption, DiagramLayout layout) {
        this(name, caption, caption, layout);
    }

    /**
     * @param alt what the diagram shows, in words, for a reader who cannot see it (HTML {@code alt}/{@code aria-label},
     *            DOCX picture description)
     */
    public Figure(String name, String caption, String alt, DiagramLayout layout) {
        this.name = name;
        this.caption = caption;
        this.alt = alt;
        this.layout = layout;
    }

    /** What the diagram shows, in words. */
    public String alt() {
        return alt;
    }

    public String name() {
        return name;
    }

    public String caption() {
        return caption;
    }

    public DiagramLayout layout() {
        return layout;
    }

    /** Width in CSS pixels (1/96 in). */
    public double width() {
        return layout.width();
    }

    /** Height in CSS pixels (1/96 in). */
    public double height() {
        return layout.height();
    }

    /** The PNG, at {@link #PNG_SCALE}. */
    public synchronized byte[] png() {
        if (png == null) {
            try {
                png = PngExporter.bytes(layout, PNG_SCALE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return png;
    }

    /** Makes the PNGs of all figures of a document at once, in parallel (before a writer embeds them one by one). */
    public static void renderPngs(AppendixDocument document) {
        document.sections().stream().flatMap(s -> s.blocks().stream()).filter(Figure.class::isInstance)
                .map(Figure.class::cast).toList().parallelStream().forEach(Figure::png);
    }

    /** The {@code <svg>} element, to embed in XHTML. */
    public String svg() {
        return SvgExporter.toSvgElement(layout);
    }

    /**
     * The {@code <svg>} element for a publication: announced as one image with {@link #alt()} as its name, without
     * the model's element ids the workbench's SVG carries.
     */
    public String publishedSvg() {
        String svg = svg().replaceAll(" data-(?:id|element|kind)=\"[^\"]*\"", "");
        return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + org.plantrace.docgen.html.HtmlWriter.esc(alt)
                + "\" ");
    }

    /** A standalone SVG file of the figure (for DOCX), without the model's element ids. */
    public byte[] svgFile() {
        String svg = SvgExporter.toSvg(layout).replaceAll(" data-(?:id|element|kind)=\"[^\"]*\"", "");
        return svg.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The scale (at most 1) that fits the figure, in points, into a box of {@code width} x {@code height} points. */
    public double fit(double width, double height) {
        return Math.min(1, Math.min(width / (width() * 0.75), height / (height() * 0.75)));
    }
}

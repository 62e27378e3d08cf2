package org.plantrace.docgen;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.render.DiagramCanvas;
import org.plantrace.diagram.render.DiagramPainter;
import org.plantrace.diagram.render.PngExporter;
import org.plantrace.diagram.render.SvgExporter;

/**
 * A diagram in the document, laid out once (org.plantrace.diagram), or any other {@link Drawing} (a trend chart):
 * DOCX embeds it as SVG with a PNG fallback, HTML as SVG, PDF as vector graphics, all drawn by the same painter. The
 * PNG is made once, on first use, and shared by the writers.
 */
public final class Figure implements Block {

    /** A picture painted on the diagrams' canvas, in diagram units (CSS px). */
    public interface Drawing {

        double width();

        double height();

        /** The SVG's title. */
        String title();

        /** The SVG's {@code data-diagram} (e.g. "trend"). */
        String kind();

        void paint(DiagramCanvas canvas);
    }

    /** PNG pixels per diagram unit: about 250 dpi once the figure is scaled to an A4 page. */
    public static final double PNG_SCALE = 1.5;

    private final String name;
    private final String caption;
    private final String alt;
    private final DiagramLayout layout;
    private final Drawing drawing;
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
        this.drawing = null;
    }

    /** A figure of a drawing other than a laid-out diagram (a chart). */
    public Figure(String name, String caption, String alt, Drawing drawing) {
        this.name = name;
        this.caption = caption;
        this.alt = alt;
        this.layout = null;
        this.drawing = drawing;
    }

    /** Paints the figure, in its units from (0, 0), on {@code canvas}. */
    public void paint(DiagramCanvas canvas) {
        if (layout != null) {
            DiagramPainter.paint(layout, canvas);
        } else {
            drawing.paint(canvas);
        }
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

    /** The laid-out diagram, or null for a {@link Drawing}. */
    public DiagramLayout layout() {
        return layout;
    }

    /** The drawing, or null for a laid-out diagram. */
    public Drawing drawing() {
        return drawing;
    }

    /** Width in CSS pixels (1/96 in). */
    public double width() {
        return layout != null ? layout.width() : drawing.width();
    }

    /** Height in CSS pixels (1/96 in). */
    public double height() {
        return layout != null ? layout.height() : drawing.height();
    }

    /** The PNG, at {@link #PNG_SCALE}. */
    public synchronized byte[] png() {
        if (png == null) {
            try {
                png = layout != null ? PngExporter.bytes(layout, PNG_SCALE)
                        : PngExporter.bytes(drawing.width(), drawing.height(), PNG_SCALE * 2, drawing::paint);
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
        return layout != null ? SvgExporter.toSvgElement(layout)
                : SvgExporter.svg(drawing.width(), drawing.height(), drawing.title(), drawing.kind(), drawing::paint, false);
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
        String svg = (layout != null ? SvgExporter.toSvg(layout)
                : SvgExporter.svg(drawing.width(), drawing.height(), drawing.title(), drawing.kind(), drawing::paint, true))
                .replaceAll(" data-(?:id|element|kind)=\"[^\"]*\"", "");
        return svg.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The scale (at most 1) that fits the figure, in points, into a box of {@code width} x {@code height} points. */
    public double fit(double width, double height) {
        return Math.min(1, Math.min(width / (width() * 0.75), height / (height() * 0.75)));
    }
}

package org.plantrace.docgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

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

    /** Pixels per printed inch of a figure's PNG, once the figure is scaled to the page ({@link #printPng}). */
    public static final double PRINT_DPI = 250;

    private final String name;
    private final String caption;
    private final String alt;
    /** Lays the diagram out (null for a {@link Drawing}); dropped once it has. */
    private Supplier<DiagramLayout> layouter;
    private DiagramLayout layout;
    private final Drawing drawing;
    private byte[] png;
    private double pngScale;
    private String svg;

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
        this(name, caption, alt, () -> layout);
    }

    /**
     * A diagram laid out when a writer first needs it ({@link #layout()}): formats without figures (CSV, XLSX) never
     * pay for the layout.
     */
    public Figure(String name, String caption, String alt, Supplier<DiagramLayout> layouter) {
        this.name = name;
        this.caption = caption;
        this.alt = alt;
        this.layouter = layouter;
        this.drawing = null;
    }

    /** A figure of a drawing other than a laid-out diagram (a chart). */
    public Figure(String name, String caption, String alt, Drawing drawing) {
        this.name = name;
        this.caption = caption;
        this.alt = alt;
        this.layouter = null;
        this.drawing = drawing;
    }

    /** Paints the figure, in its units from (0, 0), on {@code canvas}. */
    public void paint(DiagramCanvas canvas) {
        if (drawing == null) {
            DiagramPainter.paint(layout(), canvas);
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
    public synchronized DiagramLayout layout() {
        if (layout == null && layouter != null) {
            layout = layouter.get();
            layouter = null;
        }
        return layout;
    }

    /** Lays out the diagrams among the sections' blocks that are not laid out yet, in parallel. */
    public static void layOut(List<Section> sections) {
        sections.stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof Figure f && f.isDiagram())
                .map(Figure.class::cast).toList().parallelStream().forEach(Figure::layout);
    }

    /** Whether the figure is a laid-out diagram (not a {@link Drawing}), without laying it out. */
    public boolean isDiagram() {
        return drawing == null;
    }

    /** The drawing, or null for a laid-out diagram. */
    public Drawing drawing() {
        return drawing;
    }

    /** Width in CSS pixels (1/96 in). */
    public double width() {
        return drawing == null ? layout().width() : drawing.width();
    }

    /** Height in CSS pixels (1/96 in). */
    public double height() {
        return drawing == null ? layout().height() : drawing.height();
    }

    /** The PNG, at {@link #PNG_SCALE}. */
    public byte[] png() {
        return png(PNG_SCALE, null);
    }

    /**
     * The PNG for the figure printed at {@code fit} of its size ({@link #fit}): {@link #PRINT_DPI} pixels per printed
     * inch, and never more than {@link #PNG_SCALE} pixels per unit. A tall diagram shrunk to fit a page needs far fewer
     * pixels than its size at {@link #PNG_SCALE} (at 10x and 100x models those pixels were most of the DOCX's time).
     */
    public byte[] printPng(double fit) {
        return printPng(fit, null);
    }

    /** As {@link #printPng(double)}, drawn on {@code pixels} (null: on a new image) when it is not made yet. */
    public byte[] printPng(double fit, PngExporter.Pixels pixels) {
        return png(drawing == null ? pngScale(fit) : PNG_SCALE, pixels);
    }

    /** Pixels per unit of the PNG of a diagram printed at {@code fit} of its size (a unit is 0.75 pt). */
    public static double pngScale(double fit) {
        return Math.min(PNG_SCALE, fit * 0.75 / 72 * PRINT_DPI);
    }

    /** The PNG at {@code scale} pixels per unit (a chart at twice that); the last one made is kept for the next writer. */
    private synchronized byte[] png(double scale, PngExporter.Pixels pixels) {
        if (png == null || pngScale != scale) {
            try {
                PngExporter.Pixels on = pixels != null ? pixels : new PngExporter.Pixels();
                png = drawing == null ? on.bytes(layout(), scale)
                        : on.bytes(drawing.width(), drawing.height(), scale * 2, drawing::paint);
                pngScale = scale;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return png;
    }

    /** The {@code <svg>} element, to embed in XHTML (painted once, shared by the writers). */
    public synchronized String svg() {
        if (svg == null) {
            svg = drawing == null ? SvgExporter.toSvgElement(layout())
                    : SvgExporter.svg(drawing.width(), drawing.height(), drawing.title(), drawing.kind(), drawing::paint, false);
        }
        return svg;
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
        return SvgExporter.standalone(svg()).replaceAll(" data-(?:id|element|kind)=\"[^\"]*\"", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The scale (at most 1) that fits the figure, in points, into a box of {@code width} x {@code height} points. */
    public double fit(double width, double height) {
        return Math.min(1, Math.min(width / (width() * 0.75), height / (height() * 0.75)));
    }
}

package org.plantrace.docgen;

import java.util.List;
import java.util.function.Supplier;

import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.render.DiagramCanvas;
import org.plantrace.diagram.render.DiagramPainter;
import org.plantrace.diagram.render.EmfCanvas;
import org.plantrace.diagram.render.SvgExporter;

/**
 * A diagram in the document, laid out once (org.plantrace.diagram), or any other {@link Drawing} (a trend chart):
 * DOCX embeds it as an Enhanced Metafile with the SVG beside it, HTML as SVG, PDF as vector graphics, all drawn by the
 * same painter.
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

    private final String name;
    private final String caption;
    private final String alt;
    /** Lays the diagram out (null for a {@link Drawing}); dropped once it has. */
    private Supplier<DiagramLayout> layouter;
    private DiagramLayout layout;
    private final Drawing drawing;
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

    /**
     * The figure as an Enhanced Metafile (vector records, live text; for DOCX), at its size of 96 units per inch. Made
     * on each call: the one writer that embeds it asks once.
     */
    public byte[] emf() {
        return drawing == null ? EmfCanvas.emf(layout()) : EmfCanvas.emf(drawing.width(), drawing.height(), drawing::paint);
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

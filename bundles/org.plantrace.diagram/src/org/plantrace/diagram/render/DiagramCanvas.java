package org.plantrace.diagram.render;

import org.plantrace.diagram.layout.TextLine;

/**
 * What a renderer must draw; {@link DiagramPainter} decides what goes where, so the workbench canvas, SVG, PNG and
 * EMF show one picture. Coordinates are diagram units.
 */
public interface DiagramCanvas {

    /** A rectangle with rounded corners; {@code fill} or {@code stroke} may be null; {@code dash} null = solid. */
    void rect(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke, double strokeWidth,
            double[] dash);

    /** An open polyline through x0, y0, x1, y1, ... */
    void path(double[] points, Rgb stroke, double width, double[] dash);

    /** A filled polygon through x0, y0, x1, y1, ... */
    void polygon(double[] points, Rgb fill);

    void circle(double cx, double cy, double radius, Rgb fill);

    void text(TextLine line, Rgb colour);

    /**
     * Starts the drawing of one diagram element ({@code role} "node", "edge", "header"); everything drawn until the
     * matching {@link #end()} belongs to it. SVG writes one group element per node and per edge.
     */
    default void begin(String role, String id, String kind, String elementId, String tooltip) {
    }

    default void end() {
    }
}

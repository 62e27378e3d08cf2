package org.plantrace.diagram.render;

import java.util.Set;

import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.EdgeKind;
import org.plantrace.diagram.NodeKind;
import org.plantrace.diagram.NodeState;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.EdgeRoute;
import org.plantrace.diagram.layout.Font;
import org.plantrace.diagram.layout.LegendItem;
import org.plantrace.diagram.layout.NodeBox;
import org.plantrace.diagram.layout.TextLine;

/**
 * Draws a laid-out diagram on a {@link DiagramCanvas}: header (title, legend, column headings), edges, nodes, then
 * the selection. The one drawing routine behind the workbench canvas, SVG, PNG and the DOCX's metafiles (EMF).
 */
public final class DiagramPainter {

    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 3.5;

    private DiagramPainter() {
    }

    /** Draws everything, nothing selected (exports). */
    public static void paint(DiagramLayout layout, DiagramCanvas canvas) {
        paint(layout, canvas, Set.of(), null);
    }

    /**
     * Draws the parts that intersect {@code clip} ({x, y, width, height} in diagram units; null = all), with
     * {@code selected} nodes outlined and their edges emphasised.
     */
    public static void paint(DiagramLayout layout, DiagramCanvas canvas, Set<DiagramNode> selected, double[] clip) {
        header(layout, canvas);
        for (EdgeRoute r : layout.routes()) {
            if (visible(r, clip)) {
                edge(r, canvas, false);
            }
        }
        if (!selected.isEmpty()) {
            for (EdgeRoute r : layout.routes()) {
                DiagramEdge e = r.edge();
                if ((selected.contains(e.source()) || selected.contains(e.target())) && visible(r, clip)) {
                    edge(r, canvas, true);
                }
            }
        }
        for (NodeBox b : layout.boxes()) {
            if (clip == null || b.intersects(clip[0] - 4, clip[1] - 4, clip[2] + 8, clip[3] + 8)) {
                node(b, canvas);
            }
        }
        for (NodeBox b : layout.boxes()) {
            if (selected.contains(b.node())) {
                canvas.rect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, 6, null, Palette.SELECTION, 2.5, null);
            }
        }
    }

    private static boolean visible(EdgeRoute r, double[] clip) {
        if (clip == null) {
            return true;
        }
        double[] b = r.bounds();
        return b[0] <= clip[0] + clip[2] + 8 && clip[0] - 8 <= b[0] + b[2] && b[1] <= clip[1] + clip[3] + 8
                && clip[1] - 8 <= b[1] + b[3];
    }

    private static void header(DiagramLayout layout, DiagramCanvas canvas) {
        canvas.begin("header", "header", "header", null, null);
        canvas.text(layout.title(), Palette.TEXT);
        for (LegendItem item : layout.legend()) {
            swatch(item, canvas);
            canvas.text(item.text(), Palette.MUTED);
        }
        for (TextLine t : layout.columnTitles()) {
            canvas.text(t, Palette.MUTED);
        }
        canvas.end();
    }

    private static void swatch(LegendItem item, DiagramCanvas canvas) {
        double x = item.x();
        double y = item.y();
        double w = LegendItem.SWATCH_WIDTH;
        double h = LegendItem.SWATCH_HEIGHT;
        if (item.scheme() != null) {
            canvas.rect(x, y, w, h, 2, Palette.fill(item.scheme()), Palette.stroke(item.scheme()), 1.2, null);
        } else if (item.state() == NodeState.UNCOVERED) {
            canvas.rect(x, y, w, h, 2, Palette.BACKGROUND, Palette.WARNING, 1.6, Palette.DASH_UNCOVERED);
        } else if (item.state() == NodeState.UNTRACED) {
            canvas.rect(x, y, w, h, 2, Palette.BACKGROUND, Palette.WARNING, 2.2, null);
        } else if (item.edgeKind() == EdgeKind.CORRESPONDENCE) {
            canvas.path(new double[] { x, y + h / 2, x + w, y + h / 2 }, Palette.EQUIVALENT, 1.3, Palette.DASH_EQUIVALENT);
        }
    }

    private static void edge(EdgeRoute r, DiagramCanvas canvas, boolean emphasised) {
        DiagramEdge e = r.edge();
        double[] pts = r.points();
        if (pts.length < 4) {
            return;
        }
        Rgb colour = emphasised ? Palette.SELECTION : Palette.edge(e);
        double width = emphasised ? 2.4 : e.kind() == EdgeKind.ALIGNMENT ? 1.3 : 1.1;
        double[] dash = e.kind() == EdgeKind.CORRESPONDENCE ? Palette.DASH_EQUIVALENT : null;
        if (!emphasised) {
            canvas.begin("edge", e.id(), e.kind().name().toLowerCase(), elementId(e), name(e.source()) + " \u2192 " + name(e.target()));
        }
        canvas.path(pts, colour, width, dash);
        if (e.kind() != EdgeKind.CONTAINS) {
            canvas.polygon(arrow(pts), colour);
        }
        double[] j = r.junctions();
        for (int i = 0; i + 1 < j.length; i += 2) {
            canvas.circle(j[i], j[i + 1], emphasised ? 3 : 2.5, colour);
        }
        if (!emphasised) {
            canvas.end();
        }
    }

    private static String elementId(DiagramEdge e) {
        if (e.element() instanceof org.plantrace.model.Identified i) {
            return i.getId();
        }
        return null;
    }

    /** The arrowhead at the end of a path, as a triangle. */
    static double[] arrow(double[] pts) {
        int n = pts.length;
        double x2 = pts[n - 2];
        double y2 = pts[n - 1];
        double x1 = pts[n - 4];
        double y1 = pts[n - 3];
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.sqrt(dx * dx + dy * dy);
        if (len == 0) {
            dx = 1;
            dy = 0;
            len = 1;
        }
        double ux = dx / len;
        double uy = dy / len;
        double bx = x2 - ux * ARROW_LENGTH;
        double by = y2 - uy * ARROW_LENGTH;
        return new double[] { x2, y2, bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH, bx + uy * ARROW_HALF_WIDTH,
                by - ux * ARROW_HALF_WIDTH };
    }

    private static void node(NodeBox b, DiagramCanvas canvas) {
        DiagramNode n = b.node();
        canvas.begin("node", n.id(), n.kind().name().toLowerCase(), n.elementId(), tooltip(n));
        Rgb stroke = Palette.stroke(n);
        double width = n.kind() == NodeKind.OBJECTIVE ? 1.6 : 1.0;
        double[] dash = null;
        if (n.is(NodeState.UNCOVERED)) {
            stroke = Palette.WARNING;
            width = 2;
            dash = Palette.DASH_UNCOVERED;
        } else if (n.is(NodeState.UNTRACED)) {
            stroke = Palette.WARNING;
            width = 2.4;
        }
        if (n.is(NodeState.FOCUS)) {
            width = Math.max(width, 3);
        }
        double radius = n.kind() == NodeKind.OUTCOME ? 8 : 4;
        canvas.rect(b.x(), b.y(), b.width(), b.height(), radius, Palette.fill(n), stroke, width, dash);
        Rgb rag = Palette.status(n.status());
        if (rag != null) { // a bar in the status colour along the left edge, as the matrix marks its row headers
            canvas.rect(b.x() - 2.5, b.y() + 2, 5, b.height() - 4, 1.5, rag, null, 0, null);
        }
        for (TextLine l : b.lines()) {
            Rgb colour = Palette.text(n);
            if (l.font() == Font.NOTE) {
                colour = Palette.WARNING;
            } else if (l.font() == Font.HEADING && n.kind() == NodeKind.OBJECTIVE) {
                colour = Palette.OBJECTIVE_STROKE;
            }
            canvas.text(l, colour);
        }
        canvas.end();
    }

    private static String name(DiagramNode n) {
        return n.heading() != null ? n.heading() : n.title() != null ? n.title() : n.id();
    }

    private static String tooltip(DiagramNode n) {
        String h = n.heading() == null ? "" : n.heading();
        String t = n.title() == null ? "" : n.title();
        String text = h.isEmpty() ? t : t.isEmpty() ? h : h + ": " + t;
        return Palette.status(n.status()) == null ? text : text + " (status: " + n.status().label() + ")";
    }
}

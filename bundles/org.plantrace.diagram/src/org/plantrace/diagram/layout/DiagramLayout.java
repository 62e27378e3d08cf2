package org.plantrace.diagram.layout;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;

/**
 * A laid-out diagram: the geometry every renderer draws (the workbench canvas, SVG and PNG export), so that all of
 * them show the same picture. Coordinates are diagram units with the origin at the top left; immutable.
 */
public final class DiagramLayout {

    private final Diagram diagram;
    private final double width;
    private final double height;
    private final List<NodeBox> boxes;
    private final List<EdgeRoute> routes;
    private final TextLine title;
    private final List<TextLine> columnTitles;
    private final List<LegendItem> legend;
    private final Map<DiagramNode, NodeBox> boxByNode = new IdentityHashMap<>();
    private final Map<DiagramEdge, EdgeRoute> routeByEdge = new IdentityHashMap<>();

    DiagramLayout(Diagram diagram, double width, double height, List<NodeBox> boxes, List<EdgeRoute> routes,
            TextLine title, List<TextLine> columnTitles, List<LegendItem> legend) {
        this.diagram = diagram;
        this.width = width;
        this.height = height;
        this.boxes = List.copyOf(boxes);
        this.routes = List.copyOf(routes);
        this.title = title;
        this.columnTitles = List.copyOf(columnTitles);
        this.legend = List.copyOf(legend);
        for (NodeBox b : boxes) {
            boxByNode.put(b.node(), b);
        }
        for (EdgeRoute r : routes) {
            routeByEdge.put(r.edge(), r);
        }
    }

    public Diagram diagram() {
        return diagram;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Node boxes in the diagram's node order. */
    public List<NodeBox> boxes() {
        return boxes;
    }

    /** Edge routes in the diagram's edge order. */
    public List<EdgeRoute> routes() {
        return routes;
    }

    public NodeBox box(DiagramNode node) {
        return boxByNode.get(node);
    }

    public EdgeRoute route(DiagramEdge edge) {
        return routeByEdge.get(edge);
    }

    public TextLine title() {
        return title;
    }

    public List<TextLine> columnTitles() {
        return columnTitles;
    }

    public List<LegendItem> legend() {
        return legend;
    }

    /** The node drawn at a point, or null. */
    public DiagramNode nodeAt(double x, double y) {
        for (int i = boxes.size() - 1; i >= 0; i--) {
            if (boxes.get(i).contains(x, y)) {
                return boxes.get(i).node();
            }
        }
        return null;
    }

    /** The edge passing nearest a point within {@code tolerance}, or null. */
    public DiagramEdge edgeAt(double x, double y, double tolerance) {
        DiagramEdge best = null;
        double bestDistance = tolerance;
        for (EdgeRoute r : routes) {
            double d = r.distance(x, y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = r.edge();
            }
        }
        return best;
    }

    /** Boxes in reading order: by column, then top to bottom (keyboard navigation, documents). */
    public List<NodeBox> readingOrder() {
        List<NodeBox> sorted = new java.util.ArrayList<>(boxes);
        sorted.sort((a, b) -> a.node().column() != b.node().column() ? Integer.compare(a.node().column(), b.node().column())
                : Double.compare(a.y(), b.y()));
        return Collections.unmodifiableList(sorted);
    }
}

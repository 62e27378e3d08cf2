package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.EdgeRoute;
import org.plantrace.diagram.layout.NodeBox;
import org.plantrace.diagram.layout.TextLine;
import org.plantrace.diagram.layout.TextMetrics;

/** Checks every layout must pass. */
final class Geometry {

    private static final double EPS = 0.5;

    private Geometry() {
    }

    static void check(DiagramLayout layout) {
        noOverlaps(layout);
        insideDrawing(layout);
        leftToRight(layout);
        textFits(layout);
        edgesJoinTheirNodes(layout);
    }

    /** No two node boxes overlap. */
    static void noOverlaps(DiagramLayout layout) {
        List<NodeBox> boxes = layout.readingOrder();
        for (int i = 0; i < boxes.size(); i++) {
            NodeBox a = boxes.get(i);
            for (int j = i + 1; j < boxes.size(); j++) {
                NodeBox b = boxes.get(j);
                if (b.x() >= a.right()) {
                    continue; // later columns start further right
                }
                boolean overlap = a.x() < b.right() - EPS && b.x() < a.right() - EPS && a.y() < b.bottom() - EPS
                        && b.y() < a.bottom() - EPS;
                assertFalse(overlap, () -> "overlapping nodes " + a + " and " + b);
            }
        }
    }

    static void insideDrawing(DiagramLayout layout) {
        double top = layout.columnTitles().stream().mapToDouble(TextLine::baseline).max().orElse(0);
        for (NodeBox b : layout.boxes()) {
            assertTrue(b.x() >= 0 && b.right() <= layout.width() + EPS && b.y() > top && b.bottom() <= layout.height() + EPS,
                    () -> b + " outside the drawing " + layout.width() + "x" + layout.height() + " or above the header");
        }
    }

    /**
     * Columns are layers from left to right: every node of column c lies left of every node of column c+1, and every
     * edge runs from a column to a later one, leaving its source on the right and reaching its target on the left.
     */
    static void leftToRight(DiagramLayout layout) {
        int columns = layout.diagram().columnCount();
        double[] minX = new double[columns];
        double[] maxRight = new double[columns];
        java.util.Arrays.fill(minX, Double.MAX_VALUE);
        for (NodeBox b : layout.boxes()) {
            int c = b.node().column();
            minX[c] = Math.min(minX[c], b.x());
            maxRight[c] = Math.max(maxRight[c], b.right());
        }
        for (int c = 0; c + 1 < columns; c++) {
            int col = c;
            assertTrue(maxRight[c] < minX[c + 1], () -> "column " + col + " reaches into column " + (col + 1));
        }
        for (DiagramEdge e : layout.diagram().edges()) {
            assertTrue(e.source().column() < e.target().column(), () -> "edge against the flow: " + e);
            NodeBox s = layout.box(e.source());
            NodeBox t = layout.box(e.target());
            assertTrue(s.right() <= t.x(), () -> "target left of source: " + e);
        }
    }

    /** Every line of text fits inside its node. */
    static void textFits(DiagramLayout layout) {
        for (NodeBox b : layout.boxes()) {
            for (TextLine l : b.lines()) {
                assertTrue(l.x() >= b.x() && l.x() + TextMetrics.width(l.text(), l.font()) <= b.right() + EPS,
                        () -> "text '" + l.text() + "' wider than " + b);
                assertTrue(l.baseline() > b.y() && l.baseline() < b.bottom(), () -> "text '" + l.text() + "' below " + b);
            }
        }
    }

    /** Each edge has a route from the right side of its source to the left side of its target. */
    static void edgesJoinTheirNodes(DiagramLayout layout) {
        assertEquals(layout.diagram().edges().size(), layout.routes().size());
        for (DiagramEdge e : layout.diagram().edges()) {
            EdgeRoute r = layout.route(e);
            assertNotNull(r, () -> "no route for " + e);
            double[] p = r.points();
            assertTrue(p.length >= 4, () -> "route of " + e + " has fewer than two points");
            NodeBox s = layout.box(e.source());
            NodeBox t = layout.box(e.target());
            assertEquals(s.right(), p[0], 1.0, () -> "route of " + e + " does not leave its source's right side");
            assertTrue(p[1] >= s.y() - EPS && p[1] <= s.bottom() + EPS, () -> "route of " + e + " starts off its source");
            assertEquals(t.x(), p[p.length - 2], 1.0, () -> "route of " + e + " does not reach its target's left side");
            double endY = p[p.length - 1];
            assertTrue(endY >= t.y() - EPS && endY <= t.bottom() + EPS, () -> "route of " + e + " ends off its target");
        }
    }

    static DiagramNode only(List<DiagramNode> nodes, String what) {
        assertEquals(1, nodes.size(), () -> "expected one node for " + what + ", got " + nodes);
        return nodes.get(0);
    }
}

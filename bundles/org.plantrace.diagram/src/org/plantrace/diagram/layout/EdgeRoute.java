package org.plantrace.diagram.layout;

import org.plantrace.diagram.DiagramEdge;

/**
 * The path of an edge: {@code points} holds x0, y0, x1, y1, ... from the source's border to the target's border
 * (orthogonal segments); {@code junctions} holds x, y pairs where edges sharing a segment split.
 */
public record EdgeRoute(DiagramEdge edge, double[] points, double[] junctions) {

    public int pointCount() {
        return points.length / 2;
    }

    /** Bounding box as {x, y, width, height}. */
    public double[] bounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return new double[] { minX, minY, maxX - minX, maxY - minY };
    }

    /** Distance from a point to the nearest segment of the path. */
    public double distance(double px, double py) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 3 < points.length; i += 2) {
            best = Math.min(best, segmentDistance(px, py, points[i], points[i + 1], points[i + 2], points[i + 3]));
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        double cx = x1 + t * dx - px;
        double cy = y1 + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }
}

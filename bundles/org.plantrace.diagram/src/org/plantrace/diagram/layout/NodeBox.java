package org.plantrace.diagram.layout;

import java.util.List;

import org.plantrace.diagram.DiagramNode;

/** Where a node is drawn and the lines of text inside it (absolute diagram coordinates). */
public record NodeBox(DiagramNode node, double x, double y, double width, double height, List<TextLine> lines) {

    public NodeBox {
        lines = List.copyOf(lines);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public boolean intersects(double rx, double ry, double rw, double rh) {
        return x < rx + rw && rx < x + width && y < ry + rh && ry < y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }
}

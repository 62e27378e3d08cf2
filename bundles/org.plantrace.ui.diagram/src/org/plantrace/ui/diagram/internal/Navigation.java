package org.plantrace.ui.diagram.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.NodeBox;

/** Keyboard navigation between nodes: the nearest node in the direction of an arrow key. */
public final class Navigation {

    private Navigation() {
    }

    /**
     * The node box reached from {@code from} by the arrow key {@code keyCode} ({@link SWT#ARROW_UP} etc.), or null when
     * there is none in that direction. Nodes straight ahead are preferred to nodes off to the side.
     */
    public static NodeBox next(DiagramLayout layout, NodeBox from, int keyCode) {
        NodeBox best = null;
        double bestScore = Double.MAX_VALUE;
        double cx = from.centerX();
        double cy = from.centerY();
        for (NodeBox b : layout.boxes()) {
            if (b == from) {
                continue;
            }
            double dx = b.centerX() - cx;
            double dy = b.centerY() - cy;
            double ahead;
            double aside;
            switch (keyCode) {
                case SWT.ARROW_RIGHT -> {
                    ahead = b.x() - from.right();
                    aside = Math.abs(dy);
                    if (b.x() <= from.x()) {
                        continue;
                    }
                }
                case SWT.ARROW_LEFT -> {
                    ahead = from.x() - b.right();
                    aside = Math.abs(dy);
                    if (b.x() >= from.x()) {
                        continue;
                    }
                }
                case SWT.ARROW_DOWN -> {
                    ahead = dy;
                    aside = Math.abs(dx);
                    if (dy <= 0) {
                        continue;
                    }
                }
                case SWT.ARROW_UP -> {
                    ahead = -dy;
                    aside = Math.abs(dx);
                    if (dy >= 0) {
                        continue;
                    }
                }
                default -> {
                    return null;
                }
            }
            double score = Math.max(0, ahead) + 3 * aside;
            if (score < bestScore) {
                bestScore = score;
                best = b;
            }
        }
        return best;
    }

    /** The first or last node in reading order (columns left to right, each top to bottom). */
    public static NodeBox end(DiagramLayout layout, boolean first) {
        List<NodeBox> order = layout.readingOrder();
        if (order.isEmpty()) {
            return null;
        }
        return first ? order.get(0) : order.get(order.size() - 1);
    }
}

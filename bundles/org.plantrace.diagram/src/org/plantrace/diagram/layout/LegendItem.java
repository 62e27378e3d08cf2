package org.plantrace.diagram.layout;

import org.plantrace.core.trace.Scheme;
import org.plantrace.diagram.EdgeKind;
import org.plantrace.diagram.NodeState;

/**
 * One legend entry: a swatch at ({@code x}, {@code y}) of {@link #SWATCH_WIDTH} x {@link #SWATCH_HEIGHT} showing a
 * scheme's colour, a node state's marking or an edge kind's line, and its text.
 */
public record LegendItem(Scheme scheme, NodeState state, EdgeKind edgeKind, double x, double y, TextLine text) {

    public static final double SWATCH_WIDTH = 18;
    public static final double SWATCH_HEIGHT = 11;
}

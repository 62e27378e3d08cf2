package org.plantrace.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.NodeKind;
import org.plantrace.diagram.NodeState;

/** The size of a node's box and its lines of text, relative to the box's top left corner. */
final class NodeContent {

    static final double PAD_X = 8;
    static final double PAD_Y = 6;

    final double width;
    final double height;
    final List<TextLine> lines;

    private NodeContent(double width, double height, List<TextLine> lines) {
        this.width = width;
        this.height = height;
        this.lines = lines;
    }

    static NodeContent of(DiagramNode n) {
        double width = width(n.kind());
        double inner = width - 2 * PAD_X;
        List<TextLine> lines = new ArrayList<>();
        double y = PAD_Y;
        for (String s : Wrap.lines(n.heading(), Font.HEADING, inner, 2)) {
            lines.add(new TextLine(s, Font.HEADING, PAD_X, y + Font.HEADING.baselineOffset()));
            y += Font.HEADING.lineHeight();
        }
        for (String s : Wrap.lines(n.title(), Font.TEXT, inner, maxLines(n.kind()))) {
            lines.add(new TextLine(s, Font.TEXT, PAD_X, y + Font.TEXT.baselineOffset()));
            y += Font.TEXT.lineHeight();
        }
        String note = note(n);
        if (note != null) {
            y += 2;
            lines.add(new TextLine(note, Font.NOTE, PAD_X, y + Font.NOTE.baselineOffset()));
            y += Font.NOTE.lineHeight();
        }
        double height = Math.max(30, Math.ceil(y + PAD_Y));
        return new NodeContent(width, height, lines);
    }

    /** The words marking a node's traceability state, or null. */
    static String note(DiagramNode n) {
        for (NodeState s : new NodeState[] { NodeState.UNCOVERED, NodeState.UNTRACED }) {
            if (n.is(s)) {
                return s.text().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    static double width(NodeKind kind) {
        return switch (kind) {
            case OUTCOME -> 170;
            case OBJECTIVE -> 240;
            case KEY_ACTIVITY, MEASURE -> 220;
            case FRAMEWORK -> 190;
            case PRIORITY -> 210;
        };
    }

    private static int maxLines(NodeKind kind) {
        return kind == NodeKind.OBJECTIVE || kind == NodeKind.OUTCOME ? 5 : 4;
    }
}

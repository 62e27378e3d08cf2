package org.plantrace.diagram.render;

import org.plantrace.core.trace.Scheme;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.EdgeKind;
import org.plantrace.diagram.NodeKind;

/** Colours of a diagram: framework schemes, plan elements, traceability marks. */
public final class Palette {

    public static final Rgb BACKGROUND = Rgb.hex("#ffffff");
    public static final Rgb TEXT = Rgb.hex("#1a1a1a");
    public static final Rgb MUTED = Rgb.hex("#5f6b7a");
    public static final Rgb WARNING = Rgb.hex("#c62828");
    public static final Rgb STRUCTURE = Rgb.hex("#9aa5b1");
    public static final Rgb EQUIVALENT = Rgb.hex("#4a4a4a");
    public static final Rgb SELECTION = Rgb.hex("#0a64d2");
    public static final Rgb OUTCOME = Rgb.hex("#2f4a7a");
    public static final Rgb OUTCOME_TEXT = Rgb.hex("#ffffff");
    public static final Rgb OBJECTIVE_STROKE = Rgb.hex("#1f3864");
    public static final Rgb ACTIVITY_FILL = Rgb.hex("#f3f5f8");
    public static final Rgb ACTIVITY_STROKE = Rgb.hex("#8796a8");
    public static final Rgb MEASURE_FILL = Rgb.hex("#fff6dc");
    public static final Rgb MEASURE_STROKE = Rgb.hex("#b99a3e");

    public static final double[] DASH_UNCOVERED = { 5, 3 };
    public static final double[] DASH_EQUIVALENT = { 4, 3 };

    private Palette() {
    }

    /** Light fill of a scheme's items. */
    public static Rgb fill(Scheme s) {
        return switch (s) {
            case PSA -> Rgb.hex("#dcefd9");
            case SPP -> Rgb.hex("#e8def3");
            case NI -> Rgb.hex("#fde5cd");
            case APACS -> Rgb.hex("#d5eef0");
            case PS -> Rgb.hex("#efe2d1");
            case MAYOR -> Rgb.hex("#dbe7f7");
            case CONCERN -> Rgb.hex("#f6f0cc");
            case NPP -> Rgb.hex("#dff0e7");
            case PLEDGE -> Rgb.hex("#f9dfe6");
            case LAA, CHI, OTHER -> Rgb.hex("#ececec");
        };
    }

    /** Strong colour of a scheme: item borders and the alignment edges reaching its items. */
    public static Rgb stroke(Scheme s) {
        return switch (s) {
            case PSA -> Rgb.hex("#3d8b37");
            case SPP -> Rgb.hex("#6a4c9c");
            case NI -> Rgb.hex("#c46a12");
            case APACS -> Rgb.hex("#1f7a80");
            case PS -> Rgb.hex("#8a5a2b");
            case MAYOR -> Rgb.hex("#2f5f9e");
            case CONCERN -> Rgb.hex("#8c7a12");
            case NPP -> Rgb.hex("#2e7d5b");
            case PLEDGE -> Rgb.hex("#a8385a");
            case LAA, CHI, OTHER -> Rgb.hex("#6f6f6f");
        };
    }

    public static Rgb fill(DiagramNode n) {
        if (n.scheme() != null) {
            return fill(n.scheme());
        }
        return switch (n.kind()) {
            case OUTCOME -> OUTCOME;
            case OBJECTIVE -> BACKGROUND;
            case KEY_ACTIVITY -> ACTIVITY_FILL;
            case MEASURE -> MEASURE_FILL;
            default -> fill(Scheme.OTHER);
        };
    }

    public static Rgb stroke(DiagramNode n) {
        if (n.scheme() != null) {
            return stroke(n.scheme());
        }
        return switch (n.kind()) {
            case OUTCOME -> OUTCOME;
            case OBJECTIVE -> OBJECTIVE_STROKE;
            case KEY_ACTIVITY -> ACTIVITY_STROKE;
            case MEASURE -> MEASURE_STROKE;
            default -> stroke(Scheme.OTHER);
        };
    }

    public static Rgb text(DiagramNode n) {
        return n.kind() == NodeKind.OUTCOME ? OUTCOME_TEXT : TEXT;
    }

    /** Alignment edges take the colour of the framework at their end; structure edges are grey. */
    public static Rgb edge(DiagramEdge e) {
        if (e.kind() == EdgeKind.ALIGNMENT) {
            DiagramNode framework = e.target().scheme() != null ? e.target() : e.source();
            return framework.scheme() == null ? EQUIVALENT : stroke(framework.scheme());
        }
        if (e.kind() == EdgeKind.CORRESPONDENCE) {
            return EQUIVALENT;
        }
        return STRUCTURE;
    }

    public static final Rgb RAG_GREEN = new Rgb(0, 150, 64);
    public static final Rgb RAG_AMBER = new Rgb(255, 176, 0);
    public static final Rgb RAG_RED = new Rgb(204, 0, 0);

    /** The colour of a progress status (green, amber, red as the Authority's reports print them); null for others. */
    public static Rgb status(org.plantrace.core.progress.Rag rag) {
        if (rag == null) {
            return null;
        }
        return switch (rag) {
            case GREEN -> RAG_GREEN;
            case AMBER -> RAG_AMBER;
            case RED -> RAG_RED;
            default -> null;
        };
    }
}

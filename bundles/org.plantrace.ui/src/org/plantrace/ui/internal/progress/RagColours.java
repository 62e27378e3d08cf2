package org.plantrace.ui.internal.progress;

import org.eclipse.swt.graphics.RGB;
import org.plantrace.core.progress.Rag;
import org.plantrace.core.progress.Trend;

/** The colours of status, as the Authority's reports print them, and the trend arrows. */
public final class RagColours {

    public static final RGB GREEN = new RGB(0, 150, 64);
    public static final RGB AMBER = new RGB(255, 176, 0);
    public static final RGB RED = new RGB(204, 0, 0);
    public static final RGB GREY = new RGB(170, 170, 170);

    private RagColours() {
    }

    /** The colour of a status; null for baselining and no result (no fill). */
    public static RGB of(Rag rag) {
        return switch (rag) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            default -> null;
        };
    }

    /** An arrow and the word: up for +ve, right for stable, down for -ve. */
    public static String arrow(Trend t) {
        return switch (t) {
            case POSITIVE -> "\u25B2 +ve";
            case STABLE -> "\u25B6 stable";
            case NEGATIVE -> "\u25BC -ve";
            default -> "";
        };
    }
}

package org.plantrace.diagram.layout;

/**
 * The few text styles of a diagram, in diagram units (1 unit = 1 pixel at 100 %). Every renderer uses a sans-serif
 * face metric-compatible with Arial/Helvetica (Liberation Sans) so that text fits the boxes measured by
 * {@link TextMetrics}.
 */
public enum Font {
    /** The diagram title. */
    TITLE(15, true),
    /** Column headings. */
    COLUMN(11, true),
    /** A node's printed reference ("Objective 3", "PSA 24 PA1"). */
    HEADING(11, true),
    /** A node's title. */
    TEXT(11, false),
    /** A node's traceability mark ("NOT COVERED"). */
    NOTE(9, true),
    /** Legend entries. */
    LEGEND(10, false);

    private final double size;
    private final boolean bold;

    Font(double size, boolean bold) {
        this.size = size;
        this.bold = bold;
    }

    /** Size in diagram units (CSS px). */
    public double size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    /** Distance between baselines of consecutive lines. */
    public double lineHeight() {
        return Math.round(size * 1.27);
    }

    /** Distance from the top of a line box to the baseline of its text. */
    public double baselineOffset() {
        double ascent = size * 0.905;
        double descent = size * 0.212;
        return (lineHeight() - ascent - descent) / 2 + ascent;
    }
}

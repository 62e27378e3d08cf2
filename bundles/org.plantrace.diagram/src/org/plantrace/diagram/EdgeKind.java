package org.plantrace.diagram;

/** What a diagram edge stands for. */
public enum EdgeKind {
    /** Containment read downwards: outcome to sub-outcome, objective to key activity or measure, PSA to priority action. */
    CONTAINS("contains"),
    /** A strategic outcome delivered by an objective. */
    DELIVERS("delivered by"),
    /** An alignment of the plan (one edge per {@code Alignment}). */
    ALIGNMENT("alignment"),
    /** Two framework items declared equivalent (NI 16 and APACS SPI 5.2). */
    CORRESPONDENCE("equivalent"),
    /** Containment read upwards, in impact diagrams: a priority action to its PSA, an item to its whole framework. */
    PART_OF("part of"),
    /** An objective serving a strategic outcome, in impact diagrams. */
    SERVES("serves");

    private final String text;

    EdgeKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}

package org.plantrace.core.progress;

/** Status of a measure against its target: derived from the latest result, never typed. */
public enum Rag {
    GREEN("green"),
    AMBER("amber"),
    RED("red"),
    /** The period has no numeric target (a measure in its first year, or a tracking measure). */
    BASELINING("baselining"),
    /** There is a target but no numeric result for the period. */
    NO_RESULT("no result");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    /** The word printed in reports and the command line. */
    public String label() {
        return label;
    }

    /** Whether the status puts the measure's target at risk (amber or red). */
    public boolean atRisk() {
        return this == AMBER || this == RED;
    }
}

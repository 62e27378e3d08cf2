package org.plantrace.diagram;

/** What a diagram node stands for. */
public enum NodeKind {
    /** A strategic outcome (or a sub-outcome). */
    OUTCOME,
    /** A corporate objective. */
    OBJECTIVE,
    /** A key activity of an objective (KA1, KA2, ...). */
    KEY_ACTIVITY,
    /** A measure of an objective or business group. */
    MEASURE,
    /** A whole framework, as the target of an alignment ("PS (all)"). */
    FRAMEWORK,
    /** An item of a framework: a PSA, priority action, SPP, NI, APACS SPI, Mayor's priority, ... */
    PRIORITY;

    /** Whether the node stands for an element of the plan (as opposed to a national framework). */
    public boolean isPlanElement() {
        return this == OUTCOME || this == OBJECTIVE || this == KEY_ACTIVITY || this == MEASURE;
    }
}

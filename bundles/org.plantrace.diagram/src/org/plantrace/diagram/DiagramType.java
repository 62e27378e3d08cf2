package org.plantrace.diagram;

/** The diagrams Plantrace draws. */
public enum DiagramType {
    /** Strategic outcomes, corporate objectives, key activities and headline measures. */
    STRATEGY_MAP("Strategy map"),
    /** Objectives (one or all) and the national priorities they trace to. */
    ALIGNMENT("Alignment"),
    /** One national priority and everything in the plan that depends on it. */
    IMPACT("Impact");

    private final String title;

    DiagramType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

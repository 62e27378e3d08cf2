package org.plantrace.diagram;

/** Traceability facts a node is marked with, visibly, in every rendering. */
public enum NodeState {
    /** The element the diagram is about (the objective of an alignment diagram, the priority of an impact diagram). */
    FOCUS("focus"),
    /** An objective that traces to no national priority (PSA, SPP, NI, APACS or NPP). */
    UNTRACED("no national link"),
    /** A framework item (not a heading) that no objective covers by any route. */
    UNCOVERED("not covered");

    private final String text;

    NodeState(String text) {
        this.text = text;
    }

    /** The words printed on a marked node. */
    public String text() {
        return text;
    }
}

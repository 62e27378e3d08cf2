package org.plantrace.diagram;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.trace.Scheme;

/**
 * A box of a diagram: a plan element or a framework item, its printed reference ({@link #heading()}, e.g.
 * "Objective 3", "KA4", "PSA 24 PA1"), its title, and the column it belongs to (0 = leftmost).
 */
public final class DiagramNode {

    private final String id;
    private final NodeKind kind;
    private final EObject element;
    private final String elementId;
    private final String heading;
    private final String title;
    private final Scheme scheme;
    private final EnumSet<NodeState> states = EnumSet.noneOf(NodeState.class);
    private int column;
    private final int order;
    private org.plantrace.core.progress.Rag status;

    DiagramNode(String id, NodeKind kind, EObject element, String elementId, String heading, String title, Scheme scheme,
            int column, int order) {
        this.id = id;
        this.kind = kind;
        this.element = element;
        this.elementId = elementId;
        this.heading = heading;
        this.title = title;
        this.scheme = scheme;
        this.column = column;
        this.order = order;
    }

    /** Unique within its diagram; stable across rebuilds of the same model (derived from the element's id). */
    public String id() {
        return id;
    }

    public NodeKind kind() {
        return kind;
    }

    /** The model element drawn, or null. */
    public EObject element() {
        return element;
    }

    /** The stable id of the model element (its {@code id} attribute), or null. */
    public String elementId() {
        return elementId;
    }

    /** The printed reference, bold on the first line (may be null). */
    public String heading() {
        return heading;
    }

    /** The title, wrapped below the heading (may be null). */
    public String title() {
        return title;
    }

    /** The framework scheme of a framework item or whole framework (colours it), else null. */
    public Scheme scheme() {
        return scheme;
    }

    public Set<NodeState> states() {
        return Collections.unmodifiableSet(states);
    }

    public boolean is(NodeState state) {
        return states.contains(state);
    }

    void mark(NodeState state) {
        states.add(state);
    }

    /** The progress status of the element drawn (a measure, or an objective's worst), or null when none. */
    public org.plantrace.core.progress.Rag status() {
        return status;
    }

    void status(org.plantrace.core.progress.Rag rag) {
        status = rag;
    }

    public int column() {
        return column;
    }

    void column(int c) {
        column = c;
    }

    /** Position in the order the builder added nodes (model order); ties in layout are broken by it. */
    public int order() {
        return order;
    }

    @Override
    public String toString() {
        return id + (heading == null ? "" : " [" + heading + "]");
    }
}

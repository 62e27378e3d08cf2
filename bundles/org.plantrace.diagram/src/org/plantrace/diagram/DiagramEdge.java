package org.plantrace.diagram;

import org.eclipse.emf.ecore.EObject;

/** A line of a diagram from one node to another, drawn left to right. */
public final class DiagramEdge {

    private final String id;
    private final DiagramNode source;
    private final DiagramNode target;
    private final EdgeKind kind;
    private final EObject element;

    DiagramEdge(String id, DiagramNode source, DiagramNode target, EdgeKind kind, EObject element) {
        this.id = id;
        this.source = source;
        this.target = target;
        this.kind = kind;
        this.element = element;
    }

    public String id() {
        return id;
    }

    public DiagramNode source() {
        return source;
    }

    public DiagramNode target() {
        return target;
    }

    public EdgeKind kind() {
        return kind;
    }

    /** The model element the edge stands for (the {@code Alignment} of an alignment edge), or null. */
    public EObject element() {
        return element;
    }

    @Override
    public String toString() {
        return source.id() + " -" + kind.name().toLowerCase() + "-> " + target.id();
    }
}

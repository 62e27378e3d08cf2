package org.plantrace.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Scheme;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Identified;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;

/** Creates (once per element) the node of a model element in a diagram, with its printed reference and title. */
final class Nodes {

    private final Diagram diagram;
    private final TraceIndex index;

    private org.plantrace.core.trace.Coverage coverage;

    /** The plan's coverage, from the one engine, so the diagram marks what every other view marks. */
    private org.plantrace.core.trace.Coverage coverage() {
        if (coverage == null) {
            coverage = org.plantrace.core.trace.Coverage.of(index);
        }
        return coverage;
    }

    Nodes(Diagram diagram, TraceIndex index) {
        this.diagram = diagram;
        this.index = index;
    }

    Diagram diagram() {
        return diagram;
    }

    /** The node of {@code element}, created in {@code column} if absent (an existing node keeps its column). */
    DiagramNode of(EObject element, int column) {
        String id = id(element);
        DiagramNode n = diagram.node(id);
        if (n != null) {
            return n;
        }
        n = diagram.add(create(id, element, column));
        if (element instanceof CorporateObjective o && coverage().isUntraced(o)) {
            n.mark(NodeState.UNTRACED);
        }
        if (element instanceof PriorityItem item && coverage().isGap(item)) {
            n.mark(NodeState.UNCOVERED);
        }
        return n;
    }

    boolean has(EObject element) {
        return diagram.node(id(element)) != null;
    }

    DiagramEdge edge(DiagramNode source, DiagramNode target, EdgeKind kind) {
        if (diagram.connected(source, target, kind)) {
            return null;
        }
        return diagram.connect(kind.name().toLowerCase() + ":" + source.id() + "->" + target.id(), source, target, kind,
                null);
    }

    DiagramEdge alignment(DiagramNode source, DiagramNode target, org.plantrace.model.Alignment a) {
        String id = "alignment:" + (Labels.blank(a.getId()) ? EcoreUtil.getURI(a).fragment() : a.getId());
        return diagram.connect(id, source, target, EdgeKind.ALIGNMENT, a);
    }

    /** Stable node id: kind prefix and the element's id (framework-qualified for framework items). */
    static String id(EObject element) {
        if (element instanceof PriorityItem item) {
            Framework f = Labels.frameworkOf(item);
            return "item:" + (f == null ? "?" : elementId(f)) + "/" + elementId(item);
        }
        if (element instanceof Framework f) {
            return "framework:" + elementId(f);
        }
        if (element instanceof CorporateObjective) {
            return "objective:" + elementId(element);
        }
        if (element instanceof KeyActivity) {
            return "activity:" + elementId(element);
        }
        if (element instanceof Measure) {
            return "measure:" + elementId(element);
        }
        if (element instanceof StrategicOutcome) {
            return "outcome:" + elementId(element);
        }
        return element.eClass().getName().toLowerCase() + ":" + elementId(element);
    }

    static String elementId(EObject element) {
        if (element instanceof Identified i && !Labels.blank(i.getId())) {
            return i.getId();
        }
        return element.eResource() == null ? Integer.toHexString(System.identityHashCode(element))
                : element.eResource().getURIFragment(element);
    }

    private DiagramNode create(String id, EObject element, int column) {
        int order = diagram.nodes().size();
        String elementId = elementId(element);
        if (element instanceof CorporateObjective o) {
            return new DiagramNode(id, NodeKind.OBJECTIVE, o, elementId, "Objective " + o.getNumber(), o.getLabel(), null,
                    column, order);
        }
        if (element instanceof KeyActivity ka) {
            return new DiagramNode(id, NodeKind.KEY_ACTIVITY, ka, elementId, Labels.keyActivity(ka), ka.getLabel(), null,
                    column, order);
        }
        if (element instanceof Measure m) {
            return new DiagramNode(id, NodeKind.MEASURE, m, elementId, measureHeading(m), m.getLabel(), null, column, order);
        }
        if (element instanceof StrategicOutcome s) {
            String code = Labels.blank(s.getCode()) ? null : s.getCode();
            String title = s.getLabel();
            if (code != null && code.equalsIgnoreCase(title)) {
                title = null;
            }
            return new DiagramNode(id, NodeKind.OUTCOME, s, elementId, code, title, null, column, order);
        }
        if (element instanceof Framework f) {
            return new DiagramNode(id, NodeKind.FRAMEWORK, f, elementId, Labels.printedId(f), f.getLabel(),
                    Scheme.of(f.getKind()), column, order);
        }
        if (element instanceof PriorityItem item) {
            Framework f = Labels.frameworkOf(item);
            boolean coded = !Labels.blank(item.getCode());
            return new DiagramNode(id, NodeKind.PRIORITY, item, elementId, coded ? Labels.printedId(item) : null,
                    item.getLabel(), f == null ? Scheme.OTHER : Scheme.of(f.getKind()), column, order);
        }
        String label = element instanceof Named n ? n.getLabel() : element.eClass().getName();
        return new DiagramNode(id, NodeKind.PRIORITY, element, elementId, null, label, null, column, order);
    }

    private static String measureHeading(Measure m) {
        String h = Labels.blank(m.getNumber()) ? "Measure" : "Measure " + m.getNumber();
        return Labels.blank(m.getCode()) ? h : h + " \u00b7 " + m.getCode();
    }

    static Scheme schemeOf(AlignmentTarget t) {
        Framework f = Labels.frameworkOf(t);
        return f == null ? Scheme.OTHER : Scheme.of(f.getKind());
    }
}

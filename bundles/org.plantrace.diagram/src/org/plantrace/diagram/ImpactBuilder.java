package org.plantrace.diagram;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Cover;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;

/**
 * Impact diagram of one national priority (or a whole framework): the priority, the items through which the plan
 * reaches it (a sub-item, its parent, the whole framework, an equivalent indicator), the objectives, then the key
 * activities and measures involved, then the strategic outcomes those objectives serve. Edges run from the priority
 * towards what depends on it; each alignment is one edge.
 */
final class ImpactBuilder {

    private static final int PRIORITY = 0;
    private static final int ROUTE = 1;
    private static final int OBJECTIVES = 2;
    private static final int ELEMENTS = 3;
    private static final int OUTCOMES = 4;

    private final Plan plan;
    private final AlignmentTarget subject;
    private final DiagramOptions options;
    private final TraceIndex index;
    private final Nodes nodes;
    private final Set<Alignment> drawn = Collections.newSetFromMap(new IdentityHashMap<>());

    ImpactBuilder(Plan plan, AlignmentTarget subject, DiagramOptions options) {
        this.plan = plan;
        this.subject = subject;
        this.options = options;
        this.index = TraceIndex.of(plan);
        String label = subject.getLabel();
        String printed = Labels.printedId(subject);
        this.nodes = new Nodes(new Diagram(DiagramType.IMPACT,
                "Impact \u2014 " + printed + (printed.equals(label) ? "" : ": " + label), subject), index);
    }

    Diagram build() {
        Diagram d = nodes.diagram();
        DiagramNode focus = nodes.of(subject, PRIORITY);
        focus.mark(NodeState.FOCUS);
        if (subject instanceof PriorityItem item) {
            for (Cover c : index.covers(item)) {
                Link l = c.link();
                EdgeKind route = switch (c.via()) {
                    case DIRECT -> null;
                    case CHILD -> EdgeKind.CONTAINS;
                    case PARENT -> EdgeKind.PART_OF;
                    case CORRESPONDENCE -> EdgeKind.CORRESPONDENCE;
                };
                draw(focus, l, route);
            }
        } else if (subject instanceof Framework f) {
            for (Link l : index.links()) {
                if (l.framework() == f) {
                    draw(focus, l, l.target() == f ? null : EdgeKind.CONTAINS);
                }
            }
        }
        for (DiagramNode n : d.nodes().toArray(new DiagramNode[0])) {
            if (n.element() instanceof CorporateObjective o) {
                for (StrategicOutcome s : o.getOutcomes()) {
                    DiagramNode sn = nodes.of(s, OUTCOMES);
                    nodes.edge(n, sn, EdgeKind.SERVES);
                    // the outcomes above it, to the right
                    int column = OUTCOMES + 1;
                    for (EObject p = s.eContainer(); p instanceof StrategicOutcome parent; p = p.eContainer()) {
                        DiagramNode pn = nodes.of(parent, column++);
                        nodes.edge(sn, pn, EdgeKind.PART_OF);
                        sn = pn;
                    }
                }
            }
        }
        d.columnTitle(PRIORITY, subject instanceof Framework ? "Framework" : "Priority");
        d.columnTitle(ROUTE, "Reached through");
        d.columnTitle(OBJECTIVES, StrategyMapBuilder.plural(plan.getObjectiveLabel(), "Corporate objective"));
        d.columnTitle(ELEMENTS, "Key activities and measures");
        d.columnTitle(OUTCOMES, StrategyMapBuilder.plural(plan.getOutcomeLabel(), "Strategic outcome"));
        d.compactColumns();
        return d;
    }

    private void draw(DiagramNode focus, Link l, EdgeKind route) {
        if (!options.shows(l.scheme()) || !drawn.add(l.alignment())) {
            return;
        }
        DiagramNode via = focus;
        if (route != null) {
            via = nodes.of(l.target(), ROUTE);
            nodes.edge(focus, via, route);
        }
        DiagramNode objective = l.objective() == null ? null : nodes.of(l.objective(), OBJECTIVES);
        if (l.source() == l.objective()) {
            nodes.alignment(via, objective, l.alignment());
        } else {
            DiagramNode source = nodes.of(l.source(), ELEMENTS);
            nodes.alignment(via, source, l.alignment());
            if (objective != null) {
                nodes.edge(objective, source, EdgeKind.CONTAINS);
            }
        }
        if (objective != null) {
            for (KeyActivity ka : l.alignment().getKeyActivities()) {
                if (!ka.eIsProxy()) {
                    nodes.edge(objective, nodes.of(ka, ELEMENTS), EdgeKind.CONTAINS);
                }
            }
        }
    }
}

package org.plantrace.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * Alignment diagram of one objective or of the whole plan: objectives on the left, the key activities and measures
 * that carry alignments next (for one objective: all its key activities and its headline measures), then the priorities they trace to, with their parents (PSA before its priority
 * actions) and declared equivalents (NI before its APACS SPI) to their right. One edge per alignment. The whole-plan
 * diagram also draws every item of the plan's frameworks that no objective covers.
 */
final class AlignmentBuilder {

    private static final int OBJECTIVES = 0;
    private static final int SOURCES = 1;
    private static final int ITEMS = 2;

    private final Plan plan;
    private final CorporateObjective only;
    private final DiagramOptions options;
    private final TraceIndex index;
    private final Nodes nodes;
    private final List<DiagramNode> itemNodes = new ArrayList<>();

    AlignmentBuilder(Plan plan, CorporateObjective only, DiagramOptions options, TraceIndex index) {
        this.plan = plan;
        this.only = only;
        this.options = options;
        this.index = index;
        String title = only == null ? "Alignment \u2014 " + plan.getLabel() + " (all objectives)"
                : "Alignment \u2014 Objective " + only.getNumber() + ": " + only.getLabel();
        this.nodes = new Nodes(new Diagram(DiagramType.ALIGNMENT, title, only == null ? plan : only), index);
    }

    Diagram build() {
        Diagram d = nodes.diagram();
        List<CorporateObjective> objectives = only == null ? plan.getObjectives() : List.of(only);
        for (CorporateObjective o : objectives) {
            DiagramNode on = nodes.of(o, OBJECTIVES);
            if (only != null) {
                on.mark(NodeState.FOCUS);
            }
            for (Link l : sorted(index.linksOf(o))) {
                if (!options.shows(l.scheme())) {
                    continue;
                }
                DiagramNode from = on;
                if (l.source() != o) {
                    from = nodes.of(l.source(), SOURCES);
                    nodes.edge(on, from, EdgeKind.CONTAINS);
                }
                nodes.alignment(from, target(l.target()), l.alignment());
            }
        }
        if (only != null) {
            // one objective: its key activities (and headline measures, or all with allMeasures) under the column that
            // names them, even when the alignments are the objective's own and only cite them
            DiagramNode on = nodes.of(only, OBJECTIVES);
            for (org.plantrace.model.KeyActivity ka : only.getKeyActivities()) {
                nodes.edge(on, nodes.of(ka, SOURCES), EdgeKind.CONTAINS);
            }
            for (org.plantrace.model.Measure m : only.getMeasures()) {
                if (options.allMeasures() || m.getKind() == org.plantrace.model.MeasureKind.HEADLINE
                        || !m.getAlignments().isEmpty()) {
                    nodes.edge(on, nodes.of(m, SOURCES), EdgeKind.CONTAINS);
                }
            }
        }
        if (only == null) {
            for (PriorityItem item : org.plantrace.core.trace.Coverage.of(index).gaps()) {
                if (options.shows(Nodes.schemeOf(org.plantrace.core.Labels.frameworkOf(item)))) {
                    target(item);
                }
            }
        }
        correspondences();
        rankItems();
        d.columnTitle(OBJECTIVES, StrategyMapBuilder.plural(plan.getObjectiveLabel(), "Corporate objective"));
        d.columnTitle(SOURCES, "Key activities and measures");
        d.columnTitle(ITEMS, "Priorities");
        d.columnTitle(ITEMS + 1, "Priority actions, equivalent indicators");
        d.compactColumns();
        return d;
    }

    /**
     * Links in scheme order (PSA, SPP, NI, APACS, ...), then framework order, so that items of one framework are
     * created together: ELK keeps that order wherever it costs no crossing, grouping the priorities by framework.
     */
    private List<Link> sorted(List<Link> links) {
        List<Link> out = new ArrayList<>(links);
        out.sort(Comparator.comparingInt((Link l) -> l.scheme().ordinal()).thenComparingInt(l -> index.position(l.target())));
        return out;
    }

    /** The node of an alignment target, with the chain of its parent items (each parent left of its child). */
    private DiagramNode target(AlignmentTarget t) {
        boolean fresh = !nodes.has(t);
        DiagramNode n = nodes.of(t, ITEMS);
        if (fresh) {
            itemNodes.add(n);
            if (t instanceof PriorityItem item && item.eContainer() instanceof PriorityItem parent) {
                nodes.edge(target(parent), n, EdgeKind.CONTAINS);
            }
        }
        return n;
    }

    /** Draws declared equivalences of the items drawn, adding the equivalent items, from the earlier scheme on. */
    private void correspondences() {
        for (DiagramNode n : new ArrayList<>(itemNodes)) {
            if (!(n.element() instanceof PriorityItem item) || n.is(NodeState.UNCOVERED)) {
                continue;
            }
            List<PriorityItem> partners = new ArrayList<>();
            for (PriorityItem other : item.getCorrespondsTo()) {
                if (!other.eIsProxy()) {
                    partners.add(other);
                }
            }
            partners.addAll(index.declaringCorrespondence(item));
            for (PriorityItem other : partners) {
                if (!options.shows(Nodes.schemeOf(other))) {
                    continue;
                }
                DiagramNode m = target(other);
                boolean forward = n.scheme().ordinal() < m.scheme().ordinal()
                        || n.scheme() == m.scheme() && n.order() < m.order();
                if (forward) {
                    nodes.edge(n, m, EdgeKind.CORRESPONDENCE);
                } else if (!nodes.diagram().connected(m, n, EdgeKind.CORRESPONDENCE)) {
                    nodes.edge(m, n, EdgeKind.CORRESPONDENCE);
                }
            }
        }
    }

    /** Puts every item one column right of the items pointing to it (parents, equivalents of an earlier scheme). */
    private void rankItems() {
        Map<DiagramNode, List<DiagramNode>> preds = new HashMap<>();
        for (DiagramEdge e : nodes.diagram().edges()) {
            if (e.kind() == EdgeKind.CONTAINS || e.kind() == EdgeKind.CORRESPONDENCE) {
                if (e.source().column() >= ITEMS) {
                    preds.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
                }
            }
        }
        Map<DiagramNode, Integer> rank = new HashMap<>();
        for (DiagramNode n : itemNodes) {
            n.column(ITEMS + rank(n, preds, rank, new java.util.HashSet<>()));
        }
    }

    private static int rank(DiagramNode n, Map<DiagramNode, List<DiagramNode>> preds, Map<DiagramNode, Integer> memo,
            java.util.Set<DiagramNode> onPath) {
        Integer known = memo.get(n);
        if (known != null) {
            return known;
        }
        if (!onPath.add(n)) {
            return 0; // a cycle of equivalences: break it here
        }
        int r = 0;
        for (DiagramNode p : preds.getOrDefault(n, List.of())) {
            r = Math.max(r, rank(p, preds, memo, onPath) + 1);
        }
        onPath.remove(n);
        memo.put(n, r);
        return r;
    }
}

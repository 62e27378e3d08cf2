package org.plantrace.diagram;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.MeasureKind;
import org.plantrace.model.Plan;
import org.plantrace.model.StrategicOutcome;

/**
 * Strategy map: strategic outcomes (and their sub-outcomes) delivered by corporate objectives, which carry key
 * activities and headline measures. Columns: outcomes by depth, objectives, key activities, measures.
 */
final class StrategyMapBuilder {

    private final Plan plan;
    private final DiagramOptions options;
    private final Nodes nodes;

    StrategyMapBuilder(Plan plan, DiagramOptions options) {
        this.plan = plan;
        this.options = options;
        this.nodes = new Nodes(new Diagram(DiagramType.STRATEGY_MAP, "Strategy map \u2014 " + plan.getLabel(), plan),
                TraceIndex.of(plan));
    }

    Diagram build() {
        Diagram d = nodes.diagram();
        int depth = 0;
        for (StrategicOutcome o : plan.getOutcomes()) {
            depth = Math.max(depth, depth(o));
        }
        int objectiveColumn = depth;
        for (StrategicOutcome o : plan.getOutcomes()) {
            outcome(o, 0, objectiveColumn);
        }
        for (CorporateObjective o : plan.getObjectives()) {
            DiagramNode on = nodes.of(o, objectiveColumn);
            List<Measure> measures = new ArrayList<>();
            for (Measure m : o.getMeasures()) {
                if (options.allMeasures() || m.getKind() == MeasureKind.HEADLINE) {
                    measures.add(m);
                }
            }
            // key activities and measures alternate in model order, so that ELK stacks the measures beside the key
            // activities (their edges pass between them) instead of below them
            int count = Math.max(o.getKeyActivities().size(), measures.size());
            for (int i = 0; i < count; i++) {
                if (i < o.getKeyActivities().size()) {
                    nodes.edge(on, nodes.of(o.getKeyActivities().get(i), objectiveColumn + 1), EdgeKind.CONTAINS);
                }
                if (i < measures.size()) {
                    nodes.edge(on, nodes.of(measures.get(i), objectiveColumn + 2), EdgeKind.CONTAINS);
                }
            }
        }
        String outcomes = plural(plan.getOutcomeLabel(), "Strategic outcome");
        d.columnTitle(0, outcomes);
        for (int c = 1; c < depth; c++) {
            d.columnTitle(c, outcomes + " (detail)");
        }
        d.columnTitle(objectiveColumn, plural(plan.getObjectiveLabel(), "Corporate objective"));
        d.columnTitle(objectiveColumn + 1, plural(plan.getActivityLabel(), "Key activity"));
        d.columnTitle(objectiveColumn + 2, options.allMeasures() ? "Measures" : "Headline measures");
        d.compactColumns();
        return d;
    }

    /** Adds an outcome at {@code level}, its sub-outcomes, and edges to the objectives it lists. */
    private DiagramNode outcome(StrategicOutcome o, int level, int objectiveColumn) {
        DiagramNode n = nodes.of(o, level);
        for (StrategicOutcome child : o.getChildren()) {
            nodes.edge(n, outcome(child, level + 1, objectiveColumn), EdgeKind.CONTAINS);
        }
        for (CorporateObjective obj : o.getObjectives()) {
            nodes.edge(n, nodes.of(obj, objectiveColumn), EdgeKind.DELIVERS);
        }
        return n;
    }

    private static int depth(StrategicOutcome o) {
        int d = 0;
        for (StrategicOutcome c : o.getChildren()) {
            d = Math.max(d, depth(c));
        }
        return d + 1;
    }

    static String plural(String label, String fallback) {
        String l = label == null || label.isBlank() ? fallback : label.strip();
        if (l.endsWith("y") && !l.endsWith("ey")) {
            return l.substring(0, l.length() - 1) + "ies";
        }
        return l.endsWith("s") ? l : l + "s";
    }
}

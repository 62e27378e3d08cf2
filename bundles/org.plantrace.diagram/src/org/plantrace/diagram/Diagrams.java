package org.plantrace.diagram;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.diagram.layout.ElkSetUp;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;

/**
 * Builds the traceability diagrams of a plan. Headless: no layout, no UI; see {@code DiagramLayouter}. Since a diagram
 * is built to be laid out, building one starts ELK's one-time set-up on another thread ({@link ElkSetUp}).
 */
public final class Diagrams {

    static {
        ElkSetUp.start(); // once, when the first diagram is built
    }

    private Diagrams() {
    }

    /** Strategic outcomes, corporate objectives, key activities and (headline) measures. */
    public static Diagram strategyMap(Plan plan, DiagramOptions options) {
        return new StrategyMapBuilder(plan, options).build();
    }

    /** Every objective of the plan and the priorities it traces to; uncovered items and untraced objectives marked. */
    public static Diagram alignment(Plan plan, DiagramOptions options) {
        return new AlignmentBuilder(plan, null, options, TraceIndex.of(plan)).build();
    }

    /** One objective (with its key activities and measures) and the priorities it traces to. */
    public static Diagram alignment(CorporateObjective objective, DiagramOptions options) {
        if (!(objective.eContainer() instanceof Plan plan)) {
            throw new IllegalArgumentException("objective is not in a plan: " + objective.getId());
        }
        return new AlignmentBuilder(plan, objective, options, TraceIndex.of(plan)).build();
    }

    /**
     * As {@link #alignment(CorporateObjective, DiagramOptions)}, from a trace index of the objective's plan that the
     * caller already has (one index shared by the diagrams of every objective keeps a document linear in the plan).
     */
    public static Diagram alignment(CorporateObjective objective, DiagramOptions options, TraceIndex index) {
        if (!(objective.eContainer() instanceof Plan plan)) {
            throw new IllegalArgumentException("objective is not in a plan: " + objective.getId());
        }
        return new AlignmentBuilder(plan, objective, options, index).build();
    }

    /** One priority item (or whole framework) and everything in the plan that depends on it. */
    public static Diagram impact(Plan plan, AlignmentTarget priority, DiagramOptions options) {
        return new ImpactBuilder(plan, priority, options).build();
    }

    /**
     * The diagram of a type for a subject: the plan for a strategy map or whole-plan alignment, an objective for
     * its alignment diagram, a priority item or framework for an impact diagram.
     */
    public static Diagram of(DiagramType type, Plan plan, EObject subject, DiagramOptions options) {
        return switch (type) {
            case STRATEGY_MAP -> strategyMap(plan, options);
            case ALIGNMENT -> subject instanceof CorporateObjective o ? alignment(o, options) : alignment(plan, options);
            case IMPACT -> {
                if (!(subject instanceof AlignmentTarget t)) {
                    throw new IllegalArgumentException("an impact diagram needs a priority item or framework");
                }
                yield impact(plan, t, options);
            }
        };
    }
}

package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Plan;

/**
 * The rules on an objective: it traces to a national priority in force (or is declared local, with its reason), and
 * to a National Indicator when NIs are counted.
 */
final class ObjectiveRules {

    private ObjectiveRules() {
    }

    /** The plan's counted frameworks, worked out once per validation run (per objective it made the run quadratic). */
    private record Counted(TraceIndex index, List<Framework> frameworks) {
    }

    private static List<Framework> counted(TraceIndex index, Map<Object, Object> ctx) {
        if (ctx != null && ctx.get(Counted.class) instanceof Counted c && c.index() == index) {
            return c.frameworks();
        }
        List<Framework> counted = Coverage.of(index).counted();
        if (ctx != null) {
            ctx.put(Counted.class, new Counted(index, counted));
        }
        return counted;
    }

    static boolean validate(CorporateObjective o, DiagnosticChain d, Map<Object, Object> ctx) {
        Plan plan = PlanRules.planOf(o);
        if (plan == null) {
            return true;
        }
        TraceIndex index = PlanRules.index(plan, ctx);
        List<Framework> counted = counted(index, ctx);
        if (counted.isEmpty() && plan.getParentPlans().isEmpty()) {
            return true; // told once on the plan
        }
        if (!index.tracesToNationalPriority(o)) {
            if (!Labels.blank(o.getLocalRationale())) {
                report(d, Rule.LOCAL_OBJECTIVE, o, "is local and traces to no national priority: " + o.getLocalRationale());
                return true;
            }
            report(d, Rule.UNTRACED_OBJECTIVE, o, "traces to no national priority in force during the plan's period: "
                    + "no link to any item of " + counted.stream().map(Framework::getLabel)
                            .collect(Collectors.joining(", ")));
            return false;
        }
        boolean niCounts = counted.stream().anyMatch(f -> f.getKind() == FrameworkKind.NI);
        if (niCounts && !index.tracesToNationalIndicator(o)) {
            report(d, Rule.NO_NATIONAL_INDICATOR, o, "traces to no National Indicator (NI)");
        }
        return true;
    }
}

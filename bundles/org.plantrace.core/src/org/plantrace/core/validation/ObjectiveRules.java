package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

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

    static boolean validate(CorporateObjective o, DiagnosticChain d, Map<Object, Object> ctx) {
        Plan plan = PlanRules.planOf(o);
        if (plan == null) {
            return true;
        }
        TraceIndex index = PlanRules.index(plan, ctx);
        Coverage coverage = Coverage.of(index);
        if (coverage.counted().isEmpty() && plan.getParentPlans().isEmpty()) {
            return true; // told once on the plan
        }
        if (!index.tracesToNationalPriority(o)) {
            if (!Labels.blank(o.getLocalRationale())) {
                report(d, Rule.LOCAL_OBJECTIVE, o, "is local and traces to no national priority: " + o.getLocalRationale());
                return true;
            }
            report(d, Rule.UNTRACED_OBJECTIVE, o, "traces to no national priority in force during the plan's period: "
                    + "no link to any item of " + coverage.counted().stream().map(Framework::getLabel)
                            .collect(Collectors.joining(", ")));
            return false;
        }
        boolean niCounts = coverage.counted().stream().anyMatch(f -> f.getKind() == FrameworkKind.NI);
        if (niCounts && !index.tracesToNationalIndicator(o)) {
            report(d, Rule.NO_NATIONAL_INDICATOR, o, "traces to no National Indicator (NI)");
        }
        return true;
    }
}

package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.Labels;
import org.plantrace.core.era.Lifecycle;
import org.plantrace.core.era.Period;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * The rules on a whole plan: frameworks listed and in force, links to unlisted frameworks, uncovered priorities (from
 * {@link Coverage}), frameworks ending within the plan's period, measures printed with the same number.
 */
final class PlanRules {

    private PlanRules() {
    }

    /** The trace index of the plan, computed once per validation run and kept in its context. */
    static TraceIndex index(Plan plan, Map<Object, Object> ctx) {
        if (ctx == null) {
            return TraceIndex.of(plan);
        }
        Object o = ctx.get(TraceIndex.class);
        if (o instanceof TraceIndex t && t.plan() == plan) {
            return t;
        }
        TraceIndex t = TraceIndex.of(plan);
        ctx.put(TraceIndex.class, t);
        return t;
    }

    /**
     * The plan's period, from the run's trace index when it has one for the plan (worked out once there; reading the
     * plan's years again for each link was 5 % of validating the 100x model).
     */
    static Period period(Plan plan, Map<Object, Object> ctx) {
        if (ctx != null && ctx.get(TraceIndex.class) instanceof TraceIndex t && t.plan() == plan) {
            return t.period();
        }
        return Period.ofPlan(plan);
    }

    /** The plan an element belongs to, or null (an element of a framework file). */
    static Plan planOf(EObject o) {
        EObject root = EcoreUtil.getRootContainer(o);
        return root instanceof Plan p ? p : null;
    }

    static boolean validate(Plan p, DiagnosticChain d, Map<Object, Object> ctx) {
        TraceIndex index = index(p, ctx);
        Coverage coverage = Coverage.of(index);
        if (p.getFrameworks().isEmpty() && p.getParentPlans().isEmpty()) {
            report(d, Rule.NO_FRAMEWORKS, p, "lists no national frameworks to trace to");
        } else if (coverage.counted().isEmpty() && !p.getObjectives().isEmpty() && p.getParentPlans().isEmpty()) {
            report(d, Rule.NO_NATIONAL_FRAMEWORK_IN_FORCE, p, "lists no national framework in force during its period ("
                    + index.period() + "), so tracing its objectives to national priorities is not checked");
        }
        Set<Framework> listed = new HashSet<>(p.getFrameworks());
        Set<Framework> linked = Collections.newSetFromMap(new IdentityHashMap<>()); // one pass over the links
        for (Link l : index.links()) {
            linked.add(l.framework());
        }
        for (Framework f : index.frameworks()) {
            if (linked.contains(f) && !listed.contains(f)) {
                report(d, Rule.UNLISTED_FRAMEWORK, p, "links to " + f.getLabel()
                        + " but does not list it among its frameworks, so its gaps are not reported");
            }
        }
        for (PriorityItem item : coverage.gaps()) {
            report(d, Rule.UNCOVERED_PRIORITY, item, "is covered by no objective of the plan");
        }
        reportEndedFrameworks(p, index, d);
        reportDuplicateMeasureNumbers(p, d);
        return true;
    }

    /** One warning per framework the plan links to that ends by the last day of the plan's period. */
    private static void reportEndedFrameworks(Plan p, TraceIndex index, DiagnosticChain d) {
        Map<Framework, Integer> counts = new java.util.LinkedHashMap<>();
        for (Link l : index.links()) {
            counts.merge(l.framework(), 1, Integer::sum);
        }
        for (Map.Entry<Framework, Integer> e : counts.entrySet()) {
            Framework f = e.getKey();
            if (Lifecycle.endsBy(f, index.period())) {
                report(d, Rule.ENDED_LINK, p, "has " + e.getValue() + " link(s) to " + f.getLabel()
                        + ", which is in force " + Lifecycle.inForce(f) + " and so ends by the end of the plan's period ("
                        + index.period() + "); " + Lifecycle.describeSuccessors(f) + " (each link's successor is listed"
                        + " as information; Plan > Replace Framework or 'plantrace migrate' carries them over)");
            }
        }
    }

    private static void reportDuplicateMeasureNumbers(Plan p, DiagnosticChain d) {
        Map<String, Measure> numbers = new HashMap<>();
        for (CorporateObjective o : p.getObjectives()) {
            for (Measure m : o.getMeasures()) {
                if (Labels.blank(m.getNumber())) {
                    continue;
                }
                String key = m.getKind() + "#" + m.getNumber().trim();
                Measure other = numbers.putIfAbsent(key, m);
                if (other != null) {
                    report(d, Rule.DUPLICATE_MEASURE_NUMBER, m, "has the same printed number " + m.getNumber()
                            + " as " + Labels.describe(other) + " (" + Labels.path(other) + ")");
                }
            }
        }
    }
}

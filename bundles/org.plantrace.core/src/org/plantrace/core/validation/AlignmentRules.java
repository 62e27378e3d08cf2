package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.plantrace.core.Labels;
import org.plantrace.core.era.Lifecycle;
import org.plantrace.core.era.Period;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * The rules on a link (alignment): it has a target that is not a heading, is not suspect, does not end within the
 * plan's period, reaches only listed parent plans, is not repeated, and cites its objective's key activities
 * ({@link CitationRules}).
 */
final class AlignmentRules {

    private AlignmentRules() {
    }

    static boolean validate(Alignment a, DiagnosticChain d, Map<Object, Object> ctx) {
        boolean ok = true;
        AlignmentTarget t = a.getTarget();
        if (t == null) {
            report(d, Rule.MISSING_TARGET, a, "links to nothing: choose the national priority it aligns to");
            ok = false;
        } else if (!t.eIsProxy() && t instanceof PriorityItem item && item.isGroup()) {
            report(d, Rule.GROUP_TARGET, a, "links to the heading " + Labels.printedId(item)
                    + " rather than to one of its priorities");
        }
        if (t != null && !t.eIsProxy()) {
            ok &= validateTargetInTime(a, t, d, ctx);
        }
        AlignableElement source = a.getSource();
        CorporateObjective objective = source instanceof CorporateObjective o ? o
                : source != null && source.eContainer() instanceof CorporateObjective o2 ? o2 : null;
        if (objective != null) {
            ok &= CitationRules.validate(a, objective, d);
        }
        return ok;
    }

    /**
     * Alignments of one element repeating the same link (same target, same published table): one finding per group,
     * on its second member, naming the first and counting the rest, in one pass over the element's alignments.
     */
    static void validateDuplicates(AlignableElement source, DiagnosticChain d) {
        Map<List<Object>, List<Alignment>> groups = new java.util.LinkedHashMap<>();
        for (Alignment a : source.getAlignments()) {
            AlignmentTarget t = a.getTarget();
            if (t != null && !t.eIsProxy()) {
                groups.computeIfAbsent(java.util.Arrays.asList(t, a.getPublishedIn()), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Alignment> g : groups.values()) {
            if (g.size() > 1) {
                Alignment first = g.get(0);
                String more = g.size() > 2 ? " (" + (g.size() - 1) + " repeats in all: "
                        + g.subList(1, Math.min(g.size(), 6)).stream().map(Alignment::getId)
                                .map(String::valueOf).collect(Collectors.joining(", "))
                        + (g.size() > 6 ? ", ..." : "") + ")" : "";
                report(d, Rule.DUPLICATE_ALIGNMENT, g.get(1), "repeats the link to " + Labels.printedId(first.getTarget())
                        + " already made by " + first.getId() + more);
            }
        }
    }

    /** Suspect links, links to an item that ends during the plan's period, links to unlisted parent plans. */
    private static boolean validateTargetInTime(Alignment a, AlignmentTarget t, DiagnosticChain d,
            Map<Object, Object> ctx) {
        if (SuspectLinks.isSuspect(a)) {
            report(d, Rule.SUSPECT_LINK, a, "is suspect: " + Labels.printedId(t) + " '" + t.getLabel()
                    + "' has changed its wording or definition since the link was reviewed; review the link and mark it reviewed");
        }
        Plan plan = PlanRules.planOf(a);
        if (t instanceof CorporateObjective target) {
            if (target.eContainer() instanceof Plan other && (other == plan || plan != null && !plan.getParentPlans().contains(other))) {
                report(d, Rule.UNLISTED_PARENT_PLAN, a, "links to " + Labels.describe(target) + " of "
                        + (other == plan ? "its own plan" : "'" + other.getLabel() + "', which the plan does not list among its parent plans"));
            }
            return true;
        }
        if (plan == null || !(t instanceof PriorityItem item)) {
            return true;
        }
        Period period = PlanRules.period(plan, ctx);
        if (!Lifecycle.endsBy(item, period)) {
            return true;
        }
        Framework f = Labels.frameworkOf(item);
        boolean endsBeforeItsFramework = f != null && !Lifecycle.endsBy(f, period);
        String text = "links to " + Labels.printedId(item) + " '" + item.getLabel() + "', in force "
                + Lifecycle.inForce(item) + ", which ends by the end of the plan's period; "
                + Lifecycle.describeSuccessors(item)
                + (Lifecycle.automaticSuccessor(item) != null ? "; " + Lifecycle.FOLLOWS_WITHOUT_DECISION : "");
        if (endsBeforeItsFramework) {
            // The item ends on its own (a target removed mid-period): each link is worth a warning.
            report(d, Rule.ENDED_LINK, a, text);
        } else {
            // The whole framework ends: one warning on the plan says so; each link says where it goes next.
            report(d, Rule.SUCCEEDED_ITEM, a, text);
        }
        return true;
    }
}

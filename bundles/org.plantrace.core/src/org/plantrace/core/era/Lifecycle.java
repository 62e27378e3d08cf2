package org.plantrace.core.era;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkStatus;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Succession;
import org.plantrace.model.SuccessionKind;

/**
 * The one place that says what counts as a national priority and when a framework or item is in force. Every
 * rule, view, report and document asks here.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** Whether links to this framework count as tracing to national priorities: its {@code national} flag. */
    public static boolean isNational(Framework f) {
        return f != null && !f.eIsProxy() && f.isNational();
    }

    /** When the framework is in force. */
    public static Period inForce(Framework f) {
        return Period.between(f.getInForceFrom(), f.getInForceTo());
    }

    /** When the item is in force: its own dates where set, else its framework's (an item cannot outlive it). */
    public static Period inForce(PriorityItem item) {
        Framework f = Labels.frameworkOf(item);
        Period outer = f == null ? Period.ALWAYS : inForce(f);
        Period own = Period.between(item.getInForceFrom(), item.getInForceTo());
        for (EObject p = item.eContainer(); p instanceof PriorityItem parent; p = p.eContainer()) {
            Period up = Period.between(parent.getInForceFrom(), parent.getInForceTo());
            own = narrow(own, up);
        }
        return narrow(own, outer);
    }

    public static Period inForce(AlignmentTarget t) {
        if (t instanceof Framework f) {
            return inForce(f);
        }
        if (t instanceof PriorityItem i) {
            return inForce(i);
        }
        return Period.ALWAYS;
    }

    private static Period narrow(Period a, Period b) {
        var from = a.from() == null ? b.from() : b.from() == null || a.from().isAfter(b.from()) ? a.from() : b.from();
        var to = a.to() == null ? b.to() : b.to() == null || a.to().isBefore(b.to()) ? a.to() : b.to();
        return new Period(from, to);
    }

    /** Whether the framework is in force on some day of {@code period}. */
    public static boolean inForceDuring(Framework f, Period period) {
        return inForce(f).overlaps(period);
    }

    /** Whether the target (framework or item) is in force on some day of {@code period}. */
    public static boolean inForceDuring(AlignmentTarget t, Period period) {
        return inForce(t).overlaps(period);
    }

    /** Whether the framework counts for coverage in {@code period}: national and in force during it. */
    public static boolean counts(Framework f, Period period) {
        return isNational(f) && inForceDuring(f, period);
    }

    /** Whether the target ends (is withdrawn or superseded) before the last day of {@code period}. */
    public static boolean endsBy(AlignmentTarget t, Period period) {
        Period p = inForce(t);
        return p.endsBeforeEndOf(period) || (t instanceof Framework f && isEnded(f));
    }

    private static boolean isEnded(Framework f) {
        return f.getStatus() != FrameworkStatus.IN_FORCE && Period.date(f.getInForceTo()).isEmpty();
    }

    /** The successions of an item, or an empty list for frameworks and items without any. */
    public static List<Succession> successions(AlignmentTarget t) {
        return t instanceof PriorityItem i ? i.getSuccessions() : List.of();
    }

    /** The item's successors in words: {@code same: KPI 4 (Property crime); split: ...}; "none named" if none. */
    public static String describeSuccessors(AlignmentTarget t) {
        List<Succession> all = successions(t);
        if (all.isEmpty()) {
            if (t instanceof Framework f && !f.getSupersededBy().isEmpty()) {
                return "superseded by " + f.getSupersededBy().stream().map(Framework::getLabel)
                        .collect(Collectors.joining(", "));
            }
            return "no successor named";
        }
        return all.stream().map(Lifecycle::describe).collect(Collectors.joining("; "));
    }

    private static String describe(Succession s) {
        String kind = words(s.getKind());
        if (s.getKind() == SuccessionKind.WITHDRAWN || s.getSuccessors().isEmpty()) {
            return kind;
        }
        return kind + " " + s.getSuccessors().stream()
                .map(i -> i.eIsProxy() ? "(unresolved)" : Labels.printedId(i) + " '" + i.getLabel() + "'")
                .collect(Collectors.joining(", "));
    }

    /** The kind of a succession as people say it. */
    public static String words(SuccessionKind kind) {
        return switch (kind) {
            case SAME -> "continued as";
            case BROADENED -> "broadened into";
            case NARROWED -> "narrowed to";
            case CHANGED_BASIS -> "measured on a changed basis as";
            case MERGED -> "merged into";
            case SPLIT -> "split into";
            case WITHDRAWN -> "withdrawn with no successor";
        };
    }

    /**
     * What a finding about a link says when the link can follow its item's successor without a decision (the
     * workbench offers a quick fix on findings that say it; {@code plantrace migrate} moves such links).
     */
    public static final String FOLLOWS_WITHOUT_DECISION = "the link can follow it without a decision";

    /** Whether a link to the item may move to its successor without a decision (one successor, same/broadened/merged). */
    public static PriorityItem automaticSuccessor(AlignmentTarget t) {
        PriorityItem only = null;
        for (Succession s : successions(t)) {
            boolean moves = s.getKind() == SuccessionKind.SAME || s.getKind() == SuccessionKind.BROADENED
                    || s.getKind() == SuccessionKind.MERGED;
            if (!moves || s.getSuccessors().size() != 1 || only != null) {
                return null;
            }
            only = s.getSuccessors().get(0);
        }
        return only;
    }
}

package org.plantrace.core.era;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Succession;
import org.plantrace.model.SuccessionKind;

/**
 * Carrying a plan from a framework onto the one that replaces it. Every link to the old framework follows the
 * typed successions of its item: a link whose item continues, is broadened or is merged into one item of the new
 * framework moves to it; a link whose item is split, narrowed, measured on a changed basis, withdrawn or has no
 * succession into the new framework is listed for a decision and left as it is. Nothing is dropped silently.
 *
 * <p>{@link #plan} only works out what would change; {@link #apply} makes the change on the model (the command line
 * then saves atomically; the workbench wraps the same {@link Edit}s in one undoable command).
 */
public final class FrameworkMigration {

    /** A link moved to a successor. */
    public record Move(Alignment alignment, AlignmentTarget from, AlignmentTarget to, SuccessionKind kind) {
    }

    /** A link left for someone to decide, with why and the candidates (if any). */
    public record Decision(Alignment alignment, AlignmentTarget from, String reason, List<PriorityItem> candidates) {
    }

    /** One change of the model: set {@code feature} of {@code owner} to {@code value}. */
    public record Edit(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
    }

    /** What replacing a framework does to a plan, and what it does to its coverage. */
    public record Result(Plan plan, Framework from, Framework to, List<Move> moves, List<Decision> decisions,
            List<Edit> edits, int gapsBefore, int gapsAfter, int untracedBefore, int untracedAfter) {

        /** The report for people, one line per moved link or decision. */
        public String report() {
            StringBuilder b = new StringBuilder();
            b.append("Replacing ").append(from.getLabel()).append(" with ").append(to.getLabel()).append(" in ")
                    .append(plan.getLabel()).append('\n');
            b.append(String.format("%nMOVED: %d link(s)%n", moves.size()));
            for (Move m : moves) {
                b.append(String.format("  %s [%s]: %s -> %s (%s)%n", Labels.path(m.alignment().getSource()),
                        m.alignment().getId(), Labels.printedId(m.from()), Labels.printedId(m.to()),
                        Lifecycle.words(m.kind())));
            }
            b.append(String.format("%nNEEDS A DECISION: %d link(s), left as they are%n", decisions.size()));
            for (Decision d : decisions) {
                b.append(String.format("  %s [%s]: %s -- %s%s%n", Labels.path(d.alignment().getSource()),
                        d.alignment().getId(), Labels.printedId(d.from()), d.reason(),
                        d.candidates().isEmpty() ? "" : "; candidates: " + d.candidates().stream()
                                .map(i -> Labels.printedId(i) + " '" + i.getLabel() + "'")
                                .collect(java.util.stream.Collectors.joining(", "))));
            }
            b.append(String.format("%nCOVERAGE: %d uncovered national priorities before, %d after; "
                    + "%d objective(s) tracing to no national priority before, %d after%n", gapsBefore, gapsAfter,
                    untracedBefore, untracedAfter));
            return b.toString();
        }
    }

    private FrameworkMigration() {
    }

    /** Works out the replacement of {@code from} by {@code to} in {@code plan}; the model is left as it was. */
    public static Result plan(Plan plan, Framework from, Framework to) {
        List<Move> moves = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (!(it.next() instanceof Alignment a) || a.getTarget() == null || a.getTarget().eIsProxy()) {
                continue;
            }
            AlignmentTarget t = a.getTarget();
            if (Labels.frameworkOf(t) != from) {
                continue;
            }
            if (t == from) {
                moves.add(new Move(a, t, to, SuccessionKind.SAME));
                edits.add(new Edit(a, org.plantrace.model.PlantracePackage.Literals.ALIGNMENT__TARGET, to));
                edits.add(new Edit(a, org.plantrace.model.PlantracePackage.Literals.ALIGNMENT__REVIEWED_AGAINST,
                        SuspectLinks.fingerprint(to)));
                continue;
            }
            PriorityItem item = (PriorityItem) t;
            List<PriorityItem> candidates = new ArrayList<>();
            SuccessionKind kind = null;
            for (Succession s : item.getSuccessions()) {
                for (PriorityItem succ : s.getSuccessors()) {
                    if (!succ.eIsProxy() && Labels.frameworkOf(succ) == to) {
                        candidates.add(succ);
                        kind = kind == null ? s.getKind() : kind;
                    }
                }
            }
            boolean withdrawn = item.getSuccessions().stream().anyMatch(s -> s.getKind() == SuccessionKind.WITHDRAWN);
            boolean moves1 = candidates.size() == 1 && (kind == SuccessionKind.SAME || kind == SuccessionKind.BROADENED
                    || kind == SuccessionKind.MERGED);
            if (moves1) {
                PriorityItem succ = candidates.get(0);
                moves.add(new Move(a, item, succ, kind));
                edits.add(new Edit(a, org.plantrace.model.PlantracePackage.Literals.ALIGNMENT__TARGET, succ));
                edits.add(new Edit(a, org.plantrace.model.PlantracePackage.Literals.ALIGNMENT__REVIEWED_AGAINST,
                        SuspectLinks.fingerprint(succ)));
            } else if (withdrawn) {
                decisions.add(new Decision(a, item, "withdrawn with no successor: remove the link or keep it as history",
                        List.of()));
            } else if (candidates.isEmpty()) {
                decisions.add(new Decision(a, item, "no succession into " + to.getLabel() + " is recorded", List.of()));
            } else {
                decisions.add(new Decision(a, item, Lifecycle.words(kind) + " " + candidates.size()
                        + " item(s): choose which the link should follow", candidates));
            }
        }
        int gapsBefore;
        int untracedBefore;
        {
            Coverage c = Coverage.of(TraceIndex.of(plan));
            gapsBefore = c.gaps().size();
            untracedBefore = c.untraced().size();
        }
        // Coverage after: apply, measure, restore.
        List<Object> old = new ArrayList<>();
        for (Edit e : edits) {
            old.add(e.owner().eGet(e.feature()));
        }
        List<Framework> listedBefore = new ArrayList<>(plan.getFrameworks());
        int gapsAfter;
        int untracedAfter;
        try {
            applyEdits(plan, from, to, edits);
            Coverage c = Coverage.of(TraceIndex.of(plan));
            gapsAfter = c.gaps().size();
            untracedAfter = c.untraced().size();
        } finally {
            for (int i = edits.size() - 1; i >= 0; i--) {
                edits.get(i).owner().eSet(edits.get(i).feature(), old.get(i));
            }
            plan.getFrameworks().clear();
            plan.getFrameworks().addAll(listedBefore);
        }
        return new Result(plan, from, to, moves, decisions, edits, gapsBefore, gapsAfter, untracedBefore,
                untracedAfter);
    }

    /** Makes the replacement worked out by {@link #plan}: moves the links and lists the new framework in place. */
    public static void apply(Result r) {
        applyEdits(r.plan(), r.from(), r.to(), r.edits());
    }

    private static void applyEdits(Plan plan, Framework from, Framework to, List<Edit> edits) {
        for (Edit e : edits) {
            e.owner().eSet(e.feature(), e.value());
        }
        int at = plan.getFrameworks().indexOf(from);
        if (!plan.getFrameworks().contains(to)) {
            if (at >= 0) {
                plan.getFrameworks().add(at + 1, to);
            } else {
                plan.getFrameworks().add(to);
            }
        }
        boolean stillLinked = false;
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext() && !stillLinked;) {
            if (it.next() instanceof Alignment a && a.getTarget() != null && Labels.frameworkOf(a.getTarget()) == from) {
                stillLinked = true;
            }
        }
        if (!stillLinked) {
            plan.getFrameworks().remove(from);
        }
    }
}

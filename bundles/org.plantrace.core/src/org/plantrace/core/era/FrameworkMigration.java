package org.plantrace.core.era;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * <p>The decisions can be given in advance ({@link Choice}, e.g. from a decisions file kept with the plan): a listed
 * link can follow an item of the new framework the analyst chose, be removed, or be kept as history.
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

    /** An analyst's decision for one link that the successions cannot carry by themselves. */
    public sealed interface Choice {
        /** Follow the item of the new framework with this id or printed code. */
        record Follow(String item) implements Choice {
        }

        /** Remove the link: its priority has no successor the plan serves. */
        record Remove() implements Choice {
        }

        /** Keep the link to the old item as history. */
        record Keep() implements Choice {
        }
    }

    /** A link the analyst decided about, and what was decided (in words). */
    public record Decided(Alignment alignment, AlignmentTarget from, String what) {
    }

    /** One change of the model: set {@code feature} of {@code owner} to {@code value}. */
    public record Edit(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
    }

    /** What replacing a framework does to a plan, and what it does to its coverage. */
    public record Result(Plan plan, Framework from, Framework to, List<Move> moves, List<Decision> decisions,
            List<Edit> edits, int gapsBefore, int gapsAfter, int untracedBefore, int untracedAfter,
            List<Decided> decided, List<Alignment> removals, List<String> unknownChoices) {

        /** Whether the old framework stays listed: some link still points into it (undecided or kept). */
        public boolean keepsOldFramework() {
            return !decisions.isEmpty() || decided.stream().anyMatch(d -> d.what().startsWith("kept"));
        }

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
            if (!decided.isEmpty()) {
                b.append(String.format("%nDECIDED: %d link(s)%n", decided.size()));
                for (Decided d : decided) {
                    b.append(String.format("  %s [%s]: %s -- %s%n", Labels.path(d.alignment().getSource()),
                            d.alignment().getId(), Labels.printedId(d.from()), d.what()));
                }
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
        return plan(plan, from, to, Map.of());
    }

    /**
     * As {@link #plan(Plan, Framework, Framework)}, with the analyst's {@code choices} for links (by link id) that
     * need a decision. A choice for a link the successions move anyway is ignored; a choice naming no link of the
     * old framework, or an item the new framework does not hold, is listed in {@link Result#unknownChoices()}.
     */
    public static Result plan(Plan plan, Framework from, Framework to, Map<String, Choice> choices) {
        List<Move> moves = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        List<Decided> decided = new ArrayList<>();
        List<Alignment> removals = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
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
                retarget(edits, a, to);
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
                retarget(edits, a, succ);
            } else if (choices.containsKey(a.getId())) {
                used.add(a.getId());
                Choice choice = choices.get(a.getId());
                if (choice instanceof Choice.Remove) {
                    removals.add(a);
                    decided.add(new Decided(a, item, "removed"));
                } else if (choice instanceof Choice.Keep) {
                    decided.add(new Decided(a, item, "kept as history"));
                } else if (choice instanceof Choice.Follow f) {
                    PriorityItem chosen = itemOf(to, f.item());
                    if (chosen == null) {
                        unknown.add(a.getId() + ": " + to.getLabel() + " has no item '" + f.item() + "'");
                        decisions.add(new Decision(a, item, "the chosen item '" + f.item() + "' is not in "
                                + to.getLabel(), candidates));
                    } else {
                        decided.add(new Decided(a, item, "follows " + Labels.printedId(chosen) + " '"
                                + chosen.getLabel() + "' (chosen)"));
                        retarget(edits, a, chosen);
                    }
                }
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
        for (String id : choices.keySet()) {
            if (!used.contains(id) && moves.stream().noneMatch(m -> id.equals(m.alignment().getId()))) {
                unknown.add(id + ": no link of the plan to " + from.getLabel() + " has this id");
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
        Map<Alignment, Place> places = new LinkedHashMap<>();
        for (Alignment a : removals) {
            places.put(a, Place.of(a));
        }
        int gapsAfter;
        int untracedAfter;
        try {
            applyEdits(plan, from, to, edits, removals);
            Coverage c = Coverage.of(TraceIndex.of(plan));
            gapsAfter = c.gaps().size();
            untracedAfter = c.untraced().size();
        } finally {
            List<Map.Entry<Alignment, Place>> back = new ArrayList<>(places.entrySet());
            for (int i = back.size() - 1; i >= 0; i--) {
                back.get(i).getValue().restore(back.get(i).getKey());
            }
            for (int i = edits.size() - 1; i >= 0; i--) {
                edits.get(i).owner().eSet(edits.get(i).feature(), old.get(i));
            }
            plan.getFrameworks().clear();
            plan.getFrameworks().addAll(listedBefore);
        }
        return new Result(plan, from, to, moves, decisions, edits, gapsBefore, gapsAfter, untracedBefore,
                untracedAfter, decided, removals, unknown);
    }

    /** The edits pointing {@code a} at {@code target}, reviewed against its current wording. */
    private static void retarget(List<Edit> edits, Alignment a, AlignmentTarget target) {
        edits.add(new Edit(a, org.plantrace.model.PlantracePackage.Literals.ALIGNMENT__TARGET, target));
        edits.add(new Edit(a, org.plantrace.model.PlantracePackage.Literals.ALIGNMENT__REVIEWED_AGAINST,
                SuspectLinks.fingerprint(target)));
    }

    /** The item of {@code f} whose id or printed code is {@code key} (codes compared ignoring case and spaces). */
    public static PriorityItem itemOf(Framework f, String key) {
        String k = key.replace(" ", "");
        for (Iterator<EObject> it = f.eAllContents(); it.hasNext();) {
            if (it.next() instanceof PriorityItem i && (key.equals(i.getId())
                    || i.getCode() != null && i.getCode().replace(" ", "").equalsIgnoreCase(k))) {
                return i;
            }
        }
        return null;
    }

    /** Where an alignment sits in its container, to put it back after working out the coverage. */
    private record Place(EObject owner, org.eclipse.emf.ecore.EReference feature, int index) {
        static Place of(Alignment a) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) a.eContainer().eGet(a.eContainmentFeature());
            return new Place(a.eContainer(), (org.eclipse.emf.ecore.EReference) a.eContainmentFeature(), list.indexOf(a));
        }

        void restore(Alignment a) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) owner.eGet(feature);
            if (!list.contains(a)) {
                list.add(Math.min(index, list.size()), a);
            }
        }
    }

    /** Makes the replacement worked out by {@link #plan}: moves the links and lists the new framework in place. */
    public static void apply(Result r) {
        applyEdits(r.plan(), r.from(), r.to(), r.edits(), r.removals());
    }

    private static void applyEdits(Plan plan, Framework from, Framework to, List<Edit> edits, List<Alignment> removals) {
        for (Edit e : edits) {
            e.owner().eSet(e.feature(), e.value());
        }
        for (Alignment a : removals) {
            org.eclipse.emf.ecore.util.EcoreUtil.remove(a);
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

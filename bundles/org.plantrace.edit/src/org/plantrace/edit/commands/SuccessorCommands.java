package org.plantrace.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.plantrace.core.Labels;
import org.plantrace.core.era.Lifecycle;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.model.Alignment;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.PriorityItem;

/**
 * Moves links to the successor of their item where the succession needs no decision (one successor that
 * continues the item unchanged, broadened or merged: {@link Lifecycle#automaticSuccessor}), as
 * {@code plantrace migrate} does for a whole framework: the link's target becomes the successor, it is marked
 * reviewed against it, and the plan lists the successor's framework if it did not. One undoable command.
 */
public final class SuccessorCommands {

    private SuccessorCommands() {
    }

    /** The links among {@code links} that can follow their item's successor without a decision. */
    public static List<Alignment> movable(Collection<Alignment> links) {
        List<Alignment> out = new ArrayList<>();
        for (Alignment a : links) {
            if (a.getTarget() != null && !a.getTarget().eIsProxy()) {
                PriorityItem next = Lifecycle.automaticSuccessor(a.getTarget());
                if (next != null && !next.eIsProxy()) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The command moving each movable link of {@code links} to its successor, or null when none can move. */
    public static Command follow(EditingDomain domain, Plan plan, Collection<Alignment> links) {
        List<Alignment> move = movable(links);
        if (move.isEmpty()) {
            return null;
        }
        String label;
        if (move.size() == 1) {
            label = "Move Link to " + Labels.printedId(Lifecycle.automaticSuccessor(move.get(0).getTarget()));
        } else {
            label = "Move " + move.size() + " Links to Successors";
        }
        CompoundCommand c = new CompoundCommand(label);
        List<Framework> listed = new ArrayList<>(plan.getFrameworks());
        for (Alignment a : move) {
            PriorityItem next = Lifecycle.automaticSuccessor(a.getTarget());
            c.append(SetCommand.create(domain, a, PlantracePackage.Literals.ALIGNMENT__TARGET, next));
            c.append(SetCommand.create(domain, a, PlantracePackage.Literals.ALIGNMENT__REVIEWED_AGAINST,
                    SuspectLinks.fingerprint(next)));
            Framework f = Labels.frameworkOf(next);
            if (f != null && !listed.contains(f)) {
                listed.add(f);
                c.append(AddCommand.create(domain, plan, PlantracePackage.Literals.PLAN__FRAMEWORKS, f));
            }
        }
        return c.canExecute() ? c : null;
    }
}

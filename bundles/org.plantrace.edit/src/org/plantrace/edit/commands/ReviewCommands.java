package org.plantrace.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.core.validation.PlanValidator;
import org.plantrace.model.Alignment;
import org.plantrace.model.Named;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Wording;

/**
 * An analyst's reviews as one undoable command each: accepting the published wordings that differ from the titles,
 * and recording the current wording of suspect links' targets as reviewed.
 */
public final class ReviewCommands {

    private ReviewCommands() {
    }

    /** Marks the unreviewed published wordings of {@code elements} reviewed; null when there is none. */
    public static Command acceptWordings(EditingDomain domain, Collection<? extends EObject> elements) {
        CompoundCommand c = new CompoundCommand("Accept Published Wordings");
        for (EObject e : elements) {
            if (e instanceof Named n) {
                for (Wording w : PlanValidator.unreviewedWordings(n)) {
                    c.append(SetCommand.create(domain, w, PlantracePackage.Literals.WORDING__REVIEWED, Boolean.TRUE));
                }
            }
        }
        return c.isEmpty() || !c.canExecute() ? null : c;
    }

    /** The links under {@code elements} (or the alignments themselves) that a review would record. */
    public static List<Alignment> linksToReview(Collection<? extends EObject> elements) {
        Set<Alignment> out = new LinkedHashSet<>();
        for (EObject e : elements) {
            List<EObject> scope = new ArrayList<>();
            scope.add(e);
            e.eAllContents().forEachRemaining(scope::add);
            for (EObject o : scope) {
                if (o instanceof Alignment a) {
                    String now = SuspectLinks.reviewedValue(a);
                    if (now != null && !now.equals(a.getReviewedAgainst())) {
                        out.add(a);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Records the current wording of the targets of the suspect links among {@code elements}; null when none. */
    public static Command reviewLinks(EditingDomain domain, Collection<? extends EObject> elements) {
        List<Alignment> links = linksToReview(elements);
        CompoundCommand c = new CompoundCommand(
                links.size() == 1 ? "Mark Link Reviewed" : "Mark " + links.size() + " Links Reviewed");
        for (Alignment a : links) {
            c.append(SetCommand.create(domain, a, PlantracePackage.Literals.ALIGNMENT__REVIEWED_AGAINST,
                    SuspectLinks.reviewedValue(a)));
        }
        return c.isEmpty() || !c.canExecute() ? null : c;
    }
}

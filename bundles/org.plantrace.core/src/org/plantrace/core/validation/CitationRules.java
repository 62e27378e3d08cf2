package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.KeyActivityCitation;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;

/**
 * The key activities a link cites: each belongs to the link's objective, each published number exists, and the
 * published citation ("KA1, 3") names the key activities the link holds.
 */
final class CitationRules {

    private CitationRules() {
    }

    static boolean validate(Alignment a, CorporateObjective objective, DiagnosticChain d) {
        boolean ok = true;
        int count = objective.getKeyActivities().size();
        String prefix = prefixOf(objective);
        for (KeyActivity ka : a.getKeyActivities()) {
            if (!ka.eIsProxy() && ka.eContainer() != objective) {
                report(d, Rule.FOREIGN_KEY_ACTIVITY, a, "refers to " + Labels.describe(ka) + " of "
                        + Labels.describe(ka.eContainer()) + ", not of " + Labels.describe(objective));
                ok = false;
            }
        }
        if (a.getPublishedKeyActivities() == null) {
            return ok;
        }
        KeyActivityCitation.Result citation = KeyActivityCitation.parseChecked(a.getPublishedKeyActivities());
        SortedSet<Integer> cited = citation.numbers();
        if (!citation.rejected().isEmpty()) {
            report(d, Rule.MISSING_KEY_ACTIVITY, a, "cites " + citation.rejected().stream().map(r -> prefix + r)
                    .collect(Collectors.joining(", ")) + " (published as \"" + a.getPublishedKeyActivities()
                    + "\"), a number no key activity can have; " + Labels.describe(objective) + " has " + count
                    + " key activities");
            ok = false;
        }
        SortedSet<Integer> missing = new TreeSet<>();
        for (int n : cited) {
            if (n < 1 || n > count) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            report(d, Rule.MISSING_KEY_ACTIVITY, a, "cites " + missing.stream().map(n -> prefix + n)
                    .collect(Collectors.joining(", ")) + " (published as \"" + a.getPublishedKeyActivities()
                    + "\") but " + Labels.describe(objective) + " has " + count + " key activities");
            ok = false;
        }
        SortedSet<Integer> linked = new TreeSet<>();
        for (KeyActivity ka : a.getKeyActivities()) {
            if (!ka.eIsProxy() && ka.eContainer() == objective) {
                linked.add(ka.getNumber());
            }
        }
        SortedSet<Integer> existingCited = new TreeSet<>(cited);
        existingCited.removeAll(missing);
        if (!existingCited.equals(linked)) {
            report(d, Rule.CITATION_MISMATCH, a, "is published as \"" + a.getPublishedKeyActivities()
                    + "\" but links " + (linked.isEmpty() ? "no key activity" : linked.stream()
                            .map(n -> prefix + n).collect(Collectors.joining(", "))));
        }
        return ok;
    }

    private static String prefixOf(CorporateObjective o) {
        return o.eContainer() instanceof Plan p && p.getActivityPrefix() != null ? p.getActivityPrefix() : "KA";
    }
}

package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.model.Alignment;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** {@code plantrace review-links}: marks suspect links as reviewed against their targets' current wording. */
final class ReviewLinksCommand implements Command {

    @Override
    public String name() {
        return "review-links";
    }

    @Override
    public String summary() {
        return "mark suspect links reviewed after checking them against the changed framework items";
    }

    @Override
    public String help() {
        return "Usage: plantrace review-links <plan> [--link ID,...] [--dry-run]\n\n"
                + """
                A link is suspect when the framework item it points to has changed its code, title or
                description since the link was made or last reviewed ('plantrace validate' lists them as
                suspect-link warnings). After checking that each still holds, mark them reviewed: the link
                records the item's current wording, and is no longer suspect until the item changes again.
                Links that carry no record yet (made before links were fingerprinted) are recorded too.

                Without --link every such link of the plan is marked; the plan is saved atomically.
                Exit code 0; 2 for unusable input or an unknown link id.

                Options:
                  --link IDS  only these alignments (comma-separated ids)
                  --dry-run   list what would be marked; save nothing
                  --help      this help
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("link");
    }

    @Override
    public Set<String> flags() {
        return Set.of("dry-run");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, IOException {
        if (positionals.size() != 1) {
            throw new UsageException("expected one plan; got " + positionals.size());
        }
        Path file = Path.of(positionals.get(0));
        Plan plan = ModelStore.loadPlan(file);
        EcoreUtil.resolveAll(plan);
        List<Alignment> marked = new ArrayList<>(SuspectLinks.toReview(plan));
        if (args.has("link")) {
            List<Alignment> chosen = new ArrayList<>();
            for (String id : args.get("link", "").split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                if (!(plan.eResource().getEObject(id.trim()) instanceof Alignment a)) {
                    throw new UsageException(file + " has no link with id '" + id.trim() + "'");
                }
                if (marked.contains(a)) {
                    chosen.add(a);
                }
            }
            marked = chosen;
        }
        int suspect = 0;
        for (Alignment a : marked) {
            boolean wasSuspect = SuspectLinks.isSuspect(a);
            suspect += wasSuspect ? 1 : 0;
            out.printf("%s %s [%s] -> %s%n", wasSuspect ? "reviewed " : "recorded ", Labels.path(a.getSource()),
                    a.getId(), Labels.printedId(a.getTarget()));
        }
        out.printf("%d suspect link(s) marked reviewed, %d link(s) recorded for the first time%n", suspect,
                marked.size() - suspect);
        if (args.has("dry-run") || marked.isEmpty()) {
            return OK;
        }
        for (Alignment a : marked) {
            a.setReviewedAgainst(SuspectLinks.reviewedValue(a));
        }
        ModelStore.save(plan.eResource());
        out.println("saved " + file);
        return OK;
    }
}

package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.plantrace.core.era.FrameworkMigration;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** {@code plantrace migrate}: carries a plan from a framework onto the one that replaces it. */
final class MigrateCommand implements Command {

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String summary() {
        return "carry a plan's links from a framework onto the one that replaces it (item successions)";
    }

    @Override
    public String help() {
        return "Usage: plantrace migrate <plan> --from <old.framework> --to <new.framework> [--decisions FILE]"
                + " [--dry-run]\n\n"
                + """
                Moves every link of the plan to an item of the old framework along the item's recorded
                succession: a link whose item continues unchanged, is broadened or is merged into one item
                of the new framework moves to it (and is marked reviewed against it). Links whose item is
                split, narrowed, measured on a changed basis, withdrawn or has no succession into the new
                framework are listed as needing a decision and left as they are. The plan then lists the new
                framework (and no longer the old one once nothing links to it).

                The decisions can be written down in a decisions file, one line per link:
                    <link id>  follow <item id or code of the new framework>
                    <link id>  remove
                    <link id>  keep          (keep the link to the old item as history)
                Blank lines and lines starting with '#' are ignored. The report lists what was decided.

                Prints what moved, what was decided, what still needs a decision, and the plan's coverage
                before and after. The plan file is saved atomically; nothing else is written. With
                --dry-run nothing is saved. Exit code 0 when every link moved or was decided, 1 when some
                still need a decision, 2 for unusable input (a decisions line naming no such link or item
                included: then nothing is saved).

                Options:
                  --from FILE   the framework being replaced (must be listed by or linked from the plan)
                  --to FILE     the framework replacing it
                  --decisions FILE  the analyst's decisions for links the successions do not carry
                  --dry-run     report only; do not save the plan
                  --help        this help
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("from", "to", "decisions");
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
        if (!args.has("from") || !args.has("to")) {
            throw new UsageException("--from <old.framework> and --to <new.framework> are both required");
        }
        Path planFile = Path.of(positionals.get(0));
        var rs = ModelStore.newResourceSet();
        Plan plan = ModelStore.loadRoot(rs, planFile, Plan.class);
        Framework from = ModelStore.loadRoot(rs, Path.of(args.get("from", null)), Framework.class);
        Framework to = ModelStore.loadRoot(rs, Path.of(args.get("to", null)), Framework.class);
        if (from == to) {
            throw new UsageException("--from and --to name the same framework");
        }
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(plan);
        java.util.Map<String, FrameworkMigration.Choice> choices = args.has("decisions")
                ? MigrationDecisions.read(Path.of(args.get("decisions", null)))
                : java.util.Map.of();
        FrameworkMigration.Result result = FrameworkMigration.plan(plan, from, to, choices);
        if (!result.unknownChoices().isEmpty()) {
            throw new UsageException(args.get("decisions", "") + ": " + String.join("; ", result.unknownChoices())
                    + " (nothing saved)");
        }
        if (result.moves().isEmpty() && result.decisions().isEmpty() && result.decided().isEmpty()) {
            throw new UsageException(planFile + " has no link to " + from.getLabel() + " (" + args.get("from", "")
                    + "): nothing to migrate");
        }
        out.print(result.report());
        if (args.has("dry-run")) {
            out.println("\n(dry run: " + planFile + " not changed)");
        } else {
            FrameworkMigration.apply(result);
            ModelStore.save(plan.eResource());
            out.println("\nsaved " + planFile);
        }
        return result.decisions().isEmpty() ? OK : FINDINGS;
    }
}

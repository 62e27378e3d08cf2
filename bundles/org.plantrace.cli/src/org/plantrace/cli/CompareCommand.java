package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.plantrace.core.compare.PlanComparison;
import org.plantrace.core.compare.PlanComparison.Change;
import org.plantrace.core.text.Json;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** {@code plantrace compare}: what changed between two versions of a plan. */
final class CompareCommand implements Command {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "list what changed between two versions of a plan (elements, links, targets)";
    }

    @Override
    public String help() {
        return "Usage: plantrace compare <before.plan> <after.plan> [--format text|json]\n\n"
                + """
                Matches the two plans by their stable ids and lists, in the order of the later plan:
                outcomes, objectives, key activities, measures and business groups added, removed,
                retitled, renumbered (e.g. KA3 -> KA2 after a reorder) or moved; links to national
                priorities added or removed, and changes to the key activities a link cites; measure
                targets changed per year. Ends with a one-line summary. Exit code 0 whether or not
                anything changed; 2 when a file cannot be read.

                Options:
                  --format FORMAT  text (default) or json
                  --help           this help
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("format");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException {
        if (positionals.size() != 2) {
            throw new UsageException("expected two plans, <before.plan> <after.plan>; got " + positionals.size());
        }
        String format = args.choice("format", "text", List.of("text", "json"));
        Plan before = ModelStore.loadPlan(Path.of(positionals.get(0)));
        Plan after = ModelStore.loadPlan(Path.of(positionals.get(1)));
        List<Change> changes = PlanComparison.compare(before, after);
        if (format.equals("json")) {
            Json j = new Json().beginArray();
            for (Change c : changes) {
                j.beginObject().field("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT)).field("id", c.id())
                        .field("path", c.path()).field("detail", c.detail()).endObject();
            }
            out.print(j.endArray());
        } else {
            for (Change c : changes) {
                out.printf("%-10s %s [%s]: %s%n", c.kind(), c.path(), c.id(), c.detail());
            }
            out.println(PlanComparison.summary(changes));
        }
        return OK;
    }
}

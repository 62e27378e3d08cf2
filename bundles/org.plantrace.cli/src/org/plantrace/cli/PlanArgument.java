package org.plantrace.cli;

import java.nio.file.Path;
import java.util.List;

import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** The one {@code <plan>} argument every command takes, loaded read-only. */
final class PlanArgument {

    private PlanArgument() {
    }

    static Path path(List<String> positionals) throws UsageException {
        if (positionals.isEmpty()) {
            throw new UsageException("missing <plan> argument (a .plan file)");
        }
        if (positionals.size() > 1) {
            throw new UsageException("expected one <plan>, got " + positionals.size() + ": " + String.join(" ", positionals));
        }
        return Path.of(positionals.get(0));
    }

    static Plan load(List<String> positionals) throws UsageException, ModelLoadException {
        return ModelStore.loadPlan(path(positionals));
    }
}

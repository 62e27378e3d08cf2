package org.plantrace.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.plantrace.model.io.ModelLoadException;

/**
 * A subcommand. Each one follows the same lifecycle, driven by {@link Main}: parse and check the
 * arguments ({@link #options}, {@link #flags}), prepare (load the model), execute, report.
 */
public interface Command {

    /** Exit code: success, no errors found. */
    int OK = 0;
    /** Exit code: the model has errors. */
    int FINDINGS = 1;
    /** Exit code: unusable input or wrong arguments. */
    int UNUSABLE = 2;
    /** Exit code: internal error (a bug, or the machine ran out of memory); never "no findings". */
    int INTERNAL = 3;

    String name();

    /** One line for the command list. */
    String summary();

    /** Full help text, starting with the usage line. */
    String help();

    /** Options that take a value. */
    Set<String> options();

    /** Options without a value ({@code help} is always accepted). */
    default Set<String> flags() {
        return Set.of();
    }

    int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, java.io.IOException;
}

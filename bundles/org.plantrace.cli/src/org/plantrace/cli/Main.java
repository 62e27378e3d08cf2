package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plantrace.model.io.ModelLoadException;

/** {@code plantrace} command line: one application, one subcommand per job. */
public final class Main {

    private static final List<Command> COMMANDS = List.of(new ValidateCommand(), new CoverageCommand(),
            new LinksCommand(), new CompareCommand(), new MigrateCommand(), new ReviewLinksCommand(),
            new AppendixCommand());

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs a command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            if (args.size() > 1) {
                Command c = find(args.get(1));
                if (c != null) {
                    out.print(c.help());
                    return Command.OK;
                }
            }
            out.print(overview());
            return args.isEmpty() ? Command.UNUSABLE : Command.OK;
        }
        Command command = find(args.get(0));
        if (command == null) {
            err.println("plantrace: unknown command '" + args.get(0) + "'");
            err.print(overview());
            return Command.UNUSABLE;
        }
        try {
            Set<String> flags = new HashSet<>(command.flags());
            flags.add("help");
            Args parsed = Args.parse(args.subList(1, args.size()), command.options(), flags);
            if (parsed.has("help")) {
                out.print(command.help());
                return Command.OK;
            }
            return command.run(parsed, new ArrayList<>(parsed.positionals()), out, err);
        } catch (UsageException e) {
            err.println("plantrace " + command.name() + ": " + e.getMessage());
            err.println("Try 'plantrace " + command.name() + " --help'.");
            return Command.UNUSABLE;
        } catch (ModelLoadException e) {
            err.println("plantrace " + command.name() + ": cannot use " + e.getMessage());
            return Command.UNUSABLE;
        } catch (IOException | UncheckedIOException e) {
            err.println("plantrace " + command.name() + ": " + e.getMessage());
            return Command.UNUSABLE;
        } catch (RuntimeException e) {
            err.println("plantrace " + command.name() + ": internal error: " + e);
            return Command.UNUSABLE;
        }
    }

    private static Command find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    static String overview() {
        StringBuilder b = new StringBuilder();
        b.append("Usage: plantrace <command> [options] <plan>\n\n");
        b.append("Plantrace keeps a multi-year plan and the national frameworks it aligns to as one model,\n");
        b.append("checks that every objective traces to national priorities, and reports coverage.\n\nCommands:\n");
        for (Command c : COMMANDS) {
            b.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        b.append("\nRun 'plantrace <command> --help' for a command's options.\n");
        b.append("Exit codes: 0 no errors, 1 the model has errors, 2 unusable input or arguments.\n");
        return b.toString();
    }
}

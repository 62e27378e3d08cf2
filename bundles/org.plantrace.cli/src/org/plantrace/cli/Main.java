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

import java.nio.file.Files;
import java.nio.file.Path;

import org.plantrace.docgen.Rendering;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ResourcePolicy;

/** {@code plantrace} command line: one application, one subcommand per job. */
public final class Main {

    private static final List<Command> COMMANDS = List.of(new ValidateCommand(), new CoverageCommand(),
            new LinksCommand(), new CompareCommand(), new MigrateCommand(), new ReviewLinksCommand(),
            new AppendixCommand(), new ProgressCommand(), new ResultsCommand(), new MergeCommand(),
            new InstallGitMergeCommand(), new ChangesCommand(), new DocumentCommand());

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
        return run(command, args.subList(1, args.size()), out, err);
    }

    /**
     * Runs one command through the lifecycle every command shares (parse and check the arguments, prepare, execute,
     * report) and returns its exit code: unusable input is one message and exit 2; anything else that escapes the
     * command, an {@link OutOfMemoryError} or {@link StackOverflowError} included, is one line and exit 3.
     */
    public static int run(Command command, List<String> args, PrintStream out, PrintStream err) {
        try {
            Set<String> flags = new HashSet<>(command.flags());
            flags.add("help");
            Set<String> options = new HashSet<>(command.options());
            options.add(ALLOW_DIR);
            Args parsed = Args.parse(args, options, flags);
            if (parsed.has("help")) {
                out.print(command.help());
                out.print(COMMON_HELP);
                return Command.OK;
            }
            ResourcePolicy.setUserAllowedFolders(allowedFolders(parsed));
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
            err.println("plantrace " + command.name() + ": internal error: " + Rendering.describe(e)
                    + " (please report it with the file that caused it)");
            return Command.INTERNAL;
        } catch (OutOfMemoryError e) {
            err.println("plantrace " + command.name() + ": internal error: out of memory (the model is too large for "
                    + "the memory given to Java; try a larger -Xmx)");
            return Command.INTERNAL;
        } catch (StackOverflowError e) {
            err.println("plantrace " + command.name() + ": internal error: stack overflow (the model is nested too deeply)");
            return Command.INTERNAL;
        } catch (Error e) {
            err.println("plantrace " + command.name() + ": internal error: " + Rendering.describe(e));
            return Command.INTERNAL;
        } finally {
            ResourcePolicy.setUserAllowedFolders(List.of());
        }
    }

    static final String ALLOW_DIR = "allow-dir";

    static final String COMMON_HELP = """

            Common options:
              --allow-dir DIRS  folders (separated by '%s') a model may also refer into; by default references
                                reach only files in the plan's own project (the folder holding .project or .git
                                above it, else the plan's folder), and never anything but local files
            """.formatted(java.io.File.pathSeparator);

    private static List<Path> allowedFolders(Args parsed) throws UsageException {
        List<Path> dirs = new ArrayList<>();
        String v = parsed.get(ALLOW_DIR, null);
        if (v == null) {
            return dirs;
        }
        for (String s : v.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (s.isBlank()) {
                continue;
            }
            Path p = Path.of(s);
            if (!Files.isDirectory(p)) {
                throw new UsageException("--allow-dir " + s + " is not a folder");
            }
            dirs.add(p);
        }
        return dirs;
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
            b.append(String.format("  %-17s %s%n", c.name(), c.summary()));
        }
        b.append("\nRun 'plantrace <command> --help' for a command's options.\n");
        b.append("Exit codes: 0 no errors, 1 the model has errors, 2 unusable input or arguments, 3 internal error.\n");
        return b.toString();
    }
}

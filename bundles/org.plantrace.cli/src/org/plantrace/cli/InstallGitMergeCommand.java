package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code plantrace install-git-merge}: makes git merge plan and framework files with {@code plantrace merge}
 * ({@code .gitattributes} in the repository, the driver in its {@code .git/config}).
 */
final class InstallGitMergeCommand implements Command {

    static final List<String> ATTRIBUTES = List.of("*.plan merge=plantrace", "*.framework merge=plantrace");

    @Override
    public String name() {
        return "install-git-merge";
    }

    @Override
    public String summary() {
        return "set a git repository up to merge plans and frameworks by stable id";
    }

    @Override
    public String help() {
        return "Usage: plantrace install-git-merge [repository] [--command <plantrace>]\n\n"
                + """
                Writes '*.plan merge=plantrace' and '*.framework merge=plantrace' to the repository's
                .gitattributes (commit it, so every clone merges the same way) and the merge driver to
                its .git/config (each clone runs this once):
                  [merge "plantrace"]
                      name = Plantrace model merge (by stable id)
                      driver = plantrace merge %O %A %B --path %P
                Conflict files (*.conflicts.json) are kept out of commits through .git/info/exclude.
                Running it again changes nothing. Exit code 0 done; 2 not a git repository.

                Options:
                  --command CMD  how git starts plantrace (default: this launcher's full path)
                  --help         this help
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("command");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, IOException {
        if (positionals.size() > 1) {
            throw new UsageException("expected at most one repository folder; got " + positionals.size());
        }
        Path start = Path.of(positionals.isEmpty() ? "." : positionals.get(0)).toAbsolutePath().normalize();
        Path repo = findRepository(start);
        if (repo == null) {
            throw new UsageException(start + " is not inside a git repository (no .git folder above it)");
        }
        Path gitDir = repo.resolve(".git");
        if (!Files.isDirectory(gitDir)) {
            throw new UsageException(repo + ": .git is not a folder (worktrees and submodules: run it in the main clone)");
        }
        String command = args.get("command", defaultCommand());
        boolean a = appendMissing(repo.resolve(".gitattributes"), ATTRIBUTES);
        boolean c = writeDriver(gitDir.resolve("config"), command);
        Files.createDirectories(gitDir.resolve("info"));
        appendMissing(gitDir.resolve("info").resolve("exclude"), List.of("*" + org.plantrace.core.merge.ConflictFile.SUFFIX));
        out.println("plantrace install-git-merge: " + repo + ": .gitattributes " + (a ? "updated" : "already set")
                + ", merge driver " + (c ? "installed" : "already installed") + " (" + command + ")");
        if (a) {
            out.println("Commit .gitattributes so that every clone merges plans by id; other clones run "
                    + "'plantrace install-git-merge' once.");
        }
        return OK;
    }

    static Path findRepository(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return null;
    }

    private static String defaultCommand() {
        String launcher = System.getenv("PLANTRACE_LAUNCHER");
        return launcher == null || launcher.isBlank() ? "plantrace" : launcher;
    }

    /** Appends the lines the file lacks; returns whether it changed. */
    static boolean appendMissing(Path file, List<String> lines) throws IOException {
        List<String> have = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        List<String> missing = new ArrayList<>();
        for (String l : lines) {
            if (have.stream().noneMatch(h -> h.trim().equals(l))) {
                missing.add(l);
            }
        }
        if (missing.isEmpty()) {
            return false;
        }
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        StringBuilder b = new StringBuilder(existing);
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            b.append('\n');
        }
        for (String l : missing) {
            b.append(l).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return true;
    }

    /** Writes (or rewrites) the [merge "plantrace"] section of a git config file; returns whether it changed. */
    static boolean writeDriver(Path config, String command) throws IOException {
        String text = Files.exists(config) ? Files.readString(config, StandardCharsets.UTF_8) : "";
        String section = "[merge \"plantrace\"]\n\tname = Plantrace model merge (by stable id)\n\tdriver = "
                + quote(command) + " merge %O %A %B --path %P\n";
        int at = text.indexOf("[merge \"plantrace\"]");
        String updated;
        if (at >= 0) {
            int end = text.indexOf("\n[", at + 1);
            updated = text.substring(0, at) + section + (end < 0 ? "" : text.substring(end + 1));
        } else {
            updated = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + section;
        }
        if (updated.equals(text)) {
            return false;
        }
        Files.writeString(config, updated, StandardCharsets.UTF_8);
        return true;
    }

    /** A command as git config and the shell read it: quoted when it holds spaces. */
    private static String quote(String command) {
        if (!command.matches(".*[\\s\"'\\\\;#].*")) {
            return command;
        }
        return "\"'" + command.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "'\\\\''") + "'\"";
    }
}

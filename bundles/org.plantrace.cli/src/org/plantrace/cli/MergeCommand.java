package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.core.merge.FileMerge;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * {@code plantrace merge}: three-way merge of a plan or framework file by stable ids, usable as a git merge driver
 * ({@code plantrace merge %O %A %B --path %P}: the result is written into {@code %A}).
 */
final class MergeCommand implements Command {

    static final String OUTPUT = "output";

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "three-way merge of two versions of a plan or framework (a git merge driver)";
    }

    @Override
    public String help() {
        return "Usage: plantrace merge <base> <ours> <theirs> [-o <out>] [--path <file>]\n\n"
                + """
                Merges the changes from <base> to <theirs> into <ours>, element by element, matched by
                the stable ids every element carries: edits to different elements or attributes merge
                without asking. The same attribute changed differently on both sides, an element deleted
                on one side and edited or linked to on the other, or moved (or reordered) differently on
                both sides are conflicts, listed in words; our version is kept at each conflict so that
                the result loads, and the conflicts are written to <file>.conflicts.json for the workbench
                (Team > Resolve Conflicts). The result never refers to a deleted element.

                The result is written to <ours> (as git expects of a merge driver) or to <out>.
                Exit code 0 merged cleanly; 1 merged with conflicts (result and conflict file written);
                2 a version is not a usable model file or an argument is wrong (nothing is written).

                As a git merge driver (or run 'plantrace install-git-merge'):
                  .gitattributes:  *.plan merge=plantrace
                                   *.framework merge=plantrace
                  git config merge.plantrace.driver "plantrace merge %O %A %B --path %P"

                Options:
                  -o, --output FILE  where to write the result (default: <ours>)
                  --path FILE        the file's own path (git's %P): the conflict file is written beside it
                  --help             this help
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of(OUTPUT, "path");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, IOException {
        if (positionals.size() != 3) {
            throw new UsageException("expected three files, <base> <ours> <theirs>; got " + positionals.size());
        }
        Path base = Path.of(positionals.get(0));
        Path ours = Path.of(positionals.get(1));
        Path theirs = Path.of(positionals.get(2));
        Path output = Path.of(args.get(OUTPUT, ours.toString()));
        Path shown = Path.of(args.get("path", output.toString()));
        byte[] b = read(base);
        byte[] o = read(ours);
        byte[] t = read(theirs);
        URI uri = URI.createFileURI(output.toAbsolutePath().normalize().toString());
        FileMerge.Outcome outcome = FileMerge.merge(b, o, t, uri, base + " (base)", ours + " (ours)",
                theirs + " (theirs)");
        ModelStore.writeAtomically(output, outcome.merged());
        ConflictFile.write(shown, outcome.conflicts());
        if (outcome.clean()) {
            out.println("plantrace merge: " + shown + " merged cleanly");
            return OK;
        }
        err.println("plantrace merge: " + shown + ": " + outcome.conflicts().size() + " conflict(s), ours kept at each"
                + " (resolve them in the workbench: Team > Resolve Conflicts):");
        for (MergeConflict c : outcome.conflicts()) {
            err.println("  " + c.description());
        }
        return FINDINGS;
    }

    private static byte[] read(Path p) throws ModelLoadException {
        try {
            if (Files.isDirectory(p)) {
                throw new ModelLoadException(p, 0, 0, "is a directory, not a model file", null);
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(p, 0, 0, "no such file", e);
        } catch (IOException e) {
            throw new ModelLoadException(p, 0, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}

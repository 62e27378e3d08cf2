package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.plantrace.core.merge.PlanChanges;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.OutputFiles;
import org.plantrace.docgen.changes.ChangesDocument;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.team.FileChanges;
import org.plantrace.team.HistoryChanges;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;

/** {@code plantrace changes}: "Changes to the Plan" between two versions, with the reason for each change. */
final class ChangesCommand implements Command {

    private static final List<String> FORMATS = List.of("text", "docx", "html", "pdf", "csv", "xlsx");

    @Override
    public String name() {
        return "changes";
    }

    @Override
    public String summary() {
        return "'Changes to the Plan' between two versions (files or commits), with each change's reason";
    }

    @Override
    public String help() {
        return """
                Usage: plantrace changes <earlier> <later> [--format FORMAT] [-o DIR] [--name BASE]
                       plantrace changes <file> --from REV [--to REV] [--git REPO] [--format FORMAT] [-o DIR]

                Lists what changed in a plan or framework between two versions, element by element (matched
                by stable id), grouped under the element each change belongs to in the order of the later
                version, in the plan's words ("Target 2010/11 of measure 12 '...': 75 % -> 78 %"), each
                with its reason:
                  - two files: the change note (note) the later version gives the element;
                  - from git history (--from): the messages of the commits between REV and the later
                    version (--to, default HEAD) that made the change, with author and date.

                Options:
                  --from REV       the earlier commit (id, branch, tag, HEAD~3): read <file> from git history
                  --to REV         the later commit (default HEAD)
                  --git REPO       the repository's folder (default: found upwards from <file>)
                  --format FORMAT  text (default), or docx, html, pdf, csv, xlsx: the document section
                                   "Changes to the Plan", written into -o DIR
                  -o, --out DIR    folder for the document (created if missing)
                  --name BASE      file name without extension (default: changes-to-the-plan)
                  --help           this help

                Exit code 0 (whether or not anything changed); 2 when a version cannot be read.
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("format", "out", "name", "from", "to", "git");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, IOException {
        String format = args.choice("format", "text", FORMATS);
        boolean document = !format.equals("text");
        if (document && !args.has("out")) {
            throw new UsageException("--format " + format + " writes files: give the folder with -o DIR");
        }
        String from;
        String to;
        String source;
        PlanChanges.Report report;
        if (args.has("from")) {
            if (positionals.size() != 1) {
                throw new UsageException("with --from, give one file (the plan or framework in the repository)");
            }
            HistoryChanges.Result r = fromGit(args, positionals.get(0));
            from = "commit " + r.from();
            to = "commit " + r.to();
            source = "the messages of " + r.commits() + " commit(s)";
            report = r.report();
        } else {
            if (args.has("to") || args.has("git")) {
                throw new UsageException("--to and --git need --from (the earlier commit)");
            }
            if (positionals.size() != 2) {
                throw new UsageException("expected two files, <earlier> <later>; got " + positionals.size());
            }
            FileChanges.Result r = FileChanges.between(Path.of(positionals.get(0)), Path.of(positionals.get(1)));
            report = r.report();
            from = r.from();
            to = r.to();
            source = "change notes";
        }
        if (document) {
            AppendixDocument doc = ChangesDocument.build(report.title(), from, to, source, report.changes(),
                    Instant.now());
            Path dir = Path.of(args.get("out", "."));
            Format f = Format.parse(format).orElseThrow();
            for (Path p : OutputFiles.write(dir, f.writer().write(doc, args.get("name", "changes-to-the-plan")))) {
                out.println("wrote " + p);
            }
        } else {
            out.print(text(report, from, to));
        }
        return OK;
    }

    private static HistoryChanges.Result fromGit(Args args, String file) throws UsageException, ModelLoadException {
        Path repoDir = args.has("git") ? Path.of(args.get("git", ".")) : null;
        Path path = Path.of(file);
        if (repoDir != null && !path.isAbsolute() && !Files.exists(path)) {
            path = repoDir.resolve(path);
        }
        path = path.toAbsolutePath().normalize();
        try (PlanRepository repo = PlanRepository.open(repoDir != null ? repoDir : path.getParent())) {
            if (!path.startsWith(repo.workTree())) {
                throw new UsageException(file + " is not inside the repository " + repo.workTree());
            }
            return HistoryChanges.between(repo, path, args.get("from", null), args.get("to", null));
        } catch (TeamException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static String text(PlanChanges.Report report, String from, String to) {
        StringBuilder b = new StringBuilder();
        b.append("Changes to the Plan: ").append(report.title()).append(", from ").append(from).append(" to ")
                .append(to).append('\n');
        String group = null;
        for (PlanChanges.Change c : report.changes()) {
            if (!c.groupId().equals(group)) {
                group = c.groupId();
                b.append('\n').append(c.group()).append('\n');
            }
            b.append("  ").append(c.sentence()).append('\n');
            for (PlanChanges.Reason r : c.reasons()) {
                b.append("      because: ").append(r.summary());
                if (r.commit() != null) {
                    b.append(" (").append(r.author()).append(", ").append(r.when().toString(), 0, 10)
                            .append(", commit ").append(r.commit()).append(')');
                }
                b.append('\n');
            }
        }
        b.append('\n').append(report.changes().isEmpty() ? "no changes" : report.changes().size() + " change(s)")
                .append('\n');
        return b.toString();
    }
}

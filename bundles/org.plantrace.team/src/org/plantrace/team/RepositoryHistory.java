package org.plantrace.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The history of a file in a plan repository: the commits that touched it, what each did, the file at a commit. */
final class RepositoryHistory {

    private final PlanRepository owner;
    private final Git git;
    private final Repository repo;

    RepositoryHistory(PlanRepository owner, Git git) {
        this.owner = owner;
        this.git = git;
        this.repo = git.getRepository();
    }

    /** The commits that touched {@code file}, newest first. */
    List<HistoryEntry> history(Path file) throws TeamException {
        List<HistoryEntry> out = new ArrayList<>();
        try {
            if (repo.resolve(Constants.HEAD) == null) {
                return out;
            }
            for (RevCommit c : git.log().addPath(owner.relative(file)).call()) {
                out.add(entry(c));
            }
            return out;
        } catch (GitAPIException | IOException e) {
            throw new TeamException("Cannot read the history of " + file + ": " + e.getMessage(), e);
        }
    }

    /** See {@link PlanRepository#steps}. */
    List<FileStep> steps(Path file, String from, String to) throws TeamException {
        String path = owner.relative(file);
        List<FileStep> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(resolve(to == null ? Constants.HEAD : to)));
            walk.markUninteresting(walk.parseCommit(resolve(from)));
            for (RevCommit c : walk) {
                byte[] after = read(repo, c, path);
                byte[] before = null;
                if (c.getParentCount() > 0) {
                    before = read(repo, walk.parseCommit(c.getParent(0)), path);
                }
                if (Arrays.equals(before, after)) {
                    continue;
                }
                out.add(new FileStep(entry(c), before, after, c.getParentCount() > 1));
            }
        } catch (IOException e) {
            throw new TeamException("Cannot read the history of " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static HistoryEntry entry(RevCommit c) {
        PersonIdent a = c.getAuthorIdent();
        return new HistoryEntry(c.getName(), a.getName(), a.getEmailAddress(), a.getWhenAsInstant(), c.getFullMessage());
    }

    /** The full id of a revision ({@code HEAD}, a branch, a tag, a short or full commit id). */
    String commitId(String revision) throws TeamException {
        try {
            return resolve(revision).getName();
        } catch (IOException e) {
            throw new TeamException("Cannot read revision " + revision + ": " + e.getMessage(), e);
        }
    }

    private ObjectId resolve(String revision) throws IOException, TeamException {
        ObjectId id;
        try {
            id = repo.resolve(revision);
        } catch (RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new TeamException("No commit '" + revision + "' in " + owner.workTree());
        }
        return id;
    }

    /** The bytes of {@code file} as it was at {@code commitId}. */
    byte[] read(Path file, String commitId) throws TeamException {
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(commitId);
            if (id == null) {
                throw new TeamException("No commit " + commitId);
            }
            byte[] bytes = read(repo, walk.parseCommit(id), owner.relative(file));
            if (bytes == null) {
                throw new TeamException(owner.relative(file) + " is not in commit "
                        + commitId.substring(0, Math.min(8, commitId.length())));
            }
            return bytes;
        } catch (IOException e) {
            throw new TeamException("Cannot read " + file + " at " + commitId + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of {@code path} in {@code commit}; null when the commit does not have it. */
    static byte[] read(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
            return tw == null ? null : repo.open(tw.getObjectId(0)).getBytes();
        }
    }
}

package org.plantrace.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.core.merge.FileMerge;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.model.io.AtomicFile;
import org.plantrace.model.io.ModelLoadException;

/**
 * Update (pull): fetches what others published and merges it in, plan and framework files changed on both sides
 * merged by stable id ({@link FileMerge}, the same merge as {@code plantrace merge}), everything else by git.
 */
final class RepositoryUpdate {

    private final PlanRepository owner;
    private final Git git;
    private final Repository repo;

    RepositoryUpdate(PlanRepository owner, Git git) {
        this.owner = owner;
        this.git = git;
        this.repo = git.getRepository();
    }

    /** See {@link PlanRepository#update}. */
    UpdateResult update(Credentials credentials, PersonIdent author) throws TeamException {
        RepoStatus before = owner.status();
        if (!before.conflicts().isEmpty()) {
            throw new TeamException("Resolve the conflicts in " + String.join(", ", before.conflicts())
                    + " first (Team > Resolve Conflicts), then commit");
        }
        if (!before.changed().isEmpty()) {
            throw new TeamException("Commit your changes first (Team > Commit), so that the update can merge them: "
                    + String.join(", ", before.changed()));
        }
        if (!before.hasRemote()) {
            throw new TeamException("This plan repository has no shared repository to update from");
        }
        try {
            var fetch = git.fetch().setRemote(PlanRepository.REMOTE);
            credentials.applyTo(fetch);
            fetch.call();
            ObjectId theirsId = repo.resolve(upstream());
            ObjectId oursId = repo.resolve(Constants.HEAD);
            if (theirsId == null) {
                return new UpdateResult(UpdateResult.Outcome.UP_TO_DATE, List.of(), Map.of(), List.of());
            }
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit theirs = walk.parseCommit(theirsId);
                RevCommit ours = walk.parseCommit(oursId);
                if (walk.isMergedInto(theirs, ours)) {
                    return new UpdateResult(UpdateResult.Outcome.UP_TO_DATE, List.of(), Map.of(), List.of());
                }
                walk.reset();
                if (walk.isMergedInto(ours, theirs)) {
                    MergeResult ff = git.merge().include(theirs).setFastForward(FastForwardMode.FF_ONLY).call();
                    if (!ff.getMergeStatus().isSuccessful()) {
                        throw new TeamException("Update failed: " + ff.getMergeStatus());
                    }
                    return new UpdateResult(UpdateResult.Outcome.FAST_FORWARD, List.of(), Map.of(), List.of());
                }
                walk.reset();
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(walk.parseCommit(oursId));
                walk.markStart(walk.parseCommit(theirsId));
                RevCommit base = walk.next();
                return merge(base, walk.parseCommit(oursId), walk.parseCommit(theirsId), author);
            }
        } catch (GitAPIException e) {
            throw TransportFailure.explain("update from " + owner.sharedUrlOr("the shared repository"), e, credentials);
        } catch (IOException e) {
            throw new TeamException("Update failed: " + e.getMessage(), e);
        }
    }

    private UpdateResult merge(RevCommit base, RevCommit ours, RevCommit theirs, PersonIdent author)
            throws GitAPIException, IOException, TeamException {
        List<String> models = modelsChangedOnBothSides(base, ours, theirs);
        String message = "Update: merge of the published plan (" + theirs.getName().substring(0, 8) + ") into "
                + repo.getBranch();
        MergeResult r = git.merge().include(theirs).setCommit(false).setFastForward(FastForwardMode.NO_FF)
                .setStrategy(MergeStrategy.RECURSIVE).setMessage(message).call();
        if (r.getMergeStatus() == MergeResult.MergeStatus.FAILED) {
            throw new TeamException("Update failed: files in the way of the merge: " + r.getFailingPaths());
        }
        Map<String, List<MergeConflict>> conflicts = new LinkedHashMap<>();
        for (String path : models) {
            byte[] b = RepositoryHistory.read(repo, base, path);
            byte[] o = RepositoryHistory.read(repo, ours, path);
            byte[] t = RepositoryHistory.read(repo, theirs, path);
            Path file = owner.workTree().resolve(path);
            FileMerge.Outcome m;
            try {
                m = FileMerge.merge(b, o, t, URI.createFileURI(file.toString()), path + " at " + base.getName().substring(0, 8),
                        path + " (ours)", path + " (theirs, " + theirs.getName().substring(0, 8) + ")");
            } catch (ModelLoadException e) {
                throw new TeamException("Update stopped: " + e.getMessage(), e);
            }
            AtomicFile.write(file, m.merged());
            ConflictFile.write(file, m.conflicts());
            if (m.clean()) {
                git.add().addFilepattern(path).call();
            } else {
                conflicts.put(path, m.conflicts());
            }
        }
        List<String> other = new ArrayList<>();
        if (r.getConflicts() != null) {
            for (String p : r.getConflicts().keySet()) {
                if (!models.contains(p)) {
                    other.add(p);
                }
            }
        }
        if (conflicts.isEmpty() && other.isEmpty()) {
            var c = git.commit().setMessage(message);
            if (author != null) {
                c.setAuthor(author).setCommitter(author);
            }
            c.call();
            return new UpdateResult(UpdateResult.Outcome.MERGED, models, Map.of(), List.of());
        }
        return new UpdateResult(UpdateResult.Outcome.CONFLICTS, models, conflicts, other);
    }

    /** Plan and framework files both sides changed since the base (and neither deleted). */
    private List<String> modelsChangedOnBothSides(RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
        List<String> out = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(base.getTree());
            tw.addTree(ours.getTree());
            tw.addTree(theirs.getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                String p = tw.getPathString();
                if (!PlanRepository.isModel(p)) {
                    continue;
                }
                ObjectId b = tw.getObjectId(0);
                ObjectId o = tw.getObjectId(1);
                ObjectId t = tw.getObjectId(2);
                boolean present = !b.equals(ObjectId.zeroId()) && !o.equals(ObjectId.zeroId()) && !t.equals(ObjectId.zeroId());
                if (present && !b.equals(o) && !b.equals(t) && !o.equals(t)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private String upstream() {
        String branch;
        try {
            branch = repo.getBranch();
        } catch (IOException e) {
            return null;
        }
        String tracking = new BranchConfig(repo.getConfig(), branch).getRemoteTrackingBranch();
        return tracking != null ? tracking : Constants.R_REMOTES + PlanRepository.REMOTE + "/" + branch;
    }
}

package org.plantrace.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.plantrace.core.merge.ConflictFile;

/**
 * A plan folder kept in git (JGit, no git installation needed): its state, commit with a message (the change's
 * reason), update from the shared repository (merging plans by id: {@link RepositoryUpdate}), publish, and the history
 * of a file ({@link RepositoryHistory}).
 */
public final class PlanRepository implements AutoCloseable {

    static final String REMOTE = "origin";

    private final Git git;
    private final Repository repo;
    private final Path workTree;

    private PlanRepository(Repository repo) {
        this.repo = repo;
        this.git = new Git(repo);
        this.workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
        excludeConflictFiles();
    }

    /** The repository holding {@code folder} (found upwards), or a TeamException when there is none. */
    public static PlanRepository open(Path folder) throws TeamException {
        Path gitRoot = root(folder);
        if (gitRoot == null) {
            throw new TeamException(folder + " is not in a git repository (Team > Share, or clone a shared plan repository)");
        }
        try {
            return new PlanRepository(new FileRepositoryBuilder().setWorkTree(gitRoot.toFile())
                    .setGitDir(gitRoot.resolve(Constants.DOT_GIT).toFile()).setMustExist(true).build());
        } catch (IOException e) {
            throw new TeamException(gitRoot + ": cannot open the git repository (" + e.getMessage() + ")", e);
        }
    }

    /** The top folder of the git repository holding {@code folder}, or null. */
    public static Path root(Path folder) {
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(Constants.DOT_GIT))) {
                return p;
            }
        }
        return null;
    }

    /** Makes {@code folder} a git repository with everything in it committed (the plan as it stands). */
    public static PlanRepository init(Path folder, String message, PersonIdent author) throws TeamException {
        try {
            Git g = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
            PlanRepository r = new PlanRepository(g.getRepository());
            r.commit(message, author);
            return r;
        } catch (GitAPIException e) {
            throw new TeamException(folder + ": cannot create a git repository (" + e.getMessage() + ")", e);
        }
    }

    /** Clones the shared repository at {@code uri} (https://, ssh://, file:// or a folder) into {@code into}. */
    public static PlanRepository cloneFrom(String uri, Path into, Credentials credentials) throws TeamException {
        try {
            var clone = Git.cloneRepository().setURI(uri).setDirectory(into.toFile());
            credentials.applyTo(clone);
            return new PlanRepository(clone.call().getRepository());
        } catch (GitAPIException e) {
            throw TransportFailure.explain("clone " + uri, e, credentials);
        }
    }

    public Path workTree() {
        return workTree;
    }

    /** The path of {@code file} relative to the repository, with '/' separators, as git names it. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(workTree)) {
            throw new IllegalArgumentException(file + " is not in the repository " + workTree);
        }
        return workTree.relativize(abs).toString().replace('\\', '/');
    }

    // ---- state ----

    public RepoStatus status() throws TeamException {
        try {
            Status s = git.status().call();
            Set<String> changed = new TreeSet<>();
            changed.addAll(s.getAdded());
            changed.addAll(s.getChanged());
            changed.addAll(s.getModified());
            changed.addAll(s.getUntracked());
            changed.addAll(s.getRemoved());
            changed.addAll(s.getMissing());
            changed.removeIf(p -> p.endsWith(ConflictFile.SUFFIX));
            // a plan or framework git left unmerged is resolved once the model merge's conflict file is gone
            Set<String> conflicts = new TreeSet<>();
            for (String p : s.getConflicting()) {
                (isModel(p) ? changed : conflicts).add(p);
            }
            conflicts.addAll(modelConflicts());
            changed.removeAll(conflicts);
            String branch = repo.getBranch();
            int ahead = 0;
            int behind = 0;
            BranchTrackingStatus t = branch == null ? null : BranchTrackingStatus.of(repo, branch);
            if (t != null) {
                ahead = t.getAheadCount();
                behind = t.getBehindCount();
            }
            return new RepoStatus(branch == null ? "(none)" : branch, changed, conflicts, ahead, behind,
                    !repo.getRemoteNames().isEmpty());
        } catch (GitAPIException | IOException e) {
            throw new TeamException(workTree + ": cannot read the repository state (" + e.getMessage() + ")", e);
        }
    }

    /** Model files beside which a merge left a conflict file. */
    private Set<String> modelConflicts() throws IOException {
        Set<String> out = new TreeSet<>();
        try (var files = Files.walk(workTree)) {
            files.filter(p -> p.getFileName().toString().endsWith(ConflictFile.SUFFIX))
                    .filter(p -> !p.startsWith(workTree.resolve(Constants.DOT_GIT)))
                    .forEach(p -> {
                        String name = p.getFileName().toString();
                        out.add(relative(p.resolveSibling(name.substring(0, name.length() - ConflictFile.SUFFIX.length()))));
                    });
        }
        return out;
    }

    // ---- commit ----

    /**
     * Commits every change in the folder (new, changed and deleted files) with {@code message}, the change's
     * reason. Refused while conflicts are unresolved or when the message is empty. Completes an update's merge.
     *
     * @param author who made the change; null for the repository's configured user
     * @return the new commit's id
     */
    public String commit(String message, PersonIdent author) throws TeamException {
        if (message == null || message.isBlank()) {
            throw new TeamException("A commit needs a message: the reason for the change (e.g. 'Target raised after "
                    + "the Full Authority meeting')");
        }
        try {
            Set<String> conflicts = modelConflicts();
            if (!conflicts.isEmpty()) {
                throw new TeamException("Resolve the conflicts in " + String.join(", ", conflicts)
                        + " first (Team > Resolve Conflicts)");
            }
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            var c = git.commit().setMessage(message.strip());
            if (author != null) {
                c.setAuthor(author).setCommitter(author);
            }
            return c.call().getName();
        } catch (GitAPIException | IOException e) {
            throw new TeamException("Commit failed: " + e.getMessage(), e);
        }
    }

    // ---- update ----

    /**
     * Fetches what others published and merges it in: plan and framework files changed on both sides merged by id,
     * everything else by git. Clean: the merge is committed. Conflicts: each model file is written with ours at its
     * conflicts and the conflicts recorded beside it; commit after resolving them.
     */
    public UpdateResult update(Credentials credentials, PersonIdent author) throws TeamException {
        return new RepositoryUpdate(this, git).update(credentials, author);
    }

    static boolean isModel(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".plan") || p.endsWith(".framework");
    }

    /** The shared repository's address, or {@code otherwise} when there is none. */
    String sharedUrlOr(String otherwise) {
        String url = sharedUrl();
        return url == null ? otherwise : url;
    }

    /** The address of the shared repository (https://, ssh://, file:// or a folder), or null. */
    public String sharedUrl() {
        return repo.getConfig().getString("remote", REMOTE, "url");
    }

    /** Whether reaching the shared repository needs credentials (https or ssh), or none (a folder, file://). */
    public boolean needsCredentials() {
        String url = sharedUrl();
        return url != null && !url.startsWith("file:") && !url.startsWith("/") && !url.matches("^[A-Za-z]:[\\\\/].*");
    }

    /** The user this clone commits as (git config user.name / user.email), or null when not set. */
    public PersonIdent author() {
        String name = repo.getConfig().getString("user", null, "name");
        String email = repo.getConfig().getString("user", null, "email");
        return name == null || name.isBlank() ? null : new PersonIdent(name, email == null ? "" : email);
    }

    /** Remembers who commits in this clone (its git config). */
    public void setAuthor(PersonIdent who) throws TeamException {
        var config = repo.getConfig();
        config.setString("user", null, "name", who.getName());
        config.setString("user", null, "email", who.getEmailAddress());
        try {
            config.save();
        } catch (IOException e) {
            throw new TeamException("Cannot save the author in " + repo.getDirectory() + ": " + e.getMessage(), e);
        }
    }

    // ---- publish ----

    /** Pushes the committed changes. Refused when others published first (update, then publish). */
    public void publish(Credentials credentials) throws TeamException {
        if (repo.getRepositoryState() != RepositoryState.SAFE) {
            throw new TeamException("Finish the update first: resolve the conflicts and commit");
        }
        try {
            PushCommand push = git.push().setRemote(REMOTE);
            credentials.applyTo(push);
            for (PushResult result : push.call()) {
                for (RemoteRefUpdate u : result.getRemoteUpdates()) {
                    switch (u.getStatus()) {
                    case OK, UP_TO_DATE -> { }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new TeamException(
                            "Others have published changes since your last update: Update first, then Publish");
                    default -> throw new TeamException("Publish refused for " + u.getRemoteName() + ": " + u.getStatus()
                            + (u.getMessage() == null ? "" : " (" + u.getMessage() + ")"));
                    }
                }
            }
        } catch (GitAPIException e) {
            throw TransportFailure.explain("publish to " + sharedUrlOr("the shared repository"), e, credentials);
        }
    }

    // ---- history ----

    /** The commits that touched {@code file}, newest first. */
    public List<HistoryEntry> history(Path file) throws TeamException {
        return new RepositoryHistory(this, git).history(file);
    }

    /**
     * What each commit after {@code from} up to and including {@code to} (any revision git understands: a commit id,
     * a branch, a tag, HEAD~2; null means HEAD) did to {@code file}, oldest first: the file before (as the commit's
     * first parent has it; null when absent) and after (null when deleted). Commits that left the file as it was are
     * left out; a merge is marked, as what it brings in was made (and explained) by the merged commits.
     */
    public List<FileStep> steps(Path file, String from, String to) throws TeamException {
        return new RepositoryHistory(this, git).steps(file, from, to);
    }

    /** The full id of a revision ({@code HEAD}, a branch, a tag, a short or full commit id). */
    public String commitId(String revision) throws TeamException {
        return new RepositoryHistory(this, git).commitId(revision);
    }

    /** The bytes of {@code file} as it was at {@code commitId}. */
    public byte[] read(Path file, String commitId) throws TeamException {
        return new RepositoryHistory(this, git).read(file, commitId);
    }

    // ---- helpers ----

    /** Files of this workbench that are not part of the plan: never committed (conflict files, project metadata). */
    private static final List<String> LOCAL_FILES = List.of("*" + ConflictFile.SUFFIX, ".project", ".settings/");

    private void excludeConflictFiles() {
        Path exclude = repo.getDirectory().toPath().resolve("info").resolve("exclude");
        try {
            String text = Files.exists(exclude) ? Files.readString(exclude, StandardCharsets.UTF_8) : "";
            StringBuilder b = new StringBuilder(text);
            for (String line : LOCAL_FILES) {
                if (text.lines().noneMatch(l -> l.trim().equals(line))) {
                    if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
                        b.append('\n');
                    }
                    b.append(line).append('\n');
                }
            }
            if (b.length() != text.length()) {
                Files.createDirectories(exclude.getParent());
                Files.writeString(exclude, b.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // not fatal: status() leaves conflict files out of the changes anyway
        }
    }

    /** The files and folders of the work tree git tracks, for tests and views. */
    public Set<String> trackedFiles() throws TeamException {
        Set<String> out = new LinkedHashSet<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            ObjectId head = repo.resolve(Constants.HEAD + "^{tree}");
            if (head == null) {
                return out;
            }
            tw.addTree(head);
            tw.setRecursive(true);
            while (tw.next()) {
                out.add(tw.getPathString());
            }
            return out;
        } catch (IOException e) {
            throw new TeamException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        git.close();
        repo.close();
    }
}

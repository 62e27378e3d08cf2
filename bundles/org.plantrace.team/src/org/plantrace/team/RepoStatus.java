package org.plantrace.team;

import java.util.Set;

/**
 * The state of a plan folder under git, as the Plans view marks it.
 *
 * @param branch    the current branch
 * @param changed   files changed since the last commit (paths relative to the repository), new files included
 * @param conflicts model files with unresolved merge conflicts
 * @param ahead     commits here not yet published
 * @param behind    commits published by others not yet here (as of the last update)
 * @param hasRemote whether there is a shared repository to update from and publish to
 */
public record RepoStatus(String branch, Set<String> changed, Set<String> conflicts, int ahead, int behind,
        boolean hasRemote) {

    public boolean clean() {
        return changed.isEmpty() && conflicts.isEmpty();
    }

    /** A short mark, e.g. {@code [main ↑2 ↓1 *]}: ahead, behind, changed, conflicts. */
    public String mark() {
        StringBuilder b = new StringBuilder("[").append(branch);
        if (ahead > 0) {
            b.append(" \u2191").append(ahead);
        }
        if (behind > 0) {
            b.append(" \u2193").append(behind);
        }
        if (!changed.isEmpty()) {
            b.append(" *");
        }
        if (!conflicts.isEmpty()) {
            b.append(" !");
        }
        return b.append(']').toString();
    }

    /** Whether {@code path} (relative to the repository) is changed or in conflict. */
    public boolean isChanged(String path) {
        return changed.contains(path) || conflicts.contains(path);
    }
}

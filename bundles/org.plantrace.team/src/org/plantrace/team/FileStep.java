package org.plantrace.team;

/**
 * What one commit did to a file.
 *
 * @param commit the commit (its message is the change's reason)
 * @param before the file as the commit's first parent has it, null when absent
 * @param after  the file as the commit left it, null when deleted
 * @param merge  whether the commit is a merge (what it brings in was made by the merged commits)
 */
public record FileStep(HistoryEntry commit, byte[] before, byte[] after, boolean merge) {
}

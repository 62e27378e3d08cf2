package org.plantrace.team;

import java.util.List;
import java.util.Map;

import org.plantrace.core.merge.MergeConflict;

/**
 * What an update (pull) did.
 *
 * @param outcome      up to date, fast-forwarded, merged (and committed), or merged with conflicts left to resolve
 * @param mergedModels model files merged by id (paths relative to the repository)
 * @param conflicts    per model file, the conflicts left to resolve (ours kept at each, file written)
 * @param otherConflicts files git could not merge that are not plan or framework files
 */
public record UpdateResult(Outcome outcome, List<String> mergedModels, Map<String, List<MergeConflict>> conflicts,
        List<String> otherConflicts) {

    /** How an update ended. */
    public enum Outcome {
        UP_TO_DATE, FAST_FORWARD, MERGED, CONFLICTS
    }

    public boolean hasConflicts() {
        return outcome == Outcome.CONFLICTS;
    }
}

package org.plantrace.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.plantrace.core.merge.PlanChanges;
import org.plantrace.model.io.ModelLoadException;

/**
 * "Changes to the Plan" between two commits of a file: the differences from the earlier to the later version, each
 * with the messages of the commits that made it (the changes' reasons).
 */
public final class HistoryChanges {

    /** The changes and what the two versions are, for a document's title. */
    public record Result(String from, String to, PlanChanges.Report report, int commits) {
    }

    private HistoryChanges() {
    }

    /**
     * @param from the earlier revision (commit id, branch, tag, HEAD~3)
     * @param to   the later revision, null for HEAD
     */
    public static Result between(PlanRepository repo, Path file, String from, String to)
            throws TeamException, ModelLoadException {
        String fromId = repo.commitId(from);
        String toId = repo.commitId(to == null ? "HEAD" : to);
        String name = file.getFileName().toString();
        PlanChanges.Version earlier = new PlanChanges.Version(name + " at " + shortId(fromId), repo.read(file, fromId));
        PlanChanges.Version later = new PlanChanges.Version(name + " at " + shortId(toId), repo.read(file, toId));
        List<PlanChanges.Step> steps = new ArrayList<>();
        for (FileStep s : repo.steps(file, fromId, toId)) {
            HistoryEntry c = s.commit();
            steps.add(new PlanChanges.Step(name + " at " + c.shortId(), s.before(), s.after(),
                    new PlanChanges.Reason(c.shortId(), c.author(), c.when(), c.message().strip()), s.merge()));
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        return new Result(label(fromId, from), label(toId, to == null ? "HEAD" : to),
                PlanChanges.of(earlier, later, steps, uri), steps.size());
    }

    private static String label(String id, String asGiven) {
        return id.startsWith(asGiven) ? shortId(id) : asGiven + " (" + shortId(id) + ")";
    }

    private static String shortId(String id) {
        return id.substring(0, Math.min(8, id.length()));
    }
}

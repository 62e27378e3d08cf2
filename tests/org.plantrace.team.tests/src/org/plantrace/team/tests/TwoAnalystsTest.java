package org.plantrace.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.plantrace.tests.support.Examples;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.core.merge.ConflictResolution;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Plan;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;
import org.plantrace.team.Credentials;
import org.plantrace.team.HistoryEntry;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.RepoStatus;
import org.plantrace.team.TeamException;
import org.plantrace.team.UpdateResult;

/**
 * Two analysts, two clones of one bare repository reached over file://, editing the sample plan as in issue 13:
 * disjoint changes merge cleanly by id, the same target changed twice is a conflict that is resolved.
 */
class TwoAnalystsTest {

    private static final String PLAN = "policing-london-2009-12/plan.plan";
    private static final PersonIdent ANNA = new PersonIdent("Anna Analyst", "anna@example.org");
    private static final PersonIdent BEN = new PersonIdent("Ben Analyst", "ben@example.org");

    @TempDir
    Path dir;

    @Test
    void twoAnalystsMergeByIdThroughABareRepository() throws Exception {
        String shared = sharedRepository();
        try (PlanRepository a = PlanRepository.cloneFrom(shared, dir.resolve("anna"), Credentials.NONE);
                PlanRepository b = PlanRepository.cloneFrom(shared, dir.resolve("ben"), Credentials.NONE)) {
            Set<String> errorsBefore = errors(a);

            // A retitles objective 1 and publishes; B changes a target
            edit(a, p -> p.getObjectives().get(0).setTitle("Make our services more accessible to victims and witnesses"));
            assertTrue(a.status().changed().contains(PLAN), a.status().toString());
            assertEquals("[main *]", a.status().mark());
            a.commit("Objective 1 retitled after the committee meeting", ANNA);
            assertEquals("[main \u21911]", a.status().mark());
            a.publish(Credentials.NONE);
            edit(b, p -> target(p, "m-1-t2009").setValue("82%"));
            b.commit("Target for measure 1 raised to 82% (Full Authority, 2 April)", BEN);
            TeamException early = assertThrows(TeamException.class, () -> b.publish(Credentials.NONE));
            assertTrue(early.getMessage().contains("Update first"), early.getMessage());

            // B updates: a clean merge by id, both changes present, the file validates as before
            UpdateResult u = b.update(Credentials.NONE, BEN);
            assertEquals(UpdateResult.Outcome.MERGED, u.outcome(), u.toString());
            assertEquals(List.of(PLAN), u.mergedModels());
            Plan merged = plan(b);
            assertEquals("Make our services more accessible to victims and witnesses", merged.getObjectives().get(0).getTitle());
            assertEquals("82%", target(merged, "m-1-t2009").getValue());
            assertEquals(errorsBefore, errors(b));
            assertTrue(b.status().clean());
            assertEquals(2, b.status().ahead(), "B's commit and the merge");
            b.publish(Credentials.NONE);
            assertEquals(UpdateResult.Outcome.FAST_FORWARD, a.update(Credentials.NONE, ANNA).outcome());
            assertEquals("82%", target(plan(a), "m-1-t2009").getValue());

            // both change the same target: the conflict is reported in words, resolved, and the result validates
            edit(a, p -> target(p, "m-1-t2009").setValue("78%"));
            a.commit("Measure 1: 78% agreed with the borough commanders", ANNA);
            a.publish(Credentials.NONE);
            edit(b, p -> target(p, "m-1-t2009").setValue("75%"));
            b.commit("Measure 1: 75%, as the committee asked", BEN);
            UpdateResult c = b.update(Credentials.NONE, BEN);
            assertEquals(UpdateResult.Outcome.CONFLICTS, c.outcome());
            List<MergeConflict> conflicts = c.conflicts().get(PLAN);
            assertEquals(1, conflicts.size());
            assertTrue(conflicts.get(0).description().startsWith("target 2009/10 of measure 1 'Percentage of people"),
                    conflicts.get(0).description());
            assertTrue(conflicts.get(0).description().endsWith(": 75% (ours) vs 78% (theirs), base 82%"),
                    conflicts.get(0).description());
            RepoStatus s = b.status();
            assertEquals(Set.of(PLAN), s.conflicts());
            assertEquals("75%", target(plan(b), "m-1-t2009").getValue(), "ours kept: the file loads");
            assertThrows(TeamException.class, () -> b.commit("too early", BEN), "conflicts first");

            // resolve: take theirs, save, clear the conflict file, commit the merge with the reason
            Path file = b.workTree().resolve(PLAN);
            Plan p = ModelStore.loadPlan(file);
            List<MergeConflict> recorded = ConflictFile.read(file);
            assertEquals(conflicts, recorded);
            assertTrue(ConflictResolution.apply(p.eResource(), recorded.get(0), ConflictResolution.Choice.THEIRS));
            ModelStore.save(p.eResource());
            ConflictFile.clear(file);
            b.commit("Measure 1: 78% as agreed with the borough commanders", BEN);
            assertTrue(b.status().clean(), b.status().toString());
            b.publish(Credentials.NONE);
            assertEquals(UpdateResult.Outcome.FAST_FORWARD, a.update(Credentials.NONE, ANNA).outcome());
            assertEquals("78%", target(plan(a), "m-1-t2009").getValue());
            assertEquals(errorsBefore, errors(a));

            // history: the commits that changed the plan, newest first, with author and reason (B's resolution took
            // A's version as it was, so, as in git, A's commit is the one that changed it)
            List<HistoryEntry> h = a.history(a.workTree().resolve(PLAN));
            assertEquals("Measure 1: 78% agreed with the borough commanders", h.get(0).summary());
            assertEquals("Anna Analyst", h.get(0).author());
            assertTrue(h.stream().anyMatch(e -> e.summary().startsWith("Update: merge of the published plan")
                    && e.author().equals("Ben Analyst")), "the clean merge changed the file: " + h);
            assertTrue(h.stream().anyMatch(e -> e.summary().equals("Objective 1 retitled after the committee meeting")
                    && e.author().equals("Anna Analyst")));
            assertEquals("Plan as published", h.get(h.size() - 1).summary());
            String first = h.get(h.size() - 1).id();
            assertFalse(new String(a.read(a.workTree().resolve(PLAN), first)).contains("82%"));
        }
    }

    /** A bare repository holding the sample project, reached as file://. */
    private String sharedRepository() throws Exception {
        Path work = dir.resolve("publisher");
        Path examples = examples();
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            Examples.copyTree(examples.resolve(folder), work.resolve(folder));
        }
        PlanRepository.init(work, "Plan as published", ANNA).close();
        Path bare = dir.resolve("shared.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        return "file://" + bare.toAbsolutePath();
    }

    private static Path examples() {
        return Examples.dir();
    }

    private static void edit(PlanRepository r, Consumer<Plan> e) throws Exception {
        Plan p = plan(r);
        e.accept(p);
        ModelStore.save(p.eResource());
    }

    private static Plan plan(PlanRepository r) throws Exception {
        return ModelStore.loadPlan(r.workTree().resolve(PLAN));
    }

    private static Target target(Plan p, String id) {
        return (Target) p.eResource().getEObject(id);
    }

    /** The errors validation reports (rule and element), the way the Problems view lists them. */
    private static Set<String> errors(PlanRepository r) throws Exception {
        Set<String> out = new TreeSet<>();
        for (Finding f : Validation.validate(plan(r))) {
            if (f.severity() == Severity.ERROR) {
                out.add(f.rule() + " " + f.elementId());
            }
        }
        return out;
    }
}

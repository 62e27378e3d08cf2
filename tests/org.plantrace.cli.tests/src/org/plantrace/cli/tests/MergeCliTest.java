package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.tests.CliTest.Result;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;

/** {@code plantrace merge} and {@code install-git-merge}: exit codes, what is written, and git using the driver. */
class MergeCliTest {

    @TempDir
    Path dir;

    /** A copy of the sample in {@code folder}, edited and saved as the workbench saves it. */
    private Path version(String name, Consumer<Plan> edit) throws Exception {
        Path p = dir.resolve(name);
        Files.copy(Path.of(CliTest.sample()), p);
        Plan plan = ModelStore.loadPlan(p);
        edit.accept(plan);
        ModelStore.save(plan.eResource());
        return p;
    }

    private static Target target(Plan p, String id) {
        return (Target) p.eResource().getEObject(id);
    }

    @Test
    void cleanMergeWritesBothChangesIntoOursAndExitsZero() throws Exception {
        Path base = version("base.plan", p -> { });
        Path ours = version("ours.plan", p -> p.getObjectives().get(0).setTitle("Make our services more accessible"));
        Path theirs = version("theirs.plan", p -> target(p, "m-1-t2009").setValue("82%"));
        Result r = CliTest.run("merge", base.toString(), ours.toString(), theirs.toString());
        assertEquals(0, r.code(), r.err());
        Plan merged = ModelStore.loadPlan(ours);
        assertEquals("Make our services more accessible", merged.getObjectives().get(0).getTitle());
        assertEquals("82%", target(merged, "m-1-t2009").getValue());
        assertFalse(Files.exists(dir.resolve("ours.plan.conflicts.json")));
    }

    @Test
    void conflictsExitOneWithTheFileWrittenAndTheConflictsRecorded() throws Exception {
        Path base = version("base.plan", p -> { });
        Path ours = version("ours.plan", p -> target(p, "m-1-t2009").setValue("80%"));
        Path theirs = version("theirs.plan", p -> {
            target(p, "m-1-t2009").setValue("82%");
            p.getObjectives().get(2).setTitle("Be intolerant of violence");
        });
        Path out = dir.resolve("merged.plan");
        Result r = CliTest.run("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("1 conflict(s)"), r.err());
        assertTrue(r.err().contains("target 2009/10 of measure 1 'Percentage of people who agree"), r.err());
        assertTrue(r.err().contains(": 80% (ours) vs 82% (theirs), base 79%"), r.err());
        Plan merged = ModelStore.loadPlan(out);
        assertEquals("80%", target(merged, "m-1-t2009").getValue(), "ours kept at the conflict");
        assertEquals("Be intolerant of violence", merged.getObjectives().get(2).getTitle(), "their clean change is in");
        String json = Files.readString(dir.resolve("merged.plan.conflicts.json"));
        assertTrue(json.contains("\"element\": \"m-1-t2009\""), json);
        assertTrue(json.contains("\"theirs\": \"82%\""), json);
        assertEquals(Files.readString(version("ours2.plan", p -> target(p, "m-1-t2009").setValue("80%"))),
                Files.readString(ours), "-o leaves ours as it was");
    }

    @Test
    void unusableInputExitsTwoAndNeverTouchesOurs() throws Exception {
        Path base = version("base.plan", p -> { });
        Path ours = version("ours.plan", p -> target(p, "m-1-t2009").setValue("80%"));
        Path theirs = dir.resolve("theirs.plan");
        byte[] whole = Files.readAllBytes(base);
        Files.write(theirs, java.util.Arrays.copyOf(whole, whole.length / 2));
        byte[] before = Files.readAllBytes(ours);
        Result r = CliTest.run("merge", base.toString(), ours.toString(), theirs.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("theirs.plan (theirs)") && r.err().contains("truncated"), r.err());
        assertArrayEquals(before, Files.readAllBytes(ours));
        assertFalse(Files.exists(dir.resolve("ours.plan.conflicts.json")));

        Result missing = CliTest.run("merge", base.toString(), ours.toString(), dir.resolve("none.plan").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.plan: no such file"), missing.err());
        assertEquals(2, CliTest.run("merge", base.toString(), ours.toString()).code(), "three files are needed");
        assertArrayEquals(before, Files.readAllBytes(ours));
    }

    @Test
    void aVersionThatIsNoModelExitsTwoEvenWhenItsEditsWouldMergeAsText() throws Exception {
        // disjoint edits, so the text merge applies; but theirs is not a Plantrace model (an attribute no element has):
        // its result does not load, so the merge of the models runs and names theirs, as before the text merge
        Path base = version("base.plan", p -> { });
        Path ours = version("ours.plan", p -> p.getObjectives().get(0).setTitle("Accessible services"));
        Path theirs = version("theirs.plan", p -> target(p, "m-2-t2009").setValue("81%"));
        Files.writeString(theirs, Files.readString(theirs).replace("value=\"81%\"", "value=\"81%\" colour=\"red\""));
        byte[] before = Files.readAllBytes(ours);
        Result r = CliTest.run("merge", base.toString(), ours.toString(), theirs.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("theirs.plan (theirs)") && r.err().contains("colour"), r.err());
        assertArrayEquals(before, Files.readAllBytes(ours));
        assertFalse(Files.exists(dir.resolve("ours.plan.conflicts.json")));
    }

    @Test
    void installGitMergeIsRepeatable() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Result r = CliTest.run("install-git-merge", repo.toString(), "--command", "/opt/plantrace/plantrace");
        assertEquals(0, r.code(), r.err());
        assertEquals("*.plan merge=plantrace\n*.framework merge=plantrace\n",
                Files.readString(repo.resolve(".gitattributes")));
        String config = Files.readString(repo.resolve(".git/config"));
        assertTrue(config.contains("[merge \"plantrace\"]\n\tname = Plantrace model merge (by stable id)\n"
                + "\tdriver = /opt/plantrace/plantrace merge %O %A %B --path %P\n"), config);
        assertEquals(0, CliTest.run("install-git-merge", repo.toString(), "--command", "/opt/plantrace/plantrace").code());
        assertEquals(config, Files.readString(repo.resolve(".git/config")), "a second run changes nothing");
        assertEquals(2, CliTest.run("install-git-merge", dir.resolve("nowhere").toString()).code());
    }

    @Test
    void gitMergesPlansWithTheDriver() throws Exception {
        assumeTrue(git(dir, "--version") == 0, "git is not installed");
        Path repo = dir.resolve("team");
        Files.createDirectories(repo.resolve("plans"));
        Files.copy(Path.of(CliTest.sample()), repo.resolve("plans/plan.plan"));
        assertEquals(0, git(repo, "init", "-q", "-b", "main"));
        Path launcher = driverLauncher();
        assertEquals(0, CliTest.run("install-git-merge", repo.toString(), "--command", launcher.toString()).code());
        assertEquals(0, git(repo, "add", "-A"));
        assertEquals(0, git(repo, "commit", "-q", "-m", "Plan as published"));

        // analyst A on a branch retitles objective 1; analyst B on main changes a target
        assertEquals(0, git(repo, "checkout", "-q", "-b", "analyst-a"));
        edit(repo, p -> p.getObjectives().get(0).setTitle("Make our services more accessible"));
        assertEquals(0, git(repo, "commit", "-q", "-am", "Objective 1 retitled after the committee"));
        assertEquals(0, git(repo, "checkout", "-q", "main"));
        edit(repo, p -> target(p, "m-1-t2009").setValue("82%"));
        assertEquals(0, git(repo, "commit", "-q", "-am", "Target raised to 82% (Full Authority)"));
        assertEquals(0, git(repo, "merge", "-q", "--no-edit", "analyst-a"), "clean merge by id");
        Plan merged = ModelStore.loadPlan(repo.resolve("plans/plan.plan"));
        assertEquals("Make our services more accessible", merged.getObjectives().get(0).getTitle());
        assertEquals("82%", target(merged, "m-1-t2009").getValue());

        // both change the same target: git reports the conflict, the file loads with ours, the conflicts are recorded
        assertEquals(0, git(repo, "checkout", "-q", "-b", "analyst-c"));
        edit(repo, p -> target(p, "m-1-t2009").setValue("78%"));
        assertEquals(0, git(repo, "commit", "-q", "-am", "Target 78%"));
        assertEquals(0, git(repo, "checkout", "-q", "main"));
        edit(repo, p -> target(p, "m-1-t2009").setValue("75%"));
        assertEquals(0, git(repo, "commit", "-q", "-am", "Target 75%"));
        assertEquals(1, git(repo, "merge", "-q", "--no-edit", "analyst-c"));
        Plan conflicted = ModelStore.loadPlan(repo.resolve("plans/plan.plan"));
        assertEquals("75%", target(conflicted, "m-1-t2009").getValue());
        String json = Files.readString(repo.resolve("plans/plan.plan.conflicts.json"));
        assertTrue(json.contains("75% (ours) vs 78% (theirs), base 82%"), json);
        assertFalse(Files.readString(repo.resolve("plans/plan.plan")).contains("<<<<<<<"), "no text conflict markers");
    }

    private static void edit(Path repo, Consumer<Plan> e) throws Exception {
        Plan p = ModelStore.loadPlan(repo.resolve("plans/plan.plan"));
        e.accept(p);
        ModelStore.save(p.eResource());
    }

    /** A script that runs this build's command line, as git will start it. */
    private Path driverLauncher() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path script = dir.resolve("plantrace-test");
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.plantrace.cli.Main \"$@\"\n", StandardCharsets.UTF_8);
        assertTrue(script.toFile().setExecutable(true));
        return script;
    }

    private static int git(Path in, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Analyst", "-c", "user.email=analyst@example.org",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(in.toFile()).redirectErrorStream(true)
                .redirectOutput(in.resolve("../git-" + System.nanoTime() + ".log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}

package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.tests.support.Examples;
import org.plantrace.cli.tests.CliTest.Result;
import org.plantrace.model.Plan;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;

/**
 * {@code plantrace changes}: "Changes to the Plan" from a real local git repository (reasons = commit messages) and
 * between two files (reasons = change notes), as text and as documents.
 */
class ChangesCliTest {

    private static final String PLAN = "policing-london-2009-12/plan.plan";
    private static final String NEW_TITLE = "Make our services more accessible to victims and witnesses";
    private static final String RETITLE_REASON = "Objective 1 retitled after the Full Authority meeting";
    private static final String TARGET_REASON = "Committee raised the respect target for 2009/10";
    private static final PersonIdent ANNA = new PersonIdent("Anna Analyst", "anna@example.org");
    private static final PersonIdent BEN = new PersonIdent("Ben Analyst", "ben@example.org");

    @TempDir
    Path dir;

    @Test
    void documentListsARetitleAndATargetChangeWithTheCommitMessagesAsReasons() throws Exception {
        Path work = dir.resolve("work");
        copySample(work);
        String published;
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            published = commit(git, "Plan as published", ANNA);
            edit(work, p -> p.getObjectives().get(0).setTitle(NEW_TITLE));
            commit(git, RETITLE_REASON + "\n\nAgreed at the meeting of 26 March.", ANNA);
            Files.writeString(work.resolve("minutes.txt"), "not part of the plan");
            commit(git, "Minutes of the committee", BEN);
            edit(work, p -> ((Target) p.eResource().getEObject("m-1-t2009")).setValue("82%"));
            commit(git, TARGET_REASON, BEN);
        }

        Result text = CliTest.run("changes", PLAN, "--git", work.toString(), "--from", published);
        assertEquals(0, text.code(), text.err());
        List<String> lines = text.lines();
        int retitle = indexOf(lines, "  Title of objective 1: ");
        assertTrue(lines.get(retitle).endsWith(": 'Make our service more accessible and improve peoples experience of "
                + "their contact with us, especially victims and witnesses' \u2192 '" + NEW_TITLE + "'"), text.out());
        assertTrue(lines.get(retitle + 1).startsWith("      because: " + RETITLE_REASON + " (Anna Analyst, "),
                text.out());
        assertFalse(lines.get(retitle + 2).contains("because:"), "one commit made the retitle: " + text.out());
        int target = indexOf(lines, "  Target 2009/10 of measure 1 'Percentage of people who agree that the police treat"
                + " you ...': 79% \u2192 82%");
        assertTrue(lines.get(target + 1).startsWith("      because: " + TARGET_REASON + " (Ben Analyst, "), text.out());
        assertTrue(retitle < target, "objective 1 comes before its measure 1, as in the plan");
        assertEquals("Objective 1 'Make our services more accessible to victims and witnesses'",
                lines.get(retitle - 1), "grouped under the element");
        assertEquals("Measure 1 'Percentage of people who agree that the police treat you ...'", lines.get(target - 1));
        assertEquals("2 change(s)", lines.get(lines.size() - 1), text.out());
        assertFalse(text.out().contains("Minutes"), "a commit that left the plan alone gives no reason");

        Path out = dir.resolve("out");
        for (String format : List.of("html", "csv", "docx", "pdf")) {
            Result r = CliTest.run("changes", work.resolve(PLAN).toString(), "--from", published, "--to", "HEAD",
                    "--format", format, "-o", out.toString());
            assertEquals(0, r.code(), format + ": " + r.err());
        }
        String csv = Files.readString(out.resolve("changes-to-the-plan-changes.csv"), StandardCharsets.UTF_8);
        String targetRow = csv.lines().filter(l -> l.contains("79% \u2192 82%")).findFirst().orElseThrow();
        assertTrue(targetRow.startsWith("Measure 1 'Percentage of people who agree"), targetRow);
        assertTrue(targetRow.contains(TARGET_REASON), targetRow);
        String retitleRow = csv.lines().filter(l -> l.contains("Title of objective 1")).findFirst().orElseThrow();
        assertTrue(retitleRow.contains(RETITLE_REASON) && !retitleRow.contains(TARGET_REASON), retitleRow);

        String html = Files.readString(out.resolve("changes-to-the-plan.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Changes to the Plan"), "the section heading");
        assertTrue(html.contains(TARGET_REASON) && html.contains(RETITLE_REASON), "both reasons");
        assertTrue(html.contains("79% \u2192 82%"), "the target change");

        String docx;
        try (ZipFile z = new ZipFile(out.resolve("changes-to-the-plan.docx").toFile())) {
            docx = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(docx.contains(RETITLE_REASON) && docx.contains(TARGET_REASON) && docx.contains("79% \u2192 82%"),
                "the Word document lists the changes and their reasons");
        byte[] pdf = Files.readAllBytes(out.resolve("changes-to-the-plan.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void twoFilesTakeTheChangeNotesAsReasons() throws Exception {
        Files.writeString(dir.resolve(".project"), "<projectDescription/>");
        Path before = dir.resolve("before.plan");
        Path after = dir.resolve("after.plan");
        Files.copy(Path.of(CliTest.sample()), before);
        Files.copy(Path.of(CliTest.sample()), after);
        Plan p = ModelStore.loadPlan(after);
        Target t = (Target) p.eResource().getEObject("m-1-t2009");
        t.setValue("82%");
        t.setNote("Raised after the Authority's scrutiny committee");
        ModelStore.save(p.eResource());

        Result r = CliTest.run("changes", before.toString(), after.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        int target = indexOf(lines, "  Target 2009/10 of measure 1 'Percentage of people who agree that the police treat"
                + " you ...': 79% \u2192 82%");
        assertEquals("      because: Raised after the Authority's scrutiny committee", lines.get(target + 1));
        assertFalse(r.out().contains("Note of"), "the note is the reason, not a change of its own: " + r.out());
        assertEquals("1 change(s)", lines.get(lines.size() - 1));

        Result bad = CliTest.run("changes", before.toString(), "--from", "no-such-commit");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("no-such-commit") || bad.err().contains("repository"), bad.err());
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starting '" + start + "' in:\n" + String.join("\n", lines));
    }

    private static String commit(Git git, String message, PersonIdent who) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call().getName();
    }

    private static void edit(Path work, Consumer<Plan> e) throws Exception {
        Plan p = ModelStore.loadPlan(work.resolve(PLAN));
        e.accept(p);
        ModelStore.save(p.eResource());
    }

    private static void copySample(Path work) throws Exception {
        Path examples = CliTest.examples();
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            Examples.copyTree(examples.resolve(folder), work.resolve(folder));
        }
    }
}

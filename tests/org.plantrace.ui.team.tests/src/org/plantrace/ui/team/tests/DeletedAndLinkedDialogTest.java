package org.plantrace.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.ui.team.tests.TeamFixture.ANNA;
import static org.plantrace.ui.team.tests.TeamFixture.BEN;
import static org.plantrace.ui.team.tests.TeamFixture.PLAN;
import static org.plantrace.ui.team.tests.TeamFixture.edit;
import static org.plantrace.ui.team.tests.TeamFixture.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.model.Alignment;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.io.ModelStore;
import org.plantrace.team.Credentials;
import org.plantrace.team.PlanRepository;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;

/**
 * An element deleted here and linked by the other analyst: this workbench (Ben) deleted key activity 1 of objective
 * 1, Anna linked it from objective 1's link to concern C1 and published. Update opens the resolution dialog, which
 * shows the deleted key activity (title, id, who deleted it, what links to it) and says what each side does; taking
 * theirs puts it back with Anna's link, as one undoable command, and saves.
 */
class DeletedAndLinkedDialogTest {

    private static final String KA1 = "obj-access-ka1";
    private static final String C1 = "obj-access-c1";
    private static final String KA1_TITLE = "To improve public confidence in policing London";

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        page().closeAllEditors(false);
        if (project != null && project.exists()) {
            project.delete(false, true, null);
        }
    }

    @Test
    void theDeletedElementIsShownAndTheirsPutsItBackWithItsLink() throws Exception {
        Path dir = Files.createTempDirectory("plantrace-deleted-linked");
        String shared = TeamFixture.sharedRepository(dir);
        try (PlanRepository a = PlanRepository.cloneFrom(shared, dir.resolve("anna"), Credentials.NONE);
                PlanRepository b = PlanRepository.cloneFrom(shared, dir.resolve("ben"), Credentials.NONE)) {
            edit(a, p -> ((Alignment) p.eResource().getEObject(C1)).getKeyActivities()
                    .add((KeyActivity) p.eResource().getEObject(KA1)));
            a.commit("Concern C1 is met by key activity 1", ANNA);
            a.publish(Credentials.NONE);
            edit(b, p -> EcoreUtil.delete(p.eResource().getEObject(KA1), true));
            b.commit("Key activity 1 dropped after the committee meeting", BEN);
            b.setAuthor(BEN);

            project = TeamFixture.project("deleted-linked", b.workTree());
            PlanEditor editor = (PlanEditor) IDE.openEditor(page(), project.getFile(PLAN), PlantraceUi.PLAN_EDITOR_ID, true);
            Screen.waitUntil("the plan editor shows its tree", 15_000,
                    () -> editor.getViewer() != null && editor.getViewer().getTree().getItemCount() > 0);

            List<String> shown = new ArrayList<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Runnable driver = new Runnable() {
                int tries;

                @Override
                public void run() {
                    Shell s = Screen.shell("Resolve Conflicts");
                    if (s == null) {
                        if (++tries < 300) {
                            Screen.display().timerExec(100, this);
                        }
                        return;
                    }
                    try {
                        drive(s, shown);
                    } catch (Throwable t) {
                        failure.set(t);
                        s.close();
                    }
                }
            };
            Screen.display().timerExec(200, driver);
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.plantrace.ui.team.update", null);
            if (failure.get() != null) {
                throw new AssertionError("in the dialog: " + failure.get(), failure.get());
            }
            assertEquals(8, shown.size(), shown.toString());
            assertEquals("rows: 1", shown.get(0), "one conflict");
            String described = shown.get(1);
            String[] lines = described.split("\n");
            assertEquals(5, lines.length, described);
            assertTrue(lines[0].startsWith("key activities of link from objective 1 "), lines[0]);
            assertTrue(lines[0].endsWith(" deleted (ours) vs linked (theirs); link left out"), lines[0]);
            assertTrue(lines[1].startsWith("The element: KA1 of objective 1 'To improve public confidence in policing "
                    + "London'"), lines[1]);
            assertTrue(lines[1].endsWith("(id obj-access-ka1)"), lines[1]);
            assertEquals("Title: " + KA1_TITLE, lines[2]);
            assertEquals("Deleted by: you (ours)", lines[3]);
            assertTrue(lines[4].startsWith("Linked from: key activities of link from objective 1 "), lines[4]);
            assertTrue(lines[4].endsWith(" (theirs)"), lines[4]);
            assertEquals("ours: KA1 of objective 1 '" + KA1_TITLE + "' stays deleted, and their link to it (key "
                    + "activities) is left out.", shown.get(2));
            assertEquals("theirs: KA1 of objective 1 '" + KA1_TITLE + "' is put back as they have it (id " + KA1
                    + "), with their link to it (key activities).", shown.get(3));
            assertEquals("base: KA1 of objective 1 '" + KA1_TITLE + "' was there, without their link to it.",
                    shown.get(4));
            assertEquals("theirs enabled: true", shown.get(5));
            assertEquals("after theirs: theirs", shown.get(6));
            assertTrue(Integer.parseInt(shown.get(7).substring("painted colours: ".length())) > 2,
                    "the element's description is painted: " + shown.get(7));

            // put back with the link, as one undoable command, and saved
            Screen.spin(300);
            PlanEditor now = (PlanEditor) page().getActiveEditor();
            KeyActivity ka = (KeyActivity) now.element(KA1);
            assertNotNull(ka, "the key activity is back");
            assertEquals(KA1_TITLE, ka.getTitle());
            assertEquals(List.of(ka), ((Alignment) now.element(C1)).getKeyActivities());
            assertFalse(now.isDirty(), "saved");
            Path file = b.workTree().resolve(PLAN);
            assertFalse(Files.exists(ConflictFile.of(file)));
            var saved = ModelStore.loadPlan(file).eResource();
            assertEquals(List.of(saved.getEObject(KA1)), ((Alignment) saved.getEObject(C1)).getKeyActivities());
            var stack = now.getEditingDomain().getCommandStack();
            assertEquals("Resolve Conflicts", stack.getUndoCommand().getLabel());
            stack.undo();
            assertNull(now.element(KA1), "undone: deleted again");
            assertTrue(((Alignment) now.element(C1)).getKeyActivities().isEmpty());
            stack.redo();
            assertNotNull(now.element(KA1));
            now.doSave(null);
        }
    }

    /** Reads what the dialog shows for the conflict, takes theirs and resolves. */
    private static void drive(Shell s, List<String> shown) {
        Screen.spin(300);
        Screen.screenshot(s, "resolve-deleted-and-linked");
        Table table = Screen.all(s, Table.class).get(0);
        shown.add("rows: " + table.getItemCount());
        List<Text> texts = Screen.all(s, Text.class).stream().filter(t -> (t.getStyle() & SWT.READ_ONLY) != 0).toList();
        shown.add(texts.get(0).getText());
        shown.add("ours: " + texts.get(1).getText());
        shown.add("theirs: " + texts.get(2).getText());
        shown.add("base: " + texts.get(3).getText());
        Button theirs = button(s, "&Theirs");
        shown.add("theirs enabled: " + theirs.isEnabled());
        theirs.setSelection(true);
        theirs.notifyListeners(SWT.Selection, new Event());
        shown.add("after theirs: " + table.getItem(0).getText(1));
        Text described = texts.get(0);
        shown.add("painted colours: " + Screen.distinctColours(Screen.snapshot(described, described.getClientArea())));
        Screen.spin(300);
        Screen.screenshot(s, "resolve-deleted-and-linked-chosen");
        button(s, "&Resolve and Save").notifyListeners(SWT.Selection, new Event());
    }

    private static Button button(Shell s, String text) {
        return Screen.all(s, Button.class).stream().filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }
}

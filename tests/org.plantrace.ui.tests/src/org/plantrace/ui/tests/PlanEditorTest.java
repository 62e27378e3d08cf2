package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.core.validation.Severity;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.editor.Prompts;

/** The plan editor as a user sees it: edit in place, undo, redo, save, reopen; reorder; disk changes. */
class PlanEditorTest {

    private static final String NEW_TITLE = "Cut serious violence and protect young Londoners";

    @AfterEach
    void restore() {
        Prompts.set(null);
        Sample.page().closeAllEditors(false);
    }

    static void run(String commandId) throws ExecutionException, NotDefinedException, NotEnabledException,
            NotHandledException {
        IHandlerService hs = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        hs.executeCommand(commandId, null);
        Ui.spin(100);
    }

    static TreeItem item(PlanEditor editor, EObject element) {
        editor.getViewer().reveal(element);
        Ui.spin(50);
        Tree tree = editor.getViewer().getTree();
        TreeItem hit = findByData(tree.getItems(), element);
        assertNotNull(hit, "the tree shows " + element);
        return hit;
    }

    private static TreeItem findByData(TreeItem[] items, Object data) {
        for (TreeItem i : items) {
            if (i.getData() == data) {
                return i;
            }
            TreeItem hit = findByData(i.getItems(), data);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** Edits the element's title in place, as after F2: types into the cell editor and presses Enter. */
    static void renameInPlace(PlanEditor editor, EObject element, String title) {
        editor.getViewer().setSelection(new StructuredSelection(element), true);
        editor.getViewer().editElement(element, 0);
        Ui.spin(100);
        Text text = null;
        for (Control c : editor.getViewer().getTree().getChildren()) {
            if (c instanceof Text t && t.isVisible()) {
                text = t;
            }
        }
        assertNotNull(text, "an in-place text editor is open");
        text.setText(title);
        Event e = new Event();
        e.detail = SWT.TRAVERSE_RETURN;
        e.keyCode = SWT.CR;
        e.character = SWT.CR;
        text.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.spin(200);
    }

    @Test
    void editTitleUndoRedoSaveReopenAndSeeTheChange() throws Exception {
        IFile file = Sample.fresh();
        PlanEditor editor = Sample.open(file);
        Tree tree = editor.getViewer().getTree();
        assertTrue(Ui.distinctColours(Ui.snapshot(tree)) > 40,
                "the tree is painted (text anti-aliasing and icons give many colours)");

        CorporateObjective violence = (CorporateObjective) editor.element("obj-violence");
        String oldTitle = violence.getTitle();
        editor.getViewer().setSelection(new StructuredSelection(violence), true);
        tree.setFocus();
        Ui.spin(200);
        TreeItem row = item(editor, violence);
        assertEquals("3. " + oldTitle, row.getText(0));
        ImageData before = Ui.row(row);
        Ui.screenshot("editor-1-before-edit");

        renameInPlace(editor, violence, NEW_TITLE);
        assertEquals(NEW_TITLE, violence.getTitle());
        Ui.waitUntil("the editor is dirty", 5_000, editor::isDirty);
        tree.setFocus();
        Ui.spin(400);
        row = item(editor, violence);
        assertEquals("3. " + NEW_TITLE, row.getText(0), "the row shows the new title");
        ImageData edited = Ui.row(row);
        assertTrue(Ui.difference(before, edited) > 0.01, "the row is painted differently after the edit");
        assertTrue(Ui.distinctColours(edited) > 10, "the edited row is painted");
        Ui.screenshot("editor-2-edited");

        run(IWorkbenchCommandConstants.EDIT_UNDO);
        Ui.spin(400);
        assertEquals(oldTitle, violence.getTitle(), "undo restores the title");
        tree.setFocus();
        Ui.spin(200);
        row = item(editor, violence);
        assertEquals("3. " + oldTitle, row.getText(0));
        assertTrue(Ui.difference(before, Ui.row(row)) < 0.002, "after undo the row looks as before the edit");
        assertFalse(editor.isDirty(), "undoing the only change makes the editor clean again");

        run(IWorkbenchCommandConstants.EDIT_REDO);
        Ui.spin(400);
        assertEquals(NEW_TITLE, violence.getTitle(), "redo applies the edit again");
        tree.setFocus();
        Ui.spin(200);
        row = item(editor, violence);
        assertTrue(Ui.difference(edited, Ui.row(row)) < 0.002, "after redo the row looks as after the edit");
        assertTrue(editor.isDirty());

        run(IWorkbenchCommandConstants.FILE_SAVE);
        Ui.waitUntil("the editor is saved", 5_000, () -> !editor.isDirty());
        Path onDisk = file.getLocation().toPath();
        assertTrue(Files.readString(onDisk, StandardCharsets.UTF_8).contains(NEW_TITLE), "the file holds the new title");
        assertEquals(NEW_TITLE, ((CorporateObjective) ModelStore.loadPlan(onDisk).eResource().getEObject("obj-violence"))
                .getTitle());
        assertEquals(0, Files.list(onDisk.getParent()).filter(p -> p.getFileName().toString().endsWith(".tmp")).count(),
                "no temporary file is left beside the plan");

        Sample.page().closeAllEditors(false);
        Ui.spin(100);
        PlanEditor reopened = Sample.open(file);
        EObject again = reopened.element("obj-violence");
        reopened.getViewer().setSelection(new StructuredSelection(again), true);
        reopened.getViewer().getTree().setFocus();
        Ui.spin(200);
        TreeItem reopenedRow = item(reopened, again);
        assertEquals("3. " + NEW_TITLE, reopenedRow.getText(0), "the reopened plan shows the change");
        assertTrue(Ui.difference(edited, Ui.row(reopenedRow)) < 0.002,
                "the reopened row is painted as the edited one was");
        Ui.screenshot("editor-3-reopened");
    }

    @Test
    void undoAndRedoWorkWhileAViewHasTheFocus() throws Exception {
        PlanEditor editor = Sample.openPlan();
        CorporateObjective violence = (CorporateObjective) editor.element("obj-violence");
        String oldTitle = violence.getTitle();
        renameInPlace(editor, violence, NEW_TITLE);
        assertEquals(NEW_TITLE, violence.getTitle());
        for (String view : List.of("org.plantrace.ui.views.CoverageView", "org.plantrace.ui.matrix.MatrixView",
                "org.plantrace.ui.diagram.DiagramView", "org.eclipse.ui.views.PropertySheet")) {
            var part = Sample.page().showView(view);
            Sample.page().activate(part);
            Ui.spin(200);
            assertEquals(part, Sample.page().getActivePart(), view + " has the focus");
            run(IWorkbenchCommandConstants.EDIT_UNDO);
            assertEquals(oldTitle, violence.getTitle(), "Edit > Undo in " + view + " undoes the editor's change");
            run(IWorkbenchCommandConstants.EDIT_REDO);
            assertEquals(NEW_TITLE, violence.getTitle(), "and Redo redoes it");
        }
        assertTrue(editor.isDirty());
        run(IWorkbenchCommandConstants.EDIT_UNDO);
        assertFalse(editor.isDirty(), "back at the saved state");
    }

    @Test
    void acceptingPublishedWordingsSilencesTheirWarningsAndUndoBringsThemBack() throws Exception {
        PlanEditor editor = Sample.openPlan();
        CorporateObjective access = (CorporateObjective) editor.element("obj-access");
        long before = drift(editor, access);
        assertTrue(before > 0, "the sample's objective 1 is worded differently in published tables");
        editor.getViewer().setSelection(new StructuredSelection(access), true);
        Ui.spin(200);
        editor.getActions().update();
        assertTrue(editor.getActions().acceptWordings.isEnabled());
        editor.getActions().acceptWordings.run();
        Ui.spin(300);
        assertEquals(0, drift(editor, access), "accepted wordings are no longer reported");
        assertTrue(access.getWordings().stream().anyMatch(org.plantrace.model.Wording::isReviewed));
        assertTrue(editor.isDirty());
        run(IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(before, drift(editor, access), "undo brings the warnings back");
    }

    private static long drift(PlanEditor editor, EObject element) {
        return editor.validate().stream().filter(f -> f.element() == element && f.rule().equals("title-drift")).count();
    }

    @Test
    void reorderingKeyActivitiesRenumbersThemAndKeepsTheirIds() throws Exception {
        PlanEditor editor = Sample.openPlan();
        KeyActivity ka2 = (KeyActivity) editor.element("obj-violence-ka2");
        CorporateObjective obj = (CorporateObjective) ka2.eContainer();
        String title = ka2.getTitle();
        editor.getViewer().setSelection(new StructuredSelection(ka2), true);
        Ui.spin(100);
        editor.getActions().moveUp.run();
        Ui.spin(300);
        assertEquals(0, obj.getKeyActivities().indexOf(ka2));
        assertEquals("obj-violence-ka2", ka2.getId(), "the id stays");
        TreeItem row = item(editor, ka2);
        assertTrue(row.getText(0).startsWith("KA1 "), "it is now printed KA1: " + row.getText(0));
        KeyActivity other = (KeyActivity) editor.element("obj-violence-ka1");
        assertTrue(item(editor, other).getText(0).startsWith("KA2 "), "the other one is now KA2");
        editor.getActions().undo.run();
        Ui.spin(300);
        assertEquals(1, obj.getKeyActivities().indexOf(ka2));
        String label = item(editor, ka2).getText(0);
        assertTrue(label.startsWith("KA2 ") && label.contains(title.substring(0, 10)), label);
    }

    @Test
    void droppingAKeyActivityBeforeAnotherMovesItThereInOneUndoableStep() throws Exception {
        PlanEditor editor = Sample.openPlan();
        KeyActivity ka1 = (KeyActivity) editor.element("obj-networks-ka1");
        KeyActivity ka4 = (KeyActivity) editor.element("obj-networks-ka4");
        CorporateObjective obj = (CorporateObjective) ka1.eContainer();
        // what the tree's drop adapter executes for a drop on the upper part of KA1's row
        var drop = org.eclipse.emf.edit.command.DragAndDropCommand.create(editor.getEditingDomain(), ka1, 0.1f,
                org.eclipse.swt.dnd.DND.DROP_MOVE, org.eclipse.swt.dnd.DND.DROP_MOVE, List.of(ka4));
        assertTrue(drop.canExecute());
        editor.getEditingDomain().getCommandStack().execute(drop);
        Ui.spin(300);
        assertEquals(0, obj.getKeyActivities().indexOf(ka4), "KA4 is now first");
        assertTrue(item(editor, ka4).getText(0).startsWith("KA1 "), "and printed KA1");
        var intoOther = org.eclipse.emf.edit.command.DragAndDropCommand.create(editor.getEditingDomain(),
                editor.element("obj-terrorism"), 0.5f, org.eclipse.swt.dnd.DND.DROP_MOVE,
                org.eclipse.swt.dnd.DND.DROP_MOVE, List.of(editor.element("obj-networks")));
        if (intoOther.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(intoOther);
            assertEquals(editor.getPlan(), editor.element("obj-networks").eContainer(),
                    "an objective dropped on another one stays an objective of the plan (it is placed beside it)");
            run(IWorkbenchCommandConstants.EDIT_UNDO);
        }
        run(IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(3, obj.getKeyActivities().indexOf(ka4), "undo puts it back");
    }

    @Test
    void deletingAKeyActivityRemovesTheCitationsOfItAndUndoRestoresThem() throws Exception {
        PlanEditor editor = Sample.openPlan();
        KeyActivity ka3 = (KeyActivity) editor.element("obj-access-ka3");
        long citing = citations(editor.getPlan(), ka3);
        assertTrue(citing > 0, "alignments cite KA3 of objective 1");
        String[] asked = new String[1];
        Prompts.set(new ScriptedPrompts() {
            @Override
            public boolean confirmDelete(org.eclipse.swt.widgets.Shell shell, String what, String consequences) {
                asked[0] = consequences;
                return true;
            }
        });
        editor.getViewer().setSelection(new StructuredSelection(ka3), true);
        run(IWorkbenchCommandConstants.EDIT_DELETE);
        assertNotNull(asked[0], "the user is told what else changes");
        assertTrue(asked[0].contains("keyActivities KA3"), asked[0]);
        assertEquals(null, ka3.eContainer(), "KA3 is deleted");
        assertEquals(0, citations(editor.getPlan(), ka3), "no alignment refers to the deleted key activity");
        run(IWorkbenchCommandConstants.EDIT_UNDO);
        assertNotNull(ka3.eContainer());
        assertEquals(citing, citations(editor.getPlan(), ka3), "undo restores the citations");
    }

    private static long citations(Plan plan, KeyActivity ka) {
        long n = 0;
        for (var it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.plantrace.model.Alignment a && a.getKeyActivities().contains(ka)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void copyAndPasteGivesTheCopyFreshIds() throws Exception {
        PlanEditor editor = Sample.openPlan();
        CorporateObjective obj = (CorporateObjective) editor.element("obj-terrorism");
        editor.getViewer().setSelection(new StructuredSelection(obj), true);
        run(IWorkbenchCommandConstants.EDIT_COPY);
        editor.getViewer().setSelection(new StructuredSelection(editor.getPlan()), true);
        Ui.spin(100);
        run(IWorkbenchCommandConstants.EDIT_PASTE);
        Plan plan = editor.getPlan();
        CorporateObjective copy = plan.getObjectives().get(plan.getObjectives().size() - 1);
        assertNotEquals(obj, copy);
        assertEquals(obj.getTitle(), copy.getTitle());
        assertNotEquals(obj.getId(), copy.getId(), "the copy has its own id");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var it = plan.eResource().getAllContents(); it.hasNext();) {
            String id = org.eclipse.emf.ecore.util.EcoreUtil.getID(it.next());
            assertTrue(id == null || ids.add(id), "ids stay unique: " + id);
        }
        assertTrue(copy.getAlignments().get(0).getKeyActivities().stream()
                .allMatch(ka -> ka.eContainer() == copy), "the copy's alignments cite the copy's key activities");
    }

    @Test
    void aFileChangedOnDiskWhileTheEditorIsDirtyAsksAndReloads() throws Exception {
        IFile file = Sample.fresh();
        PlanEditor editor = Sample.open(file);
        CorporateObjective obj = (CorporateObjective) editor.element("obj-events");
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), obj, PlantracePackage.Literals.NAMED__TITLE, "Edited in the editor"));
        Ui.waitUntil("dirty", 5_000, editor::isDirty);

        Path path = file.getLocation().toPath();
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String changed = text.replace("title=\"Enhance Our Counter Terrorism Capability and Capacity\"",
                "title=\"Counter terrorism, changed elsewhere\"");
        assertNotEquals(text, changed);
        Files.writeString(path, changed, StandardCharsets.UTF_8);

        List<String> asked = new java.util.ArrayList<>();
        Prompts.set(new ScriptedPrompts() {
            @Override
            public DiskConflict changedOnDisk(org.eclipse.swt.widgets.Shell shell, String fileName) {
                asked.add(fileName);
                return DiskConflict.RELOAD;
            }
        });
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        Ui.waitUntil("the user is asked", 5_000, () -> !asked.isEmpty());
        Ui.waitUntil("the editor reloads", 5_000, () -> !editor.isDirty());
        CorporateObjective terrorism = (CorporateObjective) editor.element("obj-terrorism");
        assertEquals("Counter terrorism, changed elsewhere", terrorism.getTitle());
        Ui.spin(300);
        assertTrue(item(editor, terrorism).getText(0).contains("changed elsewhere"), "the tree shows the file's version");
        assertEquals(1, asked.size());
    }

    @Test
    void keepingMyChangesOverDiskChangesOverwritesOnSaveWithoutAskingAgain() throws Exception {
        IFile file = Sample.fresh();
        PlanEditor editor = Sample.open(file);
        CorporateObjective obj = (CorporateObjective) editor.element("obj-events");
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), obj, PlantracePackage.Literals.NAMED__TITLE, "Mine"));
        Ui.waitUntil("dirty", 5_000, editor::isDirty);
        Path path = file.getLocation().toPath();
        Files.writeString(path, Files.readString(path).replace("Enhance Our Counter Terrorism", "Theirs"));
        int[] conflicts = { 0 };
        int[] overwrites = { 0 };
        Prompts.set(new ScriptedPrompts() {
            @Override
            public DiskConflict changedOnDisk(org.eclipse.swt.widgets.Shell shell, String fileName) {
                conflicts[0]++;
                return DiskConflict.KEEP_MINE;
            }

            @Override
            public boolean overwriteChangedFile(org.eclipse.swt.widgets.Shell shell, String fileName) {
                overwrites[0]++;
                return true;
            }
        });
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        Ui.waitUntil("asked", 5_000, () -> conflicts[0] == 1);
        assertTrue(editor.isDirty());
        editor.doSave(null);
        Ui.spin(200);
        assertFalse(editor.isDirty());
        assertEquals(0, overwrites[0], "the user already chose to keep the editor's version");
        String saved = Files.readString(path);
        assertTrue(saved.contains("title=\"Mine\""));
        assertFalse(saved.contains("Theirs"), "the editor's version replaced the other one, as the user chose");
    }

    @Test
    void aNewObjectiveWithoutLinksGetsAnErrorOverlay() throws Exception {
        PlanEditor editor = Sample.openPlan();
        Plan plan = editor.getPlan();
        CorporateObjective fresh = PlantraceFactory.eINSTANCE.createCorporateObjective();
        EObject added = editor.getActions().createChild(plan, PlantracePackage.Literals.PLAN__OBJECTIVES, fresh, -1,
                false);
        assertEquals(fresh, added);
        assertTrue(fresh.getId().matches("obj-[a-z0-9]{6}"), "a new id in the sample's style, never a reused one: "
                + fresh.getId());
        Ui.waitUntil("the editor analyses the change", 5_000, () -> editor.severityOf(fresh) == Severity.ERROR);
        TreeItem row = item(editor, fresh);
        assertEquals("8. New corporate objective", row.getText(0));
        assertEquals("none", row.getText(1), "the links column says it has no link");
        editor.getViewer().setSelection(StructuredSelection.EMPTY);
        Ui.spin(200);
        ImageData icon = Ui.snapshot(row.getParent(), row.getImageBounds(0));
        assertTrue(Ui.count(icon, Ui::isReddish) >= 3, "the icon carries a red error overlay");
    }

    /** Prompts that fail the test when asked anything not scripted. */
    static class ScriptedPrompts implements Prompts {
        @Override
        public DiskConflict changedOnDisk(org.eclipse.swt.widgets.Shell shell, String fileName) {
            throw new AssertionError("unexpected question: changed on disk");
        }

        @Override
        public boolean overwriteChangedFile(org.eclipse.swt.widgets.Shell shell, String fileName) {
            throw new AssertionError("unexpected question: overwrite");
        }

        @Override
        public boolean confirmDelete(org.eclipse.swt.widgets.Shell shell, String what, String consequences) {
            throw new AssertionError("unexpected question: delete " + what);
        }

        @Override
        public void error(org.eclipse.swt.widgets.Shell shell, String title, String message) {
            throw new AssertionError("unexpected error: " + title + ": " + message);
        }
    }
}

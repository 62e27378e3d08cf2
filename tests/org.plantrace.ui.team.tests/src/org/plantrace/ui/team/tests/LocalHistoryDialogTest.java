package org.plantrace.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.PlantracePackage;
import org.plantrace.tests.support.Examples;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.team.internal.LocalHistoryDialog;
import org.plantrace.ui.team.internal.LocalHistoryHandler;
import org.plantrace.ui.team.internal.StructureCompareDialog;

/**
 * Compare With / Replace With > Local History: the versions two saves kept are listed with when and how large, one is
 * compared with the plan as edited, and taken back into the editor as one undoable command.
 */
class LocalHistoryDialogTest {

    private static final String PLAN = "policing-london-2009-12/plan.plan";
    private static final String ORIGINAL = "Reduce Serious Violence and Protect Young People";

    private IProject project;
    private LocalHistoryDialog dialog;
    private StructureCompareDialog compare;

    @AfterEach
    void tearDown() throws Exception {
        for (org.eclipse.jface.window.Window w : new org.eclipse.jface.window.Window[] { compare, dialog }) {
            if (w != null && w.getShell() != null && !w.getShell().isDisposed()) {
                w.close();
            }
        }
        page().closeAllEditors(false);
        if (project != null && project.exists()) {
            project.delete(false, true, null);
        }
    }

    @Test
    void theVersionsSavesKeptAreListedComparedAndTakenBackUndoably() throws Exception {
        Path work = Files.createTempDirectory("plantrace-local-history").resolve("plans");
        Path examples = Path.of(System.getProperty("plantrace.examples"));
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            Examples.copyTree(examples.resolve(folder), work.resolve(folder));
        }
        long originalSize = Files.size(work.resolve(PLAN));
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        project = ws.getRoot().getProject("local-history-plan");
        IProjectDescription d = ws.newProjectDescription("local-history-plan");
        d.setLocation(org.eclipse.core.runtime.IPath.fromOSString(work.toString()));
        project.create(d, null);
        project.open(null);
        IFile file = project.getFile(PLAN);
        file.clearHistory(null);

        PlanEditor editor = (PlanEditor) IDE.openEditor(page(), file, PlantraceUi.PLAN_EDITOR_ID, true);
        retitle(editor, "First saved title");
        editor.doSave(null);
        retitle(editor, "Second saved title");
        editor.doSave(null);
        retitle(editor, "Edited, not saved");
        assertTrue(editor.isDirty());

        dialog = new LocalHistoryDialog(page().getWorkbenchWindow().getShell(), page(), file,
                LocalHistoryDialog.Purpose.COMPARE);
        dialog.open();
        Screen.spin(300);
        Table table = dialog.getViewer().getTable();
        assertEquals(2, table.getItemCount(), "one version per save");
        assertEquals("Saved", table.getColumn(0).getText());
        assertEquals("Size", table.getColumn(1).getText());
        for (int i = 0; i < 2; i++) {
            assertTrue(table.getItem(i).getText(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
                    table.getItem(i).getText(0));
        }
        String oldest = table.getItem(1).getText(1).replace(",", "").replace("\u00a0", "").replace(".", "");
        assertTrue(oldest.endsWith("(" + originalSize + " bytes)"), "the oldest is the file as copied, "
                + originalSize + " bytes: " + table.getItem(1).getText(1));
        var row = table.getItem(0).getBounds();
        assertTrue(Screen.distinctColours(Screen.snapshot(table, new org.eclipse.swt.graphics.Rectangle(0, row.y,
                table.getClientArea().width, row.height))) > 3, "the rows are painted");
        Screen.screenshot(dialog.getShell(), "local-history");

        // the oldest version against the plan as edited: the title differs
        dialog.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(dialog.states().get(1)));
        compare = dialog.compareSelected();
        assertNotNull(compare);
        Screen.spin(300);
        assertTrue(compare.left().label().contains("(local history)"), compare.left().label());
        assertTrue(compare.right().label().contains("as in the editor"), compare.right().label());
        assertEquals("title | " + ORIGINAL + " | Edited, not saved", shown(compare, "objective 3 ", "title"));
        Screen.screenshot(compare.getShell(), "local-history-compare");
        compare.close();
        compare = null;

        // the version the second save replaced, back into the editor: one command, undone in one step
        assertTrue(dialog.replace(dialog.states().get(0)));
        Screen.spin(300);
        assertEquals("First saved title", violence(editor).getTitle());
        assertEquals(13, org.plantrace.core.trace.Coverage.of(org.plantrace.core.trace.TraceIndex.of(editor.getPlan()))
                .gaps().size(), "the links still reach the frameworks loaded with the plan: 13 uncovered, as before");
        assertTrue(editor.isDirty());
        String undo = editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel();
        assertTrue(undo.startsWith("Replace with Version Saved "), undo);
        editor.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(violence(editor)), true);
        Screen.spin(200);
        assertNotNull(find(editor.getViewer().getTree().getItems(), "3. First saved title"), "the tree shows it");
        editor.getEditingDomain().getCommandStack().undo();
        Screen.spin(200);
        assertEquals("Edited, not saved", violence(editor).getTitle());
        assertEquals(2, file.getHistory(null).length, "replacing wrote nothing to the file");

        // the commands: Compare With > Local History... on the plan in the editor
        page().activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(LocalHistoryHandler.COMPARE_ID, null);
        Screen.spin(300);
        Shell shown = Screen.shell("Compare with Local History: plan.plan");
        assertNotNull(shown, "the command opens the dialog on the edited plan");
        assertEquals(2, Screen.all(shown, Table.class).get(0).getItemCount());
        shown.close();
    }

    private static CorporateObjective violence(PlanEditor editor) {
        return (CorporateObjective) editor.element("obj-violence");
    }

    private static void retitle(PlanEditor editor, String title) {
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), violence(editor),
                PlantracePackage.Literals.NAMED__TITLE, title));
        Screen.spin(100);
    }

    private static TreeItem find(TreeItem[] items, String text) {
        for (TreeItem i : items) {
            if (i.getText().equals(text)) {
                return i;
            }
            if (i.getExpanded() || i.getItemCount() > 0) {
                TreeItem f = find(i.getItems(), text);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String shown(StructureCompareDialog d, String element, String what) {
        for (TreeItem g : d.getViewer().getTree().getItems()) {
            if (g.getText(0).startsWith(element)) {
                for (TreeItem c : g.getItems()) {
                    if (c.getText(0).equals(what)) {
                        return c.getText(0) + " | " + c.getText(1) + " | " + c.getText(2);
                    }
                }
            }
        }
        throw new AssertionError("no row '" + what + "' under '" + element + "'");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}

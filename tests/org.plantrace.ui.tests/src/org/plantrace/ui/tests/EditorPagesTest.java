package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.Target;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.editor.pages.TargetsPage;

/** F2 renaming in the tree, the undo label it leaves, and the Targets page: what the user types and sees. */
class EditorPagesTest {

    @AfterEach
    void close() {
        Sample.page().closeAllEditors(false);
    }

    private static Text openTextEditor(Control parent) {
        for (Control c : ((org.eclipse.swt.widgets.Composite) parent).getChildren()) {
            if (c instanceof Text t && t.isVisible() && !t.isDisposed()) {
                return t;
            }
        }
        return null;
    }

    private static void key(int keyCode, char character) {
        var d = Ui.display();
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = character;
        d.post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = character;
        d.post(up);
        Ui.spin(100);
    }

    private static void type(String s) {
        for (char c : s.toCharArray()) {
            key(0, c);
        }
    }

    @Test
    void f2RenamesTheSelectedObjectiveAndUndoNamesTheChange() throws Exception {
        PlanEditor editor = Sample.openPlan();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        var binding = bindings.getPerfectMatch(KeySequence.getInstance(KeyStroke.getInstance(SWT.NONE, SWT.F2)));
        assertNotNull(binding, "F2 is bound");
        assertEquals(IWorkbenchCommandConstants.FILE_RENAME, binding.getParameterizedCommand().getId());

        CorporateObjective violence = (CorporateObjective) editor.element("obj-violence");
        String oldTitle = violence.getTitle();
        Tree tree = editor.getViewer().getTree();
        editor.getViewer().setSelection(new StructuredSelection(violence), true);
        Sample.window().getShell().forceActive();
        tree.setFocus();
        Ui.spin(300);
        assertTrue(tree.isFocusControl(), "the tree has the keyboard focus");
        key(SWT.F2, '\0');
        Ui.waitUntil("F2 opens the in-place editor", 2_000, () -> openTextEditor(tree) != null);
        Text text = openTextEditor(tree);
        assertEquals(violence.getTitle(), text.getText(), "it starts with the title");
        text.selectAll();
        type("Safer streets");
        key(SWT.CR, '\r');
        Ui.waitUntil("the title is changed", 2_000, () -> "Safer streets".equals(violence.getTitle()));
        TreeItem row = PlanEditorTest.item(editor, violence);
        assertEquals("3. Safer streets", row.getText(0), "the tree shows the new title");
        assertEquals("&Undo Rename Objective 3", editor.getActions().undo.getText());
        Ui.screenshot("editor-f2-renamed");

        PlanEditorTest.run(IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals("&Redo Rename Objective 3", editor.getActions().redo.getText());
        Ui.spin(200);
        assertEquals(oldTitle, violence.getTitle());
        assertEquals("3. " + oldTitle, PlanEditorTest.item(editor, violence).getText(0), "the tree shows it again");
    }

    @Test
    void f2OnTheTargetsPageEditsTheFocusedYearNotTheTreesSelection() throws Exception {
        PlanEditor editor = Sample.openPlan();
        // the tree has an objective selected, so the editor's Rename is enabled for it: F2 must not reach the tree
        CorporateObjective violence = (CorporateObjective) editor.element("obj-violence");
        String title = violence.getTitle();
        editor.getViewer().setSelection(new StructuredSelection(violence), true);
        TargetsPage targets = (TargetsPage) editor.setActivePage(TargetsPage.ID);
        Ui.waitUntil("the grid is shown", 5_000, () -> targets.getViewer() != null
                && targets.getViewer().getTable().getItemCount() > 0);
        Table table = targets.getViewer().getTable();
        Sample.window().getShell().forceActive();
        table.setFocus();
        Ui.spin(300);
        // by keyboard to the first measure's 2009/10 cell: up to the first row, left to the Measure column, right twice
        for (int i = 0; i < 3; i++) {
            key(SWT.ARROW_UP, '\0');
        }
        for (int i = 0; i < 5; i++) {
            key(SWT.ARROW_LEFT, '\0');
        }
        key(SWT.ARROW_RIGHT, '\0');
        key(SWT.ARROW_RIGHT, '\0');
        assertTrue(table.isFocusControl(), "the grid has the keyboard focus");
        assertTrue(openTextEditor(table) == null, "no cell is being edited yet");
        key(SWT.F2, '\0');
        Ui.waitUntil("F2 opens the cell's editor", 2_000, () -> openTextEditor(table) != null);
        assertEquals(table.getItem(0).getText(2), openTextEditor(table).getText(), "it edits the 2009/10 target");
        key(SWT.ESC, (char) 27);
        assertEquals(title, violence.getTitle(), "the objective selected in the tree was not renamed");
    }

    @Test
    void theTargetsPageEditsATargetAndUndoRestoresIt() throws Exception {
        PlanEditor editor = Sample.openPlan();
        IFormPage page = editor.setActivePage(TargetsPage.ID);
        assertNotNull(page, "the editor has a Targets page");
        TargetsPage targets = (TargetsPage) page;
        Ui.waitUntil("the grid is shown", 5_000, () -> targets.getViewer() != null
                && targets.getViewer().getTable().getItemCount() > 0);
        TableViewer viewer = targets.getViewer();
        Table table = viewer.getTable();
        // the sample lists its years as 2009/10, 2008/09: the grid shows them in time order
        assertEquals("2008/09", table.getColumn(1).getText(), "the earliest year comes first");
        assertEquals("2009/10", table.getColumn(2).getText());
        // the plan runs 2009/10 to 2011/12: its later years are columns too, so their targets can be typed in
        assertEquals("2010/11", table.getColumn(3).getText());
        assertEquals("2011/12", table.getColumn(4).getText());
        Measure measure = null;
        Target target = null;
        int column = -1;
        for (TableItem item : table.getItems()) {
            Measure m = (Measure) item.getData();
            for (Target t : m.getTargets()) {
                int c = targets.getYears().indexOf(t.getYear()) + 1;
                if (t.getValue() != null && c > 0) {
                    measure = m;
                    target = t;
                    column = c;
                    break;
                }
            }
            if (measure != null) {
                break;
            }
        }
        assertNotNull(measure, "the sample has a measure with a target");
        String old = target.getValue();
        TableItem row = find(table, measure);
        assertEquals(old, row.getText(column), "the cell shows the target");
        Ui.screenshot("editor-targets-1");

        viewer.editElement(measure, column);
        Ui.spin(200);
        Text text = openTextEditor(table);
        assertNotNull(text, "an in-place editor opens on the cell");
        text.setText("Reduce by 7%");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.spin(300);
        assertEquals("Reduce by 7%", target.getValue());
        assertEquals("Reduce by 7%", find(table, measure).getText(column), "the grid shows the new target");
        assertTrue(editor.getActions().undo.getText().startsWith("&Undo Set Target " + target.getYear()),
                editor.getActions().undo.getText());
        Ui.screenshot("editor-targets-2-edited");

        PlanEditorTest.run(IWorkbenchCommandConstants.EDIT_UNDO);
        Ui.spin(300);
        assertEquals(old, target.getValue());
        assertEquals(old, find(table, measure).getText(column), "undo shows the old target again");
    }

    private static TableItem find(Table table, Object data) {
        for (TableItem i : table.getItems()) {
            if (i.getData() == data) {
                return i;
            }
        }
        throw new AssertionError("no row for " + data);
    }

    @Test
    void theOverviewPageSummarisesThePlan() throws Exception {
        PlanEditor editor = Sample.openPlan();
        IFormPage page = editor.setActivePage("org.plantrace.ui.editor.overview");
        assertNotNull(page);
        Ui.spin(500);
        String text = texts(page.getPartControl());
        assertTrue(text.contains("Frameworks"), text);
        assertTrue(text.contains(editor.getPlan().getFrameworks().get(0).getTitle()), text);
        assertTrue(text.matches("(?s).*[Oo]bjectives:\n" + editor.getPlan().getObjectives().size() + "\n.*"), text);
        assertTrue(text.contains("Years:\n2008/09, 2009/10"), "years in time order: " + text);
        Ui.screenshot("editor-overview");
    }

    private static String texts(Control c) {
        StringBuilder b = new StringBuilder();
        collect(c, b);
        return b.toString();
    }

    private static void collect(Control c, StringBuilder b) {
        if (c instanceof org.eclipse.swt.widgets.Label l) {
            b.append(l.getText()).append('\n');
        }
        if (c instanceof org.eclipse.ui.forms.widgets.Section s) {
            b.append(s.getText()).append('\n');
        }
        if (c instanceof org.eclipse.swt.widgets.Composite k) {
            for (Control child : k.getChildren()) {
                collect(child, b);
            }
        }
    }
}

package org.plantrace.ui.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.IContributedContentsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.model.Alignment;
import org.plantrace.ui.matrix.MatrixComposite;
import org.plantrace.ui.matrix.MatrixView;
import org.plantrace.matrix.CellState;

/**
 * The view in the workbench: it follows the active plan editor (an editing domain provider), edits
 * through the editor's command stack, and synchronises selection both ways.
 */
class MatrixViewTest {

    private IWorkbenchPage page;
    private TestPlanEditor editor;
    private MatrixView view;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = (TestPlanEditor) page.openEditor(
                new TestPlanEditor.PlanInput(Fixture.examples().resolve("policing-london-2009-12/plan.plan")),
                TestPlanEditor.ID);
        view = (MatrixView) page.showView(MatrixView.ID);
        Fixture.pump(300);
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        page.hideView(view);
        Fixture.pump(100);
    }

    private EObject byId(String id) {
        for (var r : editor.plan().eResource().getResourceSet().getResources()) {
            EObject e = r.getEObject(id);
            if (e != null) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    @Test
    void followsTheEditorAndEditsThroughItsCommandStack() throws Exception {
        MatrixComposite m = view.getMatrix();
        assertSame(editor, view.getEditor());
        assertSame(editor.plan(), m.getPlan());
        assertSame(editor.getEditingDomain(), m.getEditingDomain());
        assertTrue(m.model().rowCount() > 50);
        Fixture.screenshot(view.getSite().getShell(), "matrix-view-workbench");

        int r = m.model().gridRowOf(byId("obj-events"));
        int c = m.model().gridColumnOf(byId("ni-23"));
        assertTrue(m.toggle(r, c));
        assertTrue(editor.isDirty(), "the edit is on the editor's command stack");
        assertTrue(Fixture.waitFor(() -> m.model().state(r, c) == CellState.DIRECT, 2000));
        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(Fixture.waitFor(() -> m.model().state(r, c) == CellState.NONE, 2000));

        // closing the editor empties the matrix
        page.closeEditor(editor, false);
        Fixture.pump(100);
        assertNull(m.getPlan());
        assertNull(view.getEditor());
    }

    @Test
    void selectionGoesBothWays() {
        MatrixComposite m = view.getMatrix();
        // editor -> matrix: selecting an alignment in the editor selects its cell
        Alignment d1 = (Alignment) byId("obj-access-d1");
        page.activate(editor);
        editor.selection().select(new StructuredSelection(d1));
        Fixture.pump(100);
        var anchor = m.grid().selection().getSelectionAnchor();
        assertEquals(m.model().gridRowOf(byId("obj-access")), anchor.getRowPosition());
        assertEquals(m.model().gridColumnOf(d1.getTarget()), anchor.getColumnPosition());

        // matrix -> editor: selecting a cell in the active matrix reveals its alignment in the editor
        page.activate(view);
        Fixture.pump(50);
        int r = m.model().gridRowOf(byId("obj-access"));
        int c = m.model().gridColumnOf(byId("psa-24-pa2"));
        m.grid().natTable().doCommand(new SelectCellCommand(m.grid().selection(), c, r, false, false));
        Fixture.pump(100);
        assertNotNull(editor.selection().revealed());
        assertSame(byId("obj-access-e2"), ((IStructuredSelection) editor.selection().revealed()).getFirstElement());
        assertSame(byId("obj-access-e2"), ((IStructuredSelection) m.getSelection()).getFirstElement());

        // the Properties view shows the matrix's selection on the editor's property page
        IContributedContentsView contributed = view.getAdapter(IContributedContentsView.class);
        assertSame(editor, contributed.getContributingPart());
    }
}

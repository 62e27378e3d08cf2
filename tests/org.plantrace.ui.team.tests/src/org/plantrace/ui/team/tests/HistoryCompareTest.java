package org.plantrace.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.tests.support.Examples;
import org.plantrace.model.Plan;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;
import org.plantrace.team.Credentials;
import org.plantrace.team.HistoryEntry;
import org.plantrace.team.PlanRepository;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.team.internal.HistoryView;
import org.plantrace.ui.team.internal.StructureCompareDialog;
import org.plantrace.ui.team.internal.VersionCompare;

/** The History view of a plan and the side-by-side compare of two of its versions. */
class HistoryCompareTest {

    private static final String PLAN = "policing-london-2009-12/plan.plan";
    private static final PersonIdent ANNA = new PersonIdent("Anna Analyst", "anna@example.org");

    private IProject project;
    private StructureCompareDialog dialog;

    @AfterEach
    void tearDown() throws Exception {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        page().closeAllEditors(false);
        if (project != null && project.exists()) {
            project.delete(false, true, null);
        }
    }

    @Test
    void historyListsTheReasonsAndCompareShowsTheDifferencesSideBySide() throws Exception {
        Path dir = Files.createTempDirectory("plantrace-history");
        Path work = dir.resolve("plans");
        Path examples = Path.of(System.getProperty("plantrace.examples"));
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            Examples.copyTree(examples.resolve(folder), work.resolve(folder));
        }
        try (PlanRepository a = PlanRepository.init(work, "Plan as published", ANNA)) {
            edit(a, p -> p.getObjectives().get(0).setTitle("Make our services more accessible to victims and witnesses"));
            a.commit("Objective 1 retitled after the committee meeting", ANNA);
            edit(a, p -> ((Target) p.eResource().getEObject("m-1-t2009")).setValue("82%"));
            a.commit("Measure 1 raised to 82% (Full Authority)", ANNA);

            IWorkspace ws = ResourcesPlugin.getWorkspace();
            project = ws.getRoot().getProject("history-plan");
            IProjectDescription d = ws.newProjectDescription("history-plan");
            d.setLocation(org.eclipse.core.runtime.IPath.fromOSString(work.toString()));
            project.create(d, null);
            project.open(null);
            IFile file = project.getFile(PLAN);

            HistoryView view = (HistoryView) page().showView(HistoryView.ID);
            view.show(file);
            Screen.spin(300);
            Table table = view.getViewer().getTable();
            assertEquals(3, table.getItemCount());
            assertEquals(List.of("Anna Analyst | Measure 1 raised to 82% (Full Authority)",
                    "Anna Analyst | Objective 1 retitled after the committee meeting", "Anna Analyst | Plan as published"),
                    List.of(row(table.getItem(0)), row(table.getItem(1)), row(table.getItem(2))));
            var b = table.getItem(0).getBounds();
            assertTrue(Screen.distinctColours(Screen.snapshot(table, new org.eclipse.swt.graphics.Rectangle(0, b.y,
                    table.getClientArea().width, b.height))) > 3, "the rows are painted");

            // the first and the last version: earlier on the left, later on the right
            List<HistoryEntry> h = view.entries();
            view.getViewer().setSelection(new StructuredSelection(List.of(h.get(0), h.get(2))));
            dialog = view.compareSelected();
            assertNotNull(dialog);
            Screen.spin(300);
            Screen.screenshot(dialog.getShell(), "compare-versions");
            assertTrue(dialog.left().label().startsWith("plan.plan at " + h.get(2).shortId()), dialog.left().label());
            assertTrue(dialog.right().label().startsWith("plan.plan at " + h.get(0).shortId()), dialog.right().label());
            assertEquals("title | Make our service more accessible and improve peoples experience of their contact with "
                    + "us, especially victims and witnesses | Make our services more accessible to victims and witnesses",
                    shown(dialog, "objective 1 ", "title"));
            assertEquals("value | 79% | 82%", shown(dialog, "target 2009/10 of measure 1 ", "value"));
            assertEquals(2, dialog.groups().size(), "two elements differ");

            dialog.swap();
            Screen.spin(100);
            assertEquals("value | 82% | 79%", shown(dialog, "target 2009/10 of measure 1 ", "value"));
            dialog.close();

            // the first version against the file as it is now: copy the earlier target onto the file, undoably
            dialog = VersionCompare.open(page().getWorkbenchWindow().getShell(), page(), file, h.get(2), null);
            Screen.spin(300);
            TreeItem value = item(dialog, "target 2009/10 of measure 1 ", "value");
            dialog.getViewer().getTree().setSelection(value);
            dialog.getViewer().setSelection(new StructuredSelection(value.getData()));
            assertTrue(dialog.copySelected(true));
            Screen.spin(300);
            PlanEditor editor = (PlanEditor) page().findEditor(new org.eclipse.ui.part.FileEditorInput(file));
            assertEquals("79%", ((Target) editor.element("m-1-t2009")).getValue());
            assertTrue(editor.isDirty());
            assertEquals(1, dialog.groups().size(), "only the title still differs");
            editor.getEditingDomain().getCommandStack().undo();
            assertEquals("82%", ((Target) editor.element("m-1-t2009")).getValue());
            dialog.close();
            dialog = null;

            // "Changes to the Plan" between the first and the last version, from the History view
            view.getViewer().setSelection(new StructuredSelection(List.of(h.get(2), h.get(0))));
            page().activate(view);
            page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
            Screen.spin(600);
            Screen.screenshot(view.getViewer().getControl().getShell(), "history-view");
            page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
            List<Path> written = view.writeChangesDocument(dir.resolve("out").resolve("changes.html"));
            assertEquals(List.of(dir.resolve("out").resolve("changes.html")), written);
            String html = Files.readString(written.get(0));
            assertTrue(html.contains("79% \u2192 82%"), "the target change");
            assertTrue(html.contains("Measure 1 raised to 82% (Full Authority)"), "its reason");
            assertTrue(html.contains("Objective 1 retitled after the committee meeting"), "the retitle's reason");
            assertTrue(html.indexOf("Objective 1 retitled") < html.indexOf("Measure 1 raised"),
                    "objective 1 before its measure, as in the plan");
        }
    }

    @Test
    void anElementAddedOnTheRightIsCopiedToTheLeftAsOneUndoableCommand() throws Exception {
        Path work = Files.createTempDirectory("plantrace-copy-across").resolve("plans");
        Path examples = Path.of(System.getProperty("plantrace.examples"));
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            Examples.copyTree(examples.resolve(folder), work.resolve(folder));
        }
        Git.init().setDirectory(work.toFile()).call().close(); // one project: plan and frameworks (resource policy)
        Path revised = work.resolve("policing-london-2009-12/plan2.plan");
        Plan p = ModelStore.loadPlan(work.resolve(PLAN));
        org.plantrace.model.Measure m = org.plantrace.model.PlantraceFactory.eINSTANCE.createMeasure();
        m.setId("m-new");
        m.setTitle("Percentage of victims kept informed");
        Target t = org.plantrace.model.PlantraceFactory.eINSTANCE.createTarget();
        t.setId("m-new-t2009");
        t.setYear("2009/10");
        t.setValue("75%");
        m.getTargets().add(t);
        p.getObjectives().get(0).getMeasures().add(1, m);
        ModelStore.saveTo(p.eResource(), revised);

        IWorkspace ws = ResourcesPlugin.getWorkspace();
        project = ws.getRoot().getProject("copy-across");
        IProjectDescription d = ws.newProjectDescription("copy-across");
        d.setLocation(org.eclipse.core.runtime.IPath.fromOSString(work.toString()));
        project.create(d, null);
        project.open(null);
        IFile left = project.getFile(PLAN);
        IFile right = project.getFile("policing-london-2009-12/plan2.plan");

        dialog = VersionCompare.open(page().getWorkbenchWindow().getShell(), page(), left, right);
        Screen.spin(300);
        assertTrue(dialog.left().label().endsWith("plan.plan"), dialog.left().label());
        TreeItem added = item(dialog, "measure 'Percentage of victims kept informed'", "added");
        dialog.getViewer().getTree().setSelection(added);
        dialog.getViewer().setSelection(new StructuredSelection(added.getData()));
        Screen.spin(100);
        Screen.screenshot(dialog.getShell(), "compare-added-element");
        assertTrue(dialog.copySelected(false), "copied onto the left");
        Screen.spin(300);
        PlanEditor editor = (PlanEditor) page().findEditor(new org.eclipse.ui.part.FileEditorInput(left));
        org.plantrace.model.Measure copied = (org.plantrace.model.Measure) editor.element("m-new");
        assertNotNull(copied, "the measure is in the left plan");
        assertEquals("75%", ((Target) editor.element("m-new-t2009")).getValue(), "with its target");
        assertEquals("m-new", ((Plan) editor.getResource().getContents().get(0)).getObjectives().get(0).getMeasures()
                .get(1).getId(), "in the place the right side has it");
        assertTrue(editor.isDirty());
        assertEquals(0, dialog.groups().size(), "nothing differs any more");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(null, editor.element("m-new"), "one undo takes it out again");
    }

    private static String row(TableItem i) {
        return i.getText(1) + " | " + i.getText(2);
    }

    private static TreeItem item(StructureCompareDialog d, String element, String what) {
        for (TreeItem g : d.getViewer().getTree().getItems()) {
            if (g.getText(0).startsWith(element)) {
                for (TreeItem c : g.getItems()) {
                    if (c.getText(0).equals(what)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no row '" + what + "' under '" + element + "'");
    }

    /** What the compare shows for one difference: what, left, right. */
    private static String shown(StructureCompareDialog d, String element, String what) {
        TreeItem c = item(d, element, what);
        return c.getText(0) + " | " + c.getText(1) + " | " + c.getText(2);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void edit(PlanRepository r, Consumer<Plan> e) throws Exception {
        Plan p = ModelStore.loadPlan(r.workTree().resolve(PLAN));
        e.accept(p);
        ModelStore.save(p.eResource());
    }
}

package org.plantrace.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.tests.support.Examples;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.model.Plan;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;
import org.plantrace.team.Credentials;
import org.plantrace.team.PlanRepository;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.views.PlansView;

/**
 * Team > Update in the workbench with a conflict: analyst A published 78% for a target, analyst B (this workbench)
 * committed 75%; the update opens the resolution dialog, which shows the conflict in the plan's words with ours,
 * theirs and base; choosing theirs resolves it as one undoable command and saves the plan.
 */
class TeamUpdateTest {

    private static final String PLAN = "policing-london-2009-12/plan.plan";
    private static final PersonIdent ANNA = new PersonIdent("Anna Analyst", "anna@example.org");
    private static final PersonIdent BEN = new PersonIdent("Ben Analyst", "ben@example.org");

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        page().closeAllEditors(false);
        if (project != null && project.exists()) {
            project.delete(false, true, null);
        }
    }

    @Test
    void updateWithAConflictIsResolvedInTheDialog() throws Exception {
        Path dir = Files.createTempDirectory("plantrace-team");
        String shared = sharedRepository(dir);
        try (PlanRepository a = PlanRepository.cloneFrom(shared, dir.resolve("anna"), Credentials.NONE);
                PlanRepository b = PlanRepository.cloneFrom(shared, dir.resolve("ben"), Credentials.NONE)) {
            edit(a, p -> target(p, "m-1-t2009").setValue("78%"));
            a.commit("Measure 1: 78% agreed with the borough commanders", ANNA);
            a.publish(Credentials.NONE);
            edit(b, p -> target(p, "m-1-t2009").setValue("75%"));
            b.commit("Measure 1: 75%, as the committee asked", BEN);
            b.setAuthor(BEN);

            // B's clone is a project of the workbench, its plan open in the editor
            IWorkspace ws = ResourcesPlugin.getWorkspace();
            project = ws.getRoot().getProject("team-plan");
            IProjectDescription d = ws.newProjectDescription("team-plan");
            d.setLocation(org.eclipse.core.runtime.IPath.fromOSString(b.workTree().toString()));
            project.create(d, null);
            project.open(null);
            IFile planFile = project.getFile(PLAN);
            PlanEditor editor = (PlanEditor) IDE.openEditor(page(), planFile, PlantraceUi.PLAN_EDITOR_ID, true);
            Screen.waitUntil("the plan editor shows its tree", 15_000,
                    () -> editor.getViewer() != null && editor.getViewer().getTree().getItemCount() > 0);

            // Team > Update; the dialog is driven from inside its own event loop
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
            assertEquals(List.of(
                    "title: 1 conflict in plan.plan",
                    "row: target 2009/10 of measure 1 'Percentage of people who agree that the police treat you ...': "
                            + "75% (ours) vs 78% (theirs), base 79% | (choose)",
                    "described: target 2009/10 of measure 1 'Percentage of people who agree that the police treat you "
                            + "...': 75% (ours) vs 78% (theirs), base 79%",
                    "ours: 75%", "theirs: 78%", "base: 79%", "resolve enabled: false",
                    "after theirs: theirs", "resolve enabled: true"), shown.subList(0, 9));
            assertTrue(shown.get(9).startsWith("painted colours: "), shown.toString());
            assertTrue(Integer.parseInt(shown.get(9).substring("painted colours: ".length())) > 3,
                    "the conflict row is painted: " + shown.get(9));

            // one undoable command, and saved
            Screen.spin(300);
            PlanEditor now = (PlanEditor) page().getActiveEditor();
            assertEquals("78%", ((Target) now.element("m-1-t2009")).getValue());
            assertFalse(now.isDirty(), "saved once all conflicts are resolved");
            Path file = b.workTree().resolve(PLAN);
            assertEquals("78%", target(ModelStore.loadPlan(file), "m-1-t2009").getValue());
            assertFalse(Files.exists(ConflictFile.of(file)), "the conflict file is gone");
            var stack = now.getEditingDomain().getCommandStack();
            assertEquals("Resolve Conflicts", stack.getUndoCommand().getLabel());
            stack.undo();
            assertEquals("75%", ((Target) now.element("m-1-t2009")).getValue());
            stack.redo();
            assertEquals("78%", ((Target) now.element("m-1-t2009")).getValue());
            now.doSave(null);

            // committing the resolution completes the update; the Plans view shows two commits to publish
            assertTrue(b.status().conflicts().isEmpty());
            b.commit("Measure 1: 78%, as agreed with the borough commanders", BEN);
            project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
            PlansView plans = (PlansView) page().showView(PlantraceUi.PLANS_VIEW_ID);
            org.plantrace.ui.team.internal.TeamDecorator.refresh();
            Screen.waitUntil("the Plans view marks the clone", 10_000, () -> {
                plans.getViewer().refresh(true);
                TreeItem item = item(plans, "team-plan");
                return item != null && item.getText().contains("[main \u21912]");
            });
            assertNull(Screen.shell("Resolve Conflicts"));
        }
    }

    /** Inspects what the dialog shows, chooses theirs and resolves. */
    private static void drive(Shell s, List<String> shown) {
        Screen.spin(300);
        Screen.screenshot(s, "resolve-conflicts");
        var title = Screen.all(s, org.eclipse.swt.widgets.Label.class).stream().map(l -> l.getText())
                .filter(t -> t.contains("conflict in")).findFirst();
        shown.add("title: " + title.orElse("(none)"));
        Table table = Screen.all(s, Table.class).get(0);
        TableItem row = table.getItem(0);
        shown.add("row: " + row.getText(0) + " | " + row.getText(1));
        List<Text> texts = Screen.all(s, Text.class).stream().filter(t -> (t.getStyle() & SWT.READ_ONLY) != 0).toList();
        shown.add("described: " + texts.get(0).getText());
        shown.add("ours: " + texts.get(1).getText());
        shown.add("theirs: " + texts.get(2).getText());
        shown.add("base: " + texts.get(3).getText());
        Button ok = button(s, "&Resolve and Save");
        shown.add("resolve enabled: " + ok.isEnabled());
        Button theirs = button(s, "&Theirs");
        theirs.setSelection(true);
        theirs.notifyListeners(SWT.Selection, new Event());
        shown.add("after theirs: " + row.getText(1));
        shown.add("resolve enabled: " + ok.isEnabled());
        var b = row.getBounds();
        shown.add("painted colours: " + Screen.distinctColours(Screen.snapshot(table,
                new org.eclipse.swt.graphics.Rectangle(0, b.y, table.getClientArea().width, b.height))));
        Screen.spin(300);
        Screen.screenshot(s, "resolve-conflicts-chosen");
        ok.notifyListeners(SWT.Selection, new Event());
    }

    private static Button button(Shell s, String text) {
        return Screen.all(s, Button.class).stream().filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static TreeItem item(PlansView plans, String name) {
        for (TreeItem i : plans.getViewer().getTree().getItems()) {
            if (i.getText().startsWith(name)) {
                return i;
            }
        }
        return null;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static String sharedRepository(Path dir) throws Exception {
        Path work = dir.resolve("publisher");
        Path examples = Path.of(System.getProperty("plantrace.examples"));
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            Examples.copyTree(examples.resolve(folder), work.resolve(folder));
        }
        PlanRepository.init(work, "Plan as published", ANNA).close();
        Path bare = dir.resolve("shared.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        return "file://" + bare.toAbsolutePath();
    }

    private static void edit(PlanRepository r, Consumer<Plan> e) throws Exception {
        Plan p = ModelStore.loadPlan(r.workTree().resolve(PLAN));
        e.accept(p);
        ModelStore.save(p.eResource());
    }

    private static Target target(Plan p, String id) {
        Target t = (Target) p.eResource().getEObject(id);
        assertNotNull(t, id);
        return t;
    }
}

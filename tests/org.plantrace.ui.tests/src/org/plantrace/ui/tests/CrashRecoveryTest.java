package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.PlantracePackage;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.app.SampleProject;
import org.plantrace.ui.internal.recovery.AutoRecover;
import org.plantrace.ui.internal.recovery.RecoveryOffer;
import org.plantrace.ui.internal.recovery.RecoveryStore;
import org.plantrace.ui.internal.recovery.StartupRecovery;
import org.plantrace.ui.views.PlansView;

/**
 * The restart after an unclean exit, simulated without killing anything: the editor's unsaved edit reaches a recovery
 * copy in the workspace metadata, the session then ends as a crash ends it (editors gone unsaved, the copy left, the
 * project back closed as an unsaved workspace brings it back), and the start-up recovery runs as on the next start.
 */
class CrashRecoveryTest {

    private static final String EDITED = "Police major events, recovered after a crash";

    @AfterEach
    void cleanUp() {
        AutoRecover.reattach();
        Sample.page().closeAllEditors(false);
        RecoveryStore store = AutoRecover.store();
        store.list().forEach(store::delete);
    }

    /** Edits objective 'obj-events', lets AutoRecover write its copy, then ends the session as a crash would. */
    private static IFile editThenCrash() throws Exception {
        IFile file = Sample.fresh();
        PlanEditor editor = Sample.open(file);
        CorporateObjective events = (CorporateObjective) editor.element("obj-events");
        assertNotNull(events);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), events,
                PlantracePackage.Literals.NAMED__TITLE, EDITED));
        Ui.waitUntil("the editor is dirty", 5_000, editor::isDirty);

        assertEquals(1, AutoRecover.writeNow(), "one recovery copy: the one dirty editor");
        Path folder = AutoRecover.store().folder();
        Path metadata = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(".metadata");
        assertTrue(folder.startsWith(metadata), "the copy is in the workspace metadata, not beside the plan: " + folder);
        assertFalse(Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8).contains(EDITED),
                "the user's file is not written");

        AutoRecover.detachAsIfCrashed(); // the process dies: nothing of this session cleans up after it
        Sample.page().closeAllEditors(false);
        file.getProject().close(null); // an unsaved workspace brings a project created since its last save back closed
        AutoRecover.reattach();
        assertFalse(file.getProject().isOpen());
        return file;
    }

    /** Presses {@code button} in the recovery offer once it shows; returns the texts the dialog showed. */
    private static List<String> answerOffer(String button) {
        List<String> shown = new ArrayList<>();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : Ui.display().getShells()) {
                if (!s.isDisposed() && s.isVisible() && RecoveryOffer.TITLE.equals(s.getText())) {
                    collectLabels(s, shown);
                    Ui.screenshot("recovery-offer");
                    Button b = findButton(s, button);
                    assertNotNull(b, "the offer has a button " + button);
                    b.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            Ui.display().timerExec(100, poll[0]);
        };
        Ui.display().timerExec(100, poll[0]);
        return shown;
    }

    private static void collectLabels(Control c, List<String> out) {
        if (c instanceof Label l && !l.getText().isEmpty()) {
            out.add(l.getText());
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collectLabels(child, out);
            }
        }
    }

    private static Button findButton(Control c, String text) {
        if (c instanceof Button b && text.equals(b.getText())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button hit = findButton(child, text);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** The editor tab labels shown in the window (a dirty editor's starts with '*'). */
    private static List<String> tabLabels() {
        List<String> out = new ArrayList<>();
        collectTabs(Sample.window().getShell(), out);
        return out;
    }

    private static void collectTabs(Control c, List<String> out) {
        if (c instanceof CTabFolder f) {
            for (CTabItem i : f.getItems()) {
                out.add(i.getText());
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collectTabs(child, out);
            }
        }
    }

    private static TreeViewer plansView() throws Exception {
        PlansView v = (PlansView) Sample.page().showView(PlantraceUi.PLANS_VIEW_ID);
        return v.getViewer();
    }

    /** The Plans view's rows under the project, expanded (empty for a closed project). */
    private static TreeItem planRow(TreeViewer plans, IProject project) {
        plans.refresh();
        plans.expandToLevel(project, 3);
        Ui.spin(50);
        return Ui.find(plans.getTree(), "plan.plan");
    }

    @Test
    void afterAnUncleanExitTheProjectOpensAndRestoreBringsBackTheUnsavedEdit() throws Exception {
        IFile file = editThenCrash();
        Path path = file.getLocation().toPath();
        byte[] asSaved = Files.readAllBytes(path);
        TreeViewer plans = plansView();
        assertNull(planRow(plans, file.getProject()), "a closed project shows no plans");

        List<String> offer = answerOffer("&Restore");
        StartupRecovery.Result r = StartupRecovery.recover(true, null);
        assertEquals(List.of(SampleProject.PROJECT), r.reopened(), "the plan project comes back open");
        StartupRecovery.offerInUi(r);
        Ui.waitUntil("the offer is answered and the plan restored", 15_000,
                () -> !offer.isEmpty() && Sample.page().getActiveEditor() instanceof PlanEditor);

        String text = String.join("\n", offer);
        assertTrue(text.contains("did not close normally"), text);
        assertTrue(text.contains("/" + SampleProject.PROJECT + "/" + SampleProject.PLAN), "names the file: " + text);
        assertTrue(text.contains("Policing London Business Plan 2009-12"), "names the plan: " + text);

        PlanEditor restored = (PlanEditor) Sample.page().getActiveEditor();
        Ui.waitUntil("the tree shows the recovered title", 10_000,
                () -> restored.getViewer() != null && Ui.find(restored.getViewer().getTree(), EDITED) != null);
        Ui.waitUntil("the tab shows the editor unsaved", 5_000, () -> tabLabels().contains("*plan.plan"));
        assertTrue(restored.isDirty());
        assertArrayEquals(asSaved, Files.readAllBytes(path), "restoring does not write the user's file");
        Ui.screenshot("recovery-restored");

        TreeItem row = planRow(plans, file.getProject());
        assertNotNull(row, "the Plans view shows the plan again");
        assertEquals("plan.plan", row.getText());

        restored.doSave(null);
        assertFalse(restored.isDirty());
        assertTrue(Files.readString(path, StandardCharsets.UTF_8).contains(EDITED), "saving keeps the recovered edit");
        assertFalse(AutoRecover.store().has(path), "a saved editor leaves no recovery copy");
    }

    @Test
    void discardDeletesTheCopyAndKeepsTheFileAsSaved() throws Exception {
        IFile file = editThenCrash();
        Path path = file.getLocation().toPath();
        byte[] asSaved = Files.readAllBytes(path);

        List<String> offer = answerOffer("&Discard");
        StartupRecovery.offerInUi(StartupRecovery.recover(true, null));
        Ui.waitUntil("the offer is answered", 15_000, () -> !offer.isEmpty() && AutoRecover.store().list().isEmpty());
        Ui.spin(300);
        assertNull(Sample.page().getActiveEditor(), "nothing is opened");
        assertTrue(file.getProject().isOpen());
        assertArrayEquals(asSaved, Files.readAllBytes(path));

        // the next start finds nothing to offer
        assertTrue(StartupRecovery.recover(false, null).copies().isEmpty());
    }

    @Test
    void theOpenProjectActionOfThePlansViewOpensAClosedProject() throws Exception {
        IFile file = Sample.fresh();
        IProject project = file.getProject();
        project.close(null);
        TreeViewer plans = plansView();
        plans.refresh();
        plans.setSelection(new StructuredSelection(project), true);
        Menu menu = plans.getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event()); // the menu fills itself as when it opens
        MenuItem open = null;
        for (MenuItem i : menu.getItems()) {
            if (i.getText().replace("&", "").startsWith("Open Project")) {
                open = i;
            }
        }
        assertNotNull(open, "the context menu of a closed project offers Open Project");
        open.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.waitUntil("the project opens", 10_000, project::isOpen);
        Ui.waitUntil("the Plans view shows its plan", 10_000, () -> planRow(plans, project) != null);
    }
}

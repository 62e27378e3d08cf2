package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.app.SampleProject;
import org.plantrace.ui.internal.editor.Prompts;

/** A fresh copy of the 2009-12 sample in the test workspace, opened in the plan editor. */
final class Sample {

    private Sample() {
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Closes all editors without saving and recreates the sample project from the examples folder. */
    static IFile fresh() throws Exception {
        Prompts.set(null);
        page().closeAllEditors(false);
        Ui.spin(50);
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleProject.PROJECT);
        if (p.exists()) {
            p.delete(true, true, null);
        }
        String examples = System.getProperty("plantrace.examples");
        assertNotNull(examples, "system property plantrace.examples");
        IFile plan = SampleProject.create(Path.of(examples), null);
        assertTrue(plan.exists(), plan + " exists");
        page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(PlantraceUi.PERSPECTIVE_ID));
        page().resetPerspective();
        Shell shell = window().getShell();
        shell.setMaximized(true);
        Ui.spin(100);
        return plan;
    }

    static PlanEditor open(IFile file) throws Exception {
        IEditorPart e = IDE.openEditor(page(), file, PlantraceUi.PLAN_EDITOR_ID, true);
        assertTrue(e instanceof PlanEditor, "a plan editor opens " + file);
        PlanEditor editor = (PlanEditor) e;
        Ui.waitUntil("the editor shows its tree", 10_000,
                () -> editor.getViewer() != null && editor.getViewer().getTree().getItemCount() > 0);
        Ui.spin(300);
        return editor;
    }

    static PlanEditor openPlan() throws Exception {
        return open(fresh());
    }
}

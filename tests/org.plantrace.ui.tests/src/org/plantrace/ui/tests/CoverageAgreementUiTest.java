package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.Coverage;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.model.io.ModelStore;
import org.plantrace.tests.support.Examples;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.views.CoverageView;

/**
 * The number of uncovered national priorities the Coverage view shows is the coverage engine's and the matrix's, on
 * every example (the command line, validation, appendices and diagram: cli CoverageAgreementTest).
 */
class CoverageAgreementUiTest {

    private static final Pattern UNCOVERED = Pattern.compile("(\\d+) of (\\d+) national priorities covered, (\\d+) uncovered");

    @Test
    void theCoverageViewTheMatrixAndTheEngineCountTheSameGapsOnEveryExample() throws Exception {
        Sample.fresh();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("All examples");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        Examples.copyInto(project.getLocation().toPath(), "frameworks", "frameworks-2011", "policing-london-2009-12",
                "policing-performance-2003-04", "met-forward-2011-14");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        try {
            checkEveryExample(project);
        } finally {
            // the copies would add their own problems to the Problems view of the tests that follow
            Sample.page().closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    private static void checkEveryExample(IProject project) throws Exception {
        for (String example : List.of("policing-london-2009-12", "policing-performance-2003-04", "met-forward-2011-14")) {
            IFile file = project.getFile(example + "/plan.plan");
            int engine = Coverage.of(ModelStore.loadPlan(file.getLocation().toPath())).gaps().size();
            int matrix = new MatrixModel(ModelStore.loadPlan(file.getLocation().toPath())).links().gapColumnCount();

            PlanEditor editor = Sample.open(file);
            CoverageView view = (CoverageView) Sample.page().showView(CoverageView.ID);
            Ui.waitUntil("the Coverage view follows " + example, 10_000,
                    () -> view.getEditor() == editor && view.getContentDescription().contains(editor.getPlan().getLabel()));
            String shown = view.getContentDescription();
            Matcher m = UNCOVERED.matcher(shown);
            // a plan whose period no national framework covers has nothing to count (Met Forward, 2011-14)
            boolean none = shown.contains("no national framework in force during the plan's period");
            assertTrue(none || m.find(), example + ": " + shown);
            int inView = none ? 0 : Integer.parseInt(m.group(3));
            assertEquals(engine, inView, example + ": the Coverage view says " + shown);
            assertEquals(engine, matrix, example + ": the matrix's gap columns");
            if (example.equals("policing-london-2009-12")) {
                assertEquals(13, inView, "the 13 National Indicators no objective of the 2009-12 plan covers");
            }
            Sample.page().closeAllEditors(false);
            Ui.spin(100);
        }
        Ui.screenshot("coverage-agreement-last-example");
    }
}

package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.core.validation.Finding;
import org.plantrace.model.PlantracePackage;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.editor.EditorAnalysis;
import org.plantrace.ui.internal.markers.Checks;
import org.plantrace.ui.internal.markers.WorkspaceValidation;

/**
 * Problem markers for plans no editor holds: the workspace job validates them from disk with the editor's rules, keeps
 * up with changes made outside the workbench, and shows a crash of validation as an error, never as a clean file.
 */
class WorkspaceValidationTest {

    private static final String EVENTS_TITLE = "title=\"Plan for and Effectively Police Major Events in London and "
            + "Prepare for the 2012 Olympics\"";

    @BeforeEach
    void start() {
        WorkspaceValidation.startNow(0);
    }

    @AfterEach
    void stop() {
        WorkspaceValidation.stop();
        EditorAnalysis.validator = Checks::run;
        Sample.page().closeAllEditors(false);
    }

    /** "severity|message" of each Plantrace marker of {@code f}. */
    private static Set<String> markers(IFile f) throws Exception {
        Set<String> out = new TreeSet<>();
        for (IMarker m : f.findMarkers(PlantraceUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO)) {
            out.add(m.getAttribute(IMarker.SEVERITY, -1) + "|" + m.getAttribute(IMarker.MESSAGE, ""));
        }
        return out;
    }

    private static Set<String> asMarkers(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            int sev = switch (f.severity()) {
                case ERROR -> IMarker.SEVERITY_ERROR;
                case WARNING -> IMarker.SEVERITY_WARNING;
                case INFO -> IMarker.SEVERITY_INFO;
            };
            out.add(sev + "|" + f.message());
        }
        return out;
    }

    private static List<String> problemsShown() throws Exception {
        IViewPart problems = Sample.page().showView(PlantraceUi.PROBLEMS_VIEW_ID);
        TreeViewer viewer = (TreeViewer) problems.getSite().getSelectionProvider();
        viewer.expandAll();
        Ui.spin(30);
        List<String> out = new ArrayList<>();
        for (TreeItem group : viewer.getTree().getItems()) {
            out.add(group.getText(0));
            for (TreeItem row : group.getItems()) {
                out.add("  " + row.getText(0));
            }
        }
        return out;
    }

    /** Waits until the workspace job has written the markers of {@code plan} and nothing is pending. */
    private static Set<String> settled(IFile plan) throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        Set<String> last = Set.of();
        long stableSince = System.currentTimeMillis();
        while (true) {
            Ui.spin(100);
            boolean busy = org.eclipse.core.runtime.jobs.Job.getJobManager().find(WorkspaceValidation.FAMILY).length > 0;
            Set<String> now = markers(plan);
            if (busy || !now.equals(last)) {
                last = now;
                stableSince = System.currentTimeMillis();
            } else if (now.size() > 10 && System.currentTimeMillis() - stableSince > 1_000) {
                return now; // a marker write is one workspace operation, but a read during it may see part of it
            }
            if (System.currentTimeMillis() > end) {
                org.junit.jupiter.api.Assertions.fail("the markers of " + plan + " did not settle: " + now.size());
            }
        }
    }

    private static void waitShown(String what, String text) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (problemsShown().stream().noneMatch(s -> s.contains(text))) {
            if (System.currentTimeMillis() > end) {
                org.junit.jupiter.api.Assertions.fail(what + "; it shows: " + problemsShown());
            }
            Ui.spin(100);
        }
    }

    private static void rewrite(IFile f, String from, String to) throws Exception {
        Path p = f.getLocation().toPath();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the sample still reads " + from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
        f.refreshLocal(IResource.DEPTH_ZERO, null);
    }

    @Test
    void aPlanNoEditorHoldsHasTheMarkersTheEditorWouldShowAndFollowsChangesOnDisk() throws Exception {
        IFile plan = Sample.fresh();
        Set<String> fromDisk = settled(plan); // without opening it
        waitShown("the Problems view lists the closed plan's findings", "Objective reaches no National Indicator");

        PlanEditor editor = Sample.open(plan);
        Ui.waitUntil("the editor's analysis", 10_000, () -> !editor.isAnalysing() && !editor.getFindings().isEmpty());
        assertEquals(asMarkers(editor.getFindings()), fromDisk, "the same findings as the open editor's");
        Sample.page().closeAllEditors(false);

        rewrite(plan, "name=\"Major events and Olympics\" " + EVENTS_TITLE, "name=\"\" title=\"\"");
        Ui.waitUntil("a missing title is reported from disk", 15_000, () -> {
            try {
                return markers(plan).stream().anyMatch(m -> m.startsWith(IMarker.SEVERITY_ERROR + "|")
                        && m.contains("has neither a title nor a name") && !fromDisk.contains(m));
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void closingAnEditorWithUnsavedChangesPutsBackTheMarkersOfTheSavedFile() throws Exception {
        IFile plan = Sample.fresh();
        Set<String> saved = settled(plan);
        PlanEditor editor = Sample.open(plan);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.element("obj-events"), PlantracePackage.Literals.NAMED__TITLE, ""));
        Ui.waitUntil("the edit shows in the markers", 10_000, () -> {
            try {
                return !markers(plan).equals(saved);
            } catch (Exception e) {
                return false;
            }
        });
        Sample.page().closeAllEditors(false); // the edit is discarded
        long end = System.currentTimeMillis() + 15_000;
        while (!markers(plan).equals(saved)) {
            if (System.currentTimeMillis() > end) {
                Set<String> now = markers(plan);
                Set<String> extra = new TreeSet<>(now);
                extra.removeAll(saved);
                Set<String> missing = new TreeSet<>(saved);
                missing.removeAll(now);
                org.junit.jupiter.api.Assertions.fail("the markers are not those of the file as saved; extra: " + extra
                        + "; missing: " + missing);
            }
            Ui.spin(100);
        }
    }

    @Test
    void aCrashInsideValidationIsAnErrorNeverACleanFile() throws Exception {
        IFile plan = Sample.fresh();
        settled(plan);
        EditorAnalysis.validator = (root, index) -> {
            throw new IllegalStateException("rule blew up");
        };
        rewrite(plan, EVENTS_TITLE, "title=\"Police major events\"");
        Ui.waitUntil("the crash is reported", 15_000, () -> {
            try {
                return markers(plan).size() == 1;
            } catch (Exception e) {
                return false;
            }
        });
        String only = markers(plan).iterator().next();
        assertTrue(only.startsWith(IMarker.SEVERITY_ERROR + "|Validation failed (IllegalStateException: rule blew up)"),
                only);
        waitShown("the Problems view shows the crash", "Validation failed");
    }
}

package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.views.CoverageView;

/** Validation findings in the Problems view, and the Coverage view, as they are painted. */
class ProblemsAndCoverageTest {

    @AfterEach
    void close() {
        Sample.page().closeAllEditors(false);
    }

    @Test
    void theQuickFixOfAWordingWarningAcceptsTheWordingsAndTheWarningsGo() throws Exception {
        IFile file = Sample.fresh();
        PlanEditor editor = Sample.open(file);
        editor.validate();
        IMarker drift = Arrays.stream(file.findMarkers(PlantraceUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO))
                .filter(m -> "title-drift".equals(m.getAttribute("rule", ""))
                        && "obj-terrorism".equals(m.getAttribute("elementId", "")))
                .findFirst().orElse(null);
        assertNotNull(drift, "objective 5's title is worded differently in published tables");
        long before = driftMarkers(file, "obj-terrorism");
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(drift), "the warning offers a quick fix");
        var fixes = IDE.getMarkerHelpRegistry().getResolutions(drift);
        assertEquals(1, fixes.length);
        assertEquals("Accept the published wordings of this element", fixes[0].getLabel());
        IMarker untraced = Arrays.stream(file.findMarkers(PlantraceUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO))
                .filter(m -> "missing-key-activity".equals(m.getAttribute("rule", ""))).findFirst().orElseThrow();
        assertEquals(0, IDE.getMarkerHelpRegistry().getResolutions(untraced).length,
                "a finding of another rule (a cited key activity that does not exist) has none");

        fixes[0].run(drift);
        Ui.spin(300);
        assertEquals(0, driftMarkers(file, "obj-terrorism"), "the Problems view no longer lists them");
        assertTrue(driftMarkers(file, "obj-access") > 0, "other elements' wordings are untouched");
        assertTrue(editor.isDirty(), "the change is in the editor, to save or undo");
        PlanEditorTest.run(IWorkbenchCommandConstants.EDIT_UNDO);
        editor.validate();
        assertEquals(before, driftMarkers(file, "obj-terrorism"), "undo brings them back");
    }

    private static long driftMarkers(IFile file, String elementId) throws Exception {
        return Arrays.stream(file.findMarkers(PlantraceUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO))
                .filter(m -> "title-drift".equals(m.getAttribute("rule", ""))
                        && elementId.equals(m.getAttribute("elementId", "")))
                .count();
    }

    @Test
    void anObjectiveWithoutLinksShowsAnErrorInTheProblemsViewThatLeadsBackToIt() throws Exception {
        IFile file = Sample.fresh();
        PlanEditor editor = Sample.open(file);
        Plan plan = editor.getPlan();
        CorporateObjective fresh = PlantraceFactory.eINSTANCE.createCorporateObjective();
        editor.getActions().createChild(plan, PlantracePackage.Literals.PLAN__OBJECTIVES, fresh, -1, false);
        PlanEditorTest.renameInPlace(editor, fresh, "Reduce re-offending by young people");
        PlanEditorTest.run(IWorkbenchCommandConstants.FILE_SAVE);
        Ui.waitUntil("saved", 5_000, () -> !editor.isDirty());

        IMarker[] markers = file.findMarkers(PlantraceUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        IMarker error = Arrays.stream(markers)
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR
                        && m.getAttribute(IMarker.MESSAGE, "").contains("Reduce re-offending by young people"))
                .findFirst().orElse(null);
        assertNotNull(error, "an error marker names the new objective");
        assertTrue(error.getAttribute(IMarker.MESSAGE, "").contains("traces to no national priority"),
                error.getAttribute(IMarker.MESSAGE, ""));

        IViewPart problems = Sample.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        TreeViewer viewer = (TreeViewer) problems.getSite().getSelectionProvider();
        Tree tree = viewer.getTree();
        TreeItem[] row = new TreeItem[1];
        long end = System.currentTimeMillis() + 20_000;
        while (row[0] == null && System.currentTimeMillis() < end) {
            viewer.expandAll();
            row[0] = Ui.find(tree, "Reduce re-offending by young people");
            Ui.spin(200);
        }
        if (row[0] == null) {
            Ui.screenshot("problems-0-missing");
            StringBuilder b = new StringBuilder();
            dump(tree.getItems(), "", b);
            org.junit.jupiter.api.Assertions.fail("the Problems view does not list the error; it shows:\n" + b);
        }
        tree.showItem(row[0]);
        tree.deselectAll();
        Ui.spin(300);
        Ui.screenshot("problems-1-error-listed");
        assertTrue(row[0].getText(0).contains("traces to no national priority"), row[0].getText(0));
        assertEquals("plan.plan", row[0].getText(1), "the Resource column names the file");
        ImageData painted = Ui.row(row[0]);
        assertTrue(Ui.distinctColours(painted) > 10, "the row is painted");
        Rectangle icon = row[0].getImageBounds(0);
        assertTrue(icon.width > 0, "the row has a severity icon");
        ImageData iconPixels = Ui.snapshot(tree, icon);
        assertTrue(Ui.count(iconPixels, Ui::isReddish) >= 10, "the severity icon is painted red (an error)");

        // the user double-clicks the problem: the editor selects the objective
        editor.getViewer().setSelection(StructuredSelection.EMPTY);
        tree.setSelection(row[0]);
        Event e = new Event();
        e.item = row[0];
        tree.notifyListeners(SWT.DefaultSelection, e);
        Ui.spin(500);
        if (((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement() != fresh) {
            IDE.openEditor(Sample.page(), error); // what the Problems view's open action does
            Ui.spin(300);
        }
        assertEquals(fresh, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement(), "opening the problem selects the objective in the editor");
        assertEquals(editor, Sample.page().getActiveEditor());
        Ui.screenshot("problems-2-objective-selected");
    }

    @Test
    void theCoverageViewHighlightsUncoveredPrioritiesAndShowsTheImpactOfOne() throws Exception {
        PlanEditor editor = Sample.openPlan();
        CoverageView view = (CoverageView) Sample.page().showView(CoverageView.ID);
        Ui.waitUntil("the view follows the editor", 5_000, () -> view.getEditor() == editor);
        TraceIndex index = editor.getTraceIndex();
        Framework nis = index.frameworks().stream().filter(f -> "NIS".equals(f.getCode())).findFirst().orElseThrow();
        PriorityItem uncovered = index.uncovered(nis).get(0);
        TreeViewer coverage = view.getCoverageViewer();
        coverage.reveal(uncovered);
        coverage.getTree().deselectAll();
        Ui.spin(300);
        TreeItem row = findByData(coverage.getTree().getItems(), uncovered);
        assertNotNull(row, "the uncovered indicator is listed");
        assertEquals("not covered", row.getText(1));
        ImageData pixels = Ui.row(row);
        RGB highlight = CoverageView.UNCOVERED_BACKGROUND;
        int highlighted = Ui.count(pixels, c -> c.equals(highlight));
        assertTrue(highlighted > pixels.width * pixels.height / 3,
                "the uncovered row is painted in the highlight colour (" + highlighted + " px)");
        Ui.screenshot("coverage-1-uncovered");

        // a covered priority: the impact pane lists the objectives that depend on it
        Framework psa = index.frameworks().stream().filter(f -> "PSA".equals(f.getCode())).findFirst().orElseThrow();
        PriorityItem psa24 = psa.getItems().stream().filter(i -> "PSA 24".equals(i.getCode())).findFirst().orElseThrow();
        coverage.setSelection(new StructuredSelection(psa24), true);
        Ui.spin(300);
        TreeItem covered = findByData(coverage.getTree().getItems(), psa24);
        assertTrue(covered.getText(1).startsWith("Obj "), covered.getText(1));
        assertEquals(0, Ui.count(Ui.row(covered), c -> c.equals(highlight)), "a covered row is not highlighted");
        Tree impact = view.getImpactViewer().getTree();
        assertEquals(index.coveringObjectives(psa24).size(), java.util.Arrays.stream(impact.getItems())
                .filter(i -> i.getData() instanceof org.plantrace.model.CorporateObjective).count(),
                "one row per objective depending on PSA 24 (then the measures with results)");
        assertTrue(impact.getItem(0).getText(0).matches("\\d+\\. .*"), impact.getItem(0).getText(0));
        assertTrue(impact.getItem(0).getItemCount() > 0, "with the links through which it depends");
        Ui.screenshot("coverage-2-impact");

        // double-click on a link: the editor selects its source
        TreeItem link = impact.getItem(0).getItem(0);
        view.getImpactViewer().setSelection(new StructuredSelection(link.getData()));
        Event e = new Event();
        e.item = link;
        impact.notifyListeners(SWT.DefaultSelection, e);
        Ui.spin(300);
        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertNotNull(selected, "the editor selects the element that depends on PSA 24");

        // an edit in the editor updates the view: remove the only link of an objective to a covered item
        int before = index.uncovered(nis).size();
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
                editor.getEditingDomain(), editor.getPlan().getObjectives().get(0),
                PlantracePackage.Literals.ALIGNABLE_ELEMENT__ALIGNMENTS, alignmentTo(uncovered)));
        Ui.waitUntil("the view shows the newly covered item", 5_000,
                () -> view.getEditor().getTraceIndex().uncovered(nis).size() == before - 1);
        Ui.spin(300);
        coverage.reveal(uncovered);
        Ui.spin(100);
        TreeItem now = findByData(coverage.getTree().getItems(), uncovered);
        assertEquals("Obj 1", now.getText(1));
        assertEquals(0, Ui.count(Ui.row(now), c -> c.equals(highlight)), "no longer highlighted");
    }

    private static org.plantrace.model.Alignment alignmentTo(PriorityItem item) {
        org.plantrace.model.Alignment a = PlantraceFactory.eINSTANCE.createAlignment();
        a.setId("test-link");
        a.setTarget(item);
        return a;
    }

    private static void dump(TreeItem[] items, String indent, StringBuilder b) {
        for (TreeItem i : items) {
            b.append(indent).append(i.getText(0)).append(" | data=").append(i.getData()).append('\n');
            dump(i.getItems(), indent + "  ", b);
        }
    }

    static TreeItem findByData(TreeItem[] items, Object data) {
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
}

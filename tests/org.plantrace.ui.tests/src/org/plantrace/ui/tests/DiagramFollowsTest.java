package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.DiagramType;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.diagram.DiagramView;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.views.CoverageView;

/** The Alignment Diagram follows what the user selects: an objective in the editor, a priority in Coverage. */
class DiagramFollowsTest {

    @AfterEach
    void close() {
        Sample.page().closeAllEditors(false);
    }

    private static DiagramView diagram() throws Exception {
        DiagramView v = (DiagramView) Sample.page().showView(PlantraceUi.DIAGRAM_VIEW_ID);
        Ui.waitUntil("the diagram is laid out", 20_000, () -> !v.isBusy() && v.getDiagramLayout() != null);
        return v;
    }

    @Test
    void selectingAnObjectiveInTheEditorShowsItsAlignmentDiagramWithItsKeyActivities() throws Exception {
        PlanEditor editor = Sample.openPlan();
        DiagramView view = diagram();
        CorporateObjective four = editor.getPlan().getObjectives().get(3);
        assertEquals(4, four.getNumber());
        assertTrue(four.getKeyActivities().size() >= 3, "objective 4 has key activities");

        Sample.page().activate(editor);
        editor.getViewer().setSelection(new StructuredSelection(four), true);
        Ui.waitUntil("the diagram shows objective 4", 20_000, () -> view.getType() == DiagramType.ALIGNMENT
                && view.getSubject() == four && !view.isBusy() && view.getDiagramLayout() != null
                && view.getDiagramLayout().diagram().subject() == four);
        var d = view.getDiagramLayout().diagram();
        assertTrue(d.title().contains("Objective 4"), d.title());
        for (KeyActivity ka : four.getKeyActivities()) {
            List<DiagramNode> n = d.nodesOf(ka);
            assertEquals(1, n.size(), "key activity " + ka.getNumber() + " is drawn");
            assertEquals("Key activities and measures", d.columnTitle(n.get(0).column()),
                    "under the column that names them");
        }
        Ui.spin(300);
        assertTrue(Ui.distinctColours(Ui.snapshot(view.getControl())) > 10, "the diagram is painted");
        Ui.screenshot("diagram-follows-objective-4");

        // a key activity of objective 2 selected: the diagram switches to objective 2
        CorporateObjective two = editor.getPlan().getObjectives().get(1);
        editor.getViewer().setSelection(new StructuredSelection(two.getKeyActivities().get(0)), true);
        Ui.waitUntil("the diagram shows objective 2", 20_000, () -> view.getSubject() == two);
    }

    @Test
    void selectingAPriorityInCoverageShowsItsImpact() throws Exception {
        PlanEditor editor = Sample.openPlan();
        DiagramView view = diagram();
        CoverageView coverage = (CoverageView) Sample.page().showView(PlantraceUi.COVERAGE_VIEW_ID);
        Ui.waitUntil("coverage follows the editor", 10_000, () -> coverage.getEditor() == editor);
        TreeViewer viewer = coverage.getCoverageViewer();
        viewer.expandAll();
        Ui.spin(200);
        TreeItem row = Ui.find(viewer.getTree(), "NI 16");
        assertNotNull(row, "Coverage lists NI 16");
        PriorityItem ni16 = (PriorityItem) row.getData();
        Sample.page().activate(coverage);
        viewer.setSelection(new StructuredSelection(ni16), true);
        Ui.waitUntil("the diagram shows the impact of NI 16", 20_000, () -> view.getType() == DiagramType.IMPACT
                && view.getSubject() == ni16 && !view.isBusy() && view.getDiagramLayout() != null
                && view.getDiagramLayout().diagram().subject() == ni16);
        assertSame(ni16, view.getDiagramLayout().diagram().subject());
        assertTrue(view.getDiagramLayout().diagram().title().contains("NI 16"),
                view.getDiagramLayout().diagram().title());
        Ui.spin(300);
        Ui.screenshot("diagram-follows-coverage-ni16");
    }
}

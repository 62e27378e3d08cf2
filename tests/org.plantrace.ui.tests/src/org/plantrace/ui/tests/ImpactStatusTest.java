package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.core.progress.NationalRisk;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.views.CoverageView;

/**
 * Risk rolled up to the national priorities in the Coverage view: the impact list of a priority lists the measures it
 * depends on with their status, and paints the status of objectives and measures.
 */
class ImpactStatusTest {

    private static final RGB RED = new RGB(204, 0, 0);

    @AfterEach
    void close() {
        Sample.page().closeAllEditors(false);
    }

    private static boolean near(RGB c, RGB t) {
        return Math.abs(c.red - t.red) <= 12 && Math.abs(c.green - t.green) <= 12 && Math.abs(c.blue - t.blue) <= 12;
    }

    private static int redIn(TreeItem item, int column) {
        item.getParent().showItem(item);
        Ui.spin(50);
        ImageData d = Ui.snapshot(item.getParent(), item.getBounds(column));
        return Ui.count(d, c -> near(c, RED));
    }

    @Test
    void thePsaOfTheObjectivesListsTheirMeasuresWithStatus() throws Exception {
        PlanEditor editor = Sample.openPlan();
        CoverageView view = (CoverageView) Sample.page().showView(CoverageView.ID);
        Sample.page().setPartState(Sample.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.waitUntil("the view follows the editor", 5_000, () -> view.getEditor() == editor);
        TraceIndex index = editor.getTraceIndex();
        Framework psa = index.frameworks().stream().filter(f -> "PSA".equals(f.getCode())).findFirst().orElseThrow();
        PriorityItem psa24 = psa.getItems().stream().filter(i -> "PSA 24".equals(i.getCode())).findFirst().orElseThrow();
        view.getCoverageViewer().setSelection(new StructuredSelection(psa24), true);
        Ui.spin(300);
        Tree impact = view.getImpactViewer().getTree();
        assertEquals("Status", impact.getColumn(2).getText());

        TreeItem objective1 = null;
        TreeItem measures = null;
        for (TreeItem i : impact.getItems()) {
            if (i.getData() instanceof CorporateObjective o && o.getId().equals("obj-access")) {
                objective1 = i;
            } else if (i.getText(0).startsWith("Measures it depends on")) {
                measures = i;
            }
        }
        assertNotNull(objective1, "objective 1 depends on PSA 24");
        assertEquals("red", objective1.getText(2), "its worst measure, SPI 1.2, is red");
        assertTrue(redIn(objective1, 2) > 200, "painted red");
        assertNotNull(measures, "the measures PSA 24 depends on, through the objectives covering it");
        TreeItem spi12 = null;
        for (TreeItem i : measures.getItems()) {
            if (i.getData() instanceof NationalRisk.Dependency d && d.row().measure().getId().equals("m-14")) {
                spi12 = i;
            }
        }
        assertNotNull(spi12, "SPI 1.2 is listed");
        assertTrue(spi12.getText(0).contains("(objective 1)"), spi12.getText(0));
        assertEquals("red", spi12.getText(2));
        assertTrue(redIn(spi12, 2) > 200, "painted red");
        Ui.screenshot("coverage-impact-status");
        Sample.page().setPartState(Sample.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }
}

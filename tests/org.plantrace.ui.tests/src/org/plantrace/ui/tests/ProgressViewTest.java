package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.progress.Rag;
import org.plantrace.model.Measure;
import org.plantrace.model.Target;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.progress.ProgressDetail;
import org.plantrace.ui.views.ProgressView;

/** The Progress view follows the plan editor and paints each measure's status from the sample's results files. */
class ProgressViewTest {

    @AfterEach
    void close() {
        Sample.page().closeAllEditors(false);
    }

    private static boolean near(RGB c, RGB target) {
        return Math.abs(c.red - target.red) <= 12 && Math.abs(c.green - target.green) <= 12
                && Math.abs(c.blue - target.blue) <= 12;
    }

    private static TreeItem item(Tree tree, String measureId) {
        for (TreeItem group : tree.getItems()) {
            for (TreeItem i : group.getItems()) {
                if (i.getData() instanceof ProgressRow r && r.measure().getId().equals(measureId) && r.breakdown().isEmpty()) {
                    return i;
                }
            }
        }
        throw new AssertionError("no row for " + measureId);
    }

    private static int pixels(Tree tree, TreeItem item, RGB colour) {
        tree.showItem(item);
        Ui.spin(50);
        ImageData row = Ui.row(item);
        return Ui.count(row, c -> near(c, colour));
    }

    @Test
    void statusIsPaintedPerMeasureAndFollowsAnEditOfTheTarget() throws Exception {
        PlanEditor editor = Sample.openPlan();
        ProgressView view = (ProgressView) Sample.page().showView(PlantraceUi.PROGRESS_VIEW_ID);
        Ui.waitUntil("the view lists the sample's results", 10_000, () -> view.rows().size() >= 16);
        Tree tree = view.getViewer().getTree();
        assertEquals(7, tree.getItemCount(),
                "four objectives in the October report, all seven in Appendix I's results (one heading row each there)");
        ProgressRow spi11 = (ProgressRow) item(tree, "m-13").getData();
        assertEquals("77.8% (to Dec)", spi11.resultText(), "Appendix I's December figure is the latest");
        assertEquals(Rag.AMBER, spi11.rag());

        RGB red = new RGB(204, 0, 0);
        RGB amber = new RGB(255, 176, 0);
        RGB green = new RGB(0, 150, 64);
        String[][] expected = { { "m-14", "red" }, { "m-13", "amber" }, { "m-16", "green" } };
        for (String[] e : expected) {
            TreeItem i = item(tree, e[0]);
            int r = pixels(tree, i, red);
            int a = pixels(tree, i, amber);
            int g = pixels(tree, i, green);
            String seen = e[0] + ": red " + r + ", amber " + a + ", green " + g;
            switch (e[1]) {
                case "red" -> assertTrue(r > 200 && a < 20 && g < 20, seen);
                case "amber" -> assertTrue(a > 200 && r < 20 && g < 20, seen);
                default -> assertTrue(g > 200 && r < 20 && a < 20, seen);
            }
        }
        Ui.screenshot("progress-view");

        // lower the 2008/09 target of SPI 1.1 in the editor to 77%: the view turns its row green, undo brings amber
        Measure m13 = (Measure) editor.element("m-13");
        Target t = m13.getTargets().stream().filter(x -> "2008/09".equals(x.getYear())).findFirst().orElseThrow();
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), t, org.plantrace.model.PlantracePackage.Literals.TARGET__FIGURE, 77.0));
        Ui.waitUntil("the view recomputes", 10_000, () -> ((ProgressRow) item(tree, "m-13").getData()).rag() == Rag.GREEN);
        assertTrue(pixels(tree, item(tree, "m-13"), green) > 200, "painted green");
        editor.getEditingDomain().getCommandStack().undo();
        Ui.waitUntil("undo", 10_000, () -> ((ProgressRow) item(tree, "m-13").getData()).rag() == Rag.AMBER);
        List<ProgressRow> rows = view.rows();
        assertNotNull(rows);
    }

    @Test
    void eachMeasureHasASparklineAndSelectingOneShowsItsChartAndHistory() throws Exception {
        Sample.openPlan();
        ProgressView view = (ProgressView) Sample.page().showView(PlantraceUi.PROGRESS_VIEW_ID);
        Ui.waitUntil("the view lists the sample's results", 10_000, () -> view.rows().size() >= 16);
        org.eclipse.ui.IWorkbenchPartReference ref = Sample.page().getReference(view);
        Sample.page().setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.spin(200);
        Tree tree = view.getViewer().getTree();
        RGB amber = new RGB(255, 176, 0);
        RGB targetLine = new RGB(0x1f, 0x38, 0x64);
        TreeItem spi11 = item(tree, "m-13");
        tree.showItem(spi11);
        Ui.spin(50);
        int history = 0;
        while (!tree.getColumn(history).getText().equals("History")) {
            history++;
        }
        assertEquals(2, history, "beside the status, in sight in a narrow view");
        org.eclipse.swt.graphics.Rectangle cell = spi11.getBounds(history);
        ImageData spark = Ui.snapshot(tree, cell);
        assertTrue(Ui.count(spark, c -> near(c, targetLine)) > 8, "the dashed target line in the sparkline");
        assertTrue(Ui.count(spark, c -> near(c, amber)) > 3, "the latest result's dot, amber");

        view.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(spi11.getData()), true);
        ProgressDetail detail = view.getDetail();
        Ui.waitUntil("the detail shows SPI 1.1", 10_000, () -> detail.shown() != null);
        org.eclipse.swt.widgets.Table table = detail.history();
        assertEquals(2, table.getItemCount(), "October's figure to June and appendix I's to December");
        assertEquals(List.of("Year to Jun 08", "77.0%", "78.9%", "amber"), List.of(table.getItem(0).getText(0),
                table.getItem(0).getText(1), table.getItem(0).getText(2), table.getItem(0).getText(3)));
        assertEquals("Year to Dec 08", table.getItem(1).getText(0));
        assertTrue(table.getItem(0).getText(4).startsWith("Satisfaction with the overall service"), "commentary");
        Ui.screenshot("progress-view-detail");
        ImageData chart = Ui.snapshot(detail.chart());
        int amberDots = Ui.count(chart, c -> near(c, amber));
        int target = Ui.count(chart, c -> near(c, targetLine));
        String seen = "chart " + chart.width + "x" + chart.height + ": amber " + amberDots + ", target line " + target;
        assertTrue(amberDots > 20, "two amber dots in the chart (one paints about 16 pixels): " + seen);
        assertTrue(target > 150, "the target line across the chart: " + seen);
        Sample.page().setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }
}

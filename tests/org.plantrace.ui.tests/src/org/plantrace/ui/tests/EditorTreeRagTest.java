package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.model.Measure;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Target;
import org.plantrace.ui.editor.PlanEditor;

/**
 * The plan editor's tree marks measures with their progress status and objectives with the worst of their measures',
 * as a dot over the top right of the icon, and follows an edit of a target.
 */
class EditorTreeRagTest {

    private static final RGB RED = new RGB(204, 0, 0);
    private static final RGB AMBER = new RGB(255, 176, 0);
    private static final RGB GREEN = new RGB(0, 150, 64);

    @AfterEach
    void close() {
        Sample.page().closeAllEditors(false);
    }

    private static boolean near(RGB c, RGB t) {
        return Math.abs(c.red - t.red) <= 12 && Math.abs(c.green - t.green) <= 12 && Math.abs(c.blue - t.blue) <= 12;
    }

    /** Pixels of {@code colour} in the top right quarter of the element's icon. */
    private static int dot(PlanEditor editor, EObject element, RGB colour) {
        TreeItem item = PlanEditorTest.item(editor, element);
        item.getParent().showItem(item);
        Ui.spin(50);
        Rectangle icon = item.getImageBounds(0);
        ImageData d = Ui.snapshot(item.getParent(), new Rectangle(icon.x + icon.width / 2, icon.y, icon.width / 2 + 1,
                icon.height / 2 + 1));
        return Ui.count(d, c -> near(c, colour));
    }

    @Test
    void measuresAndObjectivesShowTheirStatusAndFollowAnEdit() throws Exception {
        PlanEditor editor = Sample.openPlan();
        Sample.page().setPartState(Sample.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        EObject objective1 = editor.element("obj-access");
        EObject objective6 = editor.getPlan().getObjectives().get(5);
        Measure spi11 = (Measure) editor.element("m-13");
        Measure spi12 = (Measure) editor.element("m-14");
        Ui.waitUntil("objective 1 painted red (SPI 1.2 is red)", 10_000, () -> dot(editor, objective1, RED) >= 12);
        assertTrue(dot(editor, spi11, AMBER) >= 12, "SPI 1.1 amber: " + dot(editor, spi11, AMBER));
        assertTrue(dot(editor, spi12, RED) >= 12, "SPI 1.2 red");
        int marks = dot(editor, objective6, RED) + dot(editor, objective6, AMBER) + dot(editor, objective6, GREEN);
        assertTrue(marks < 4, "objective 6 has no results, no dot: " + marks);
        Ui.screenshot("editor-tree-rag");

        // SPI 1.2's 2008/09 target raised to a 5-point gap: 4.8 meets it, green; objective 1 is then amber (SPI 1.1, 2.3)
        Target t = spi12.getTargets().stream().filter(x -> "2008/09".equals(x.getYear())).findFirst().orElseThrow();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), t,
                PlantracePackage.Literals.TARGET__FIGURE, 5.0));
        Ui.waitUntil("objective 1 turns amber", 10_000, () -> dot(editor, objective1, AMBER) >= 12);
        assertTrue(dot(editor, spi12, GREEN) >= 12, "SPI 1.2 green");
        editor.getEditingDomain().getCommandStack().undo();
        Ui.waitUntil("undo: objective 1 red again", 10_000, () -> dot(editor, objective1, RED) >= 12);
    }
}

package org.plantrace.ui.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.model.Plan;
import org.plantrace.ui.matrix.internal.warmup.MatrixWarmUp;

/**
 * The matrix warm-up the workbench runs after start-up: it opens and paints a real matrix (so the first one a user
 * opens runs trained code) and leaves nothing behind: no shell, nothing shown.
 */
class MatrixWarmUpTest {

    @Test
    void paintsTheMatrixOfItsTrainingPlanOffScreenAndLeavesNoShell() {
        Display display = Display.getDefault();
        int shells = display.getShells().length;
        Plan plan = MatrixWarmUp.trainModel();
        // 20 outcomes, 80 sub-outcomes, 4 objectives, 76 key activities; 8 frameworks of 24 items + "All"
        MatrixModel model = new MatrixModel(plan);
        assertEquals(180, model.tree().size());
        assertEquals(200, model.columns().size());

        ImageData painted = MatrixWarmUp.trainView(display, plan, true);

        assertEquals(shells, display.getShells().length, "the warm-up's shell is disposed");
        assertTrue(painted != null && painted.width > 500 && painted.height > 300, "painted an area of the matrix");
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < painted.height; y += 2) {
            for (int x = 0; x < painted.width; x += 2) {
                colours.merge(painted.getPixel(x, y), 1, Integer::sum);
            }
        }
        int samples = ((painted.height + 1) / 2) * ((painted.width + 1) / 2);
        int background = colours.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        // headers, grid lines, framework colours and link marks: many colours, and no single one fills the image
        assertTrue(colours.size() >= 8, "colours painted: " + colours.size());
        assertTrue(background < samples * 0.9, "most common colour covers " + background + " of " + samples);
    }
}

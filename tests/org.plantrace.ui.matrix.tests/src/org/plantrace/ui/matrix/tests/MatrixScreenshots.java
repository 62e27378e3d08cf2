package org.plantrace.ui.matrix.tests;

import java.nio.file.Path;

import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.plantrace.model.Plan;
import org.plantrace.ui.matrix.MatrixComposite;

/**
 * Screenshots of the sample's matrix for review, under Xvfb: every framework group at once (a shell as
 * wide as the matrix), "gaps only", and a selected cell with its crosshair. Run as
 * {@code java ... MatrixScreenshots <output folder> [width height]} with {@code DISPLAY} set to a large
 * virtual screen (e.g. {@code Xvfb :98 -screen 0 5800x1250x24}); writes PNG files through
 * {@code GC.copyArea} of the screen.
 */
public final class MatrixScreenshots {

    private MatrixScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        System.setProperty("plantrace.screenshots", out.toString());
        int width = args.length > 2 ? Integer.parseInt(args[1]) : 5760;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 1240;
        Display display = Display.getDefault();
        try {
            Plan plan = Fixture.sample();
            Shell shell = Fixture.shell(width, height);
            shell.setText("Plantrace alignment matrix: " + plan.getLabel());
            MatrixComposite m = new MatrixComposite(shell, SWT.NONE);
            m.setInput(plan, Fixture.domain(plan));
            shell.open();
            Fixture.pump(800);
            System.out.println("all groups: " + Fixture.screenshot(shell, "matrix-all-groups"));
            int row = m.model().gridRowOf(plan.getObjectives().get(1));
            int col = m.model().gridColumnOf(plan.eResource().getResourceSet().getResources().stream()
                    .map(r -> r.getEObject("ni-16")).filter(e -> e != null).findFirst().orElseThrow());
            m.grid().natTable().doCommand(new SelectCellCommand(m.grid().selection(), col, row, false, false));
            Fixture.pump(400);
            System.out.println("selected cell: " + Fixture.screenshot(shell, "matrix-selected-cell"));
            m.setGapsOnly(true);
            Fixture.pump(600);
            System.out.println("gaps only: " + Fixture.screenshot(shell, "matrix-gaps-only"));
            m.setGapsOnly(false);
            m.setShowMeasures(true);
            m.setColumnFilter("NI");
            Fixture.pump(600);
            System.out.println("indicators with measures: " + Fixture.screenshot(shell, "matrix-indicators-measures"));
            shell.dispose();
        } finally {
            display.dispose();
        }
    }
}

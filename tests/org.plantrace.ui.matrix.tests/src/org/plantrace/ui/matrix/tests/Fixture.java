package org.plantrace.ui.matrix.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.tests.support.Domains;
import org.plantrace.tests.support.Examples;
import org.plantrace.ui.matrix.MatrixComposite;

/** The sample plan, editing domains, shells, event pumping, real input events and screenshots. */
public final class Fixture {

    private Fixture() {
    }

    /** The repository's examples folder (see {@link Examples#dir()}). */
    public static Path examples() {
        return Examples.dir();
    }

    public static Plan sample() throws ModelLoadException {
        return Examples.sample();
    }

    public static AdapterFactoryEditingDomain domain(Plan plan) {
        return Domains.of(plan);
    }

    public static Shell shell(int width, int height) {
        Shell shell = new Shell(Display.getDefault(), SWT.SHELL_TRIM);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        shell.setBounds(0, 0, width, height);
        return shell;
    }

    /** Processes pending events (and async refreshes). */
    public static void pump() {
        Display d = Display.getDefault();
        while (d.readAndDispatch()) {
            // keep going
        }
    }

    /** Pumps events for about {@code ms} milliseconds (lets the frame clock paint). */
    public static void pump(long ms) {
        Display d = Display.getDefault();
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    public static boolean waitFor(BooleanSupplier condition, long timeoutMs) {
        Display d = Display.getDefault();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!d.readAndDispatch()) {
                sleep(5);
            }
        }
        return true;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The on-screen bounds (display coordinates) of a body cell given in selection-layer positions. */
    public static Rectangle cellOnDisplay(MatrixComposite m, int row, int gridColumn) {
        NatTable nt = m.grid().natTable();
        int col = m.grid().natColumn(gridColumn);
        int r = m.grid().natRow(row);
        if (col < 0 || r < 0) {
            return null;
        }
        Rectangle b = nt.getBoundsByPosition(col, r);
        Point p = nt.toDisplay(b.x, b.y);
        return new Rectangle(p.x, p.y, b.width, b.height);
    }

    /**
     * A left click at the centre of a body cell, delivered to the NatTable as the window system delivers
     * it (mouse down, mouse up, at the cell's pixel position), so NatTable's own bindings handle it:
     * selection and the single-click edit that toggles the link. (SWT's {@code Display.post} places GTK
     * button events at the wrong position when no window manager runs, as under Xvfb.)
     */
    public static void click(MatrixComposite m, int row, int gridColumn) {
        clickNow(m, row, gridColumn);
        pump(600);
    }

    /** {@link #click} without waiting afterwards. */
    public static void clickNow(MatrixComposite m, int row, int gridColumn) {
        press(m, row, gridColumn);
        release(m, row, gridColumn);
    }

    /** A double-click at the centre of a body cell, as the window system delivers it (toggles the link). */
    public static void doubleClick(MatrixComposite m, int row, int gridColumn) {
        NatTable nt = m.grid().natTable();
        int[] p = centre(m, row, gridColumn);
        mouse(nt, SWT.MouseMove, p[0], p[1], 0);
        mouse(nt, SWT.MouseDown, p[0], p[1], 1);
        mouse(nt, SWT.MouseUp, p[0], p[1], 1);
        Event down = event(nt, SWT.MouseDown, p[0], p[1], 1);
        down.count = 2;
        nt.notifyListeners(SWT.MouseDown, down);
        Event dc = event(nt, SWT.MouseDoubleClick, p[0], p[1], 1);
        dc.count = 2;
        nt.notifyListeners(SWT.MouseDoubleClick, dc);
        Event up = event(nt, SWT.MouseUp, p[0], p[1], 1);
        up.count = 2;
        nt.notifyListeners(SWT.MouseUp, up);
        pump(600);
    }

    private static Event event(NatTable nt, int type, int x, int y, int button) {
        Event e = new Event();
        e.type = type;
        e.widget = nt;
        e.display = nt.getDisplay();
        e.x = x;
        e.y = y;
        e.button = button;
        e.count = 1;
        e.time = (int) System.currentTimeMillis();
        return e;
    }

    /** The mouse button going down on a body cell (NatTable selects the cell). */
    public static void press(MatrixComposite m, int row, int gridColumn) {
        NatTable nt = m.grid().natTable();
        int[] p = centre(m, row, gridColumn);
        mouse(nt, SWT.MouseMove, p[0], p[1], 0);
        mouse(nt, SWT.MouseDown, p[0], p[1], 1);
    }

    /** The mouse button coming up on a body cell (toggles a link cell when single clicks toggle, see MatrixPreferences). */
    public static void release(MatrixComposite m, int row, int gridColumn) {
        int[] p = centre(m, row, gridColumn);
        mouse(m.grid().natTable(), SWT.MouseUp, p[0], p[1], 1);
    }

    private static int[] centre(MatrixComposite m, int row, int gridColumn) {
        NatTable nt = m.grid().natTable();
        int c = m.grid().natColumn(gridColumn);
        int r = m.grid().natRow(row);
        if (c < 0 || r < 0) {
            throw new IllegalArgumentException("cell " + row + "," + gridColumn + " is not in view");
        }
        Rectangle b = m.grid().natTable().getBoundsByPosition(c, r);
        return new int[] {b.x + b.width / 2, b.y + b.height / 2};
    }

    private static void mouse(NatTable nt, int type, int x, int y, int button) {
        Event e = new Event();
        e.type = type;
        e.widget = nt;
        e.display = nt.getDisplay();
        e.x = x;
        e.y = y;
        e.button = button;
        e.count = button == 0 ? 0 : 1;
        e.time = (int) System.currentTimeMillis();
        nt.notifyListeners(type, e);
    }

    /** A key press and release delivered to the NatTable (as the window system delivers it to the focus). */
    public static void key(NatTable nt, char character, int keyCode) {
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event e = new Event();
            e.type = type;
            e.widget = nt;
            e.display = nt.getDisplay();
            e.character = character;
            e.keyCode = keyCode;
            e.time = (int) System.currentTimeMillis();
            nt.notifyListeners(type, e);
        }
        pump(100);
    }

    /** Saves what the shell shows on screen as target/screenshots/{name}.png (when -Dplantrace.screenshots is set). */
    public static Path screenshot(Shell shell, String name) throws IOException {
        String dir = System.getProperty("plantrace.screenshots");
        if (dir == null) {
            return null;
        }
        Path out = Path.of(dir).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        pump(200);
        Rectangle b = shell.getBounds();
        Display d = shell.getDisplay();
        Image image = new Image(d, b.width, b.height);
        GC gc = new GC(d);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(out.toString(), SWT.IMAGE_PNG);
        return out;
    }
}

package org.plantrace.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.plantrace.tests.support.Examples;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

/** Helpers of the UI tests: the sample in an editing domain, waiting in the event loop, screen snapshots. */
final class Ui {

    private Ui() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** The sample plan, loaded into a fresh editing domain (as the plan editor does). */
    static PlanInput sample() throws Exception {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
                ModelStore.newResourceSet());
        Plan plan = ModelStore.loadRoot(domain.getResourceSet(), examples().resolve("policing-london-2009-12/plan.plan"),
                Plan.class);
        EcoreUtil.resolveAll(domain.getResourceSet());
        return new PlanInput(plan, domain);
    }

    static Path examples() {
        return Examples.dir();
    }

    /** Runs the event loop until {@code done} or fails after {@code seconds}. */
    static void waitUntil(String what, double seconds, BooleanSupplier done) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Lets pending paints and asynchronous runnables run. */
    static void settle() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 5; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.update();
        }
    }

    /**
     * What the control shows on screen: copied from the screen (GC.copyArea) once the window system has shown the
     * latest paint (two equal copies in a row, at least 300 ms after the redraw).
     */
    static ImageData snapshot(Control control) {
        control.redraw();
        control.update();
        long start = System.nanoTime();
        ImageData last = null;
        while (true) {
            settle();
            sleep(100);
            ImageData now = copy(control);
            boolean stable = last != null && java.util.Arrays.equals(now.data, last.data);
            if (stable && System.nanoTime() - start > 300_000_000L || System.nanoTime() - start > 5_000_000_000L) {
                return now;
            }
            last = now;
        }
    }

    /** What the control's paint code draws, into an image (Control.print), independent of the screen. */
    static ImageData printed(Control control) {
        Point size = control.getSize();
        Image img = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(img);
        try {
            control.print(gc);
            return img.getImageData();
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    private static ImageData copy(Control control) {
        Point size = control.getSize();
        Image img = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(control);
        try {
            gc.copyArea(img, 0, 0);
            return img.getImageData();
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    private static void sleep(long ms) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    static int colours(ImageData data) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                seen.add(data.getPixel(x, y));
            }
        }
        return seen.size();
    }

    /** Saves a snapshot under target/screenshots (plantrace.screenshots), for people to look at. */
    static void save(ImageData data, String name) {
        String dir = System.getProperty("plantrace.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(Path.of(dir, name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (Exception e) {
            // screenshots are for people; a failure to save one is not a test failure
        }
    }
}

package org.plantrace.ui.matrix.internal.warmup;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.plantrace.core.generated.GeneratedPlan;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.model.Plan;
import org.plantrace.ui.AotWarmUp;
import org.plantrace.ui.matrix.MatrixComposite;
import org.plantrace.ui.matrix.internal.grid.BufferedNatTable;

/**
 * Trains the matrix after start-up, so that the first matrix a user opens does not run NatTable's and the matrix's
 * code cold (first 2,000 x 2,000 open: about 1.1 s cold against 0.2 s warm). In a low-priority background job, a
 * small generated plan ({@link GeneratedPlan#matrix}: every shape the matrix draws) is built and its matrix model
 * computed; then, in one step on the UI thread, the
 * matrix of that plan is opened in a shell that is never shown and painted into an image, and everything is disposed.
 * Nothing of it is visible, selectable or saved. {@code releng/benchmarks/run.sh cold matrix-after-warm-up} measures
 * the first matrix after it.
 */
public class MatrixWarmUp implements IStartup {

    /** After the first window has painted and the sample has opened (and after the diagram's warm-up started). */
    private static final long DELAY_MS = 2500;

    /** No input for this long before the UI-thread step runs. */
    private static final long QUIET_MS = 1500;

    /** Rows (outcomes, sub-outcomes, objectives, key activities) of the training plan's matrix. */
    public static final int ROWS = 180;
    /** Framework columns (eight frameworks, each with its "All" column) of the training plan's matrix. */
    public static final int COLUMNS = 200;

    @Override
    public void earlyStartup() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        AtomicBoolean trained = new AtomicBoolean();
        Job job = new Job("Preparing the alignment matrix") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Plan plan = trainModel();
                    if (!monitor.isCanceled() && !display.isDisposed()) {
                        // the UI-thread step takes about 0.8 s cold: run it only when the user has left mouse and
                        // keyboard alone for a while, and not at all if they never do within a minute
                        display.asyncExec(() -> new QuietGate(QUIET_MS, System.currentTimeMillis())
                                .runWhenQuiet(display, () -> {
                                    if (!PlatformUI.getWorkbench().isClosing() && trained.compareAndSet(false, true)) {
                                        guarded(() -> trainView(display, plan, false));
                                    }
                                }, 250, 60_000));
                    }
                } catch (RuntimeException | LinkageError e) {
                    warn(e);
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(DELAY_MS);
        // the session recording the ahead-of-time cache of later starts runs the whole warm-up while the workbench
        // closes if it has not run yet, so that its classes are cached
        AotWarmUp.runBeforeShutdown(job, trained, () -> guarded(() -> run(display)), () -> {
            // the UI-thread step has run (or runs no more): nothing to wait for
        });
    }

    /** The whole warm-up, synchronously, on the UI thread of {@code display} (the benchmarks run it so). */
    public static void run(Display display) {
        trainView(display, trainModel(), false);
    }

    /** Off the UI thread: the training plan and its matrix model. */
    public static Plan trainModel() {
        Plan plan = GeneratedPlan.matrix(ROWS, COLUMNS, 1);
        new MatrixModel(plan); // indexes the plan's links and lays out rows and columns
        return plan;
    }

    /**
     * On the UI thread: opens the matrix of {@code plan} in a shell that is never shown, paints it into an image and
     * disposes of all of it. Returns what was painted when {@code snapshot} (for tests), else null.
     */
    public static ImageData trainView(Display display, Plan plan, boolean snapshot) {
        Shell shell = new Shell(display, SWT.NO_TRIM);
        Image image = null;
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1000, 700);
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                    new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack(),
                    plan.eResource().getResourceSet());
            MatrixComposite matrix = new MatrixComposite(shell, SWT.NONE);
            matrix.setInput(plan, domain);
            shell.layout(true, true);
            BufferedNatTable table = matrix.grid().natTable();
            Rectangle area = table.getClientArea();
            if (area.width <= 0 || area.height <= 0) {
                return null;
            }
            image = new Image(display, area.width, area.height);
            GC gc = new GC(image);
            try {
                Event e = new Event();
                e.widget = table;
                e.display = display;
                e.gc = gc;
                e.width = area.width;
                e.height = area.height;
                table.paintControl(new PaintEvent(e));
            } finally {
                gc.dispose();
            }
            matrix.setInput(null, null);
            return snapshot ? image.getImageData() : null;
        } finally {
            if (image != null) {
                image.dispose();
            }
            shell.dispose();
        }
    }

    private static void guarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | LinkageError e) {
            warn(e);
        }
    }

    private static void warn(Throwable e) {
        // only a head start, but a failing one says something about the installation
        org.eclipse.core.runtime.ILog.of(MatrixWarmUp.class).warn("Matrix warm-up failed", e);
    }
}

package org.plantrace.ui.matrix.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.ui.IStartup;
import org.plantrace.ui.matrix.MatrixComposite;

/**
 * Loads NatTable's and the matrix's classes in a low-priority background job after the workbench has started, and
 * initialises Eclipse Collections' factories ({@link CollectionsFactories}), so that the first matrix the user opens
 * does not also wait for class loading (most of the first open in a fresh JVM). Classes are loaded, not
 * initialised: no widget is made off the UI thread. {@code releng/benchmarks/run.sh matrix ... --warm-up} measures
 * the first open after it.
 */
public class MatrixWarmUp implements IStartup {

    /** After the first window has painted and the sample has opened. */
    private static final long DELAY_MS = 2500;

    @Override
    public void earlyStartup() {
        Job job = new Job("Preparing the alignment matrix") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    preload();
                } catch (RuntimeException | LinkageError e) {
                    // only a head start, but a failing one says something about the installation
                    org.eclipse.core.runtime.ILog.of(MatrixWarmUp.class).warn("Matrix warm-up failed", e);
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(DELAY_MS);
    }

    /** Loads the classes of NatTable and of this bundle; returns how many. */
    public static int preload() {
        CollectionsFactories.ensureInitialised();
        return load(NatTable.class, "org/eclipse/nebula/widgets/nattable/") + load(MatrixComposite.class, "org/plantrace/ui/matrix/");
    }

    /** Loads every class under {@code prefix} in the jar or folder {@code anchor} comes from. */
    private static int load(Class<?> anchor, String prefix) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return 0;
        }
        ClassLoader loader = anchor.getClassLoader();
        int n = 0;
        try {
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                try (ZipFile jar = new ZipFile(where.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements();) {
                        n += loadEntry(e.nextElement().getName(), prefix, loader);
                    }
                }
            } else if (Files.isDirectory(where)) {
                try (var files = Files.walk(where)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        n += loadEntry(where.relativize(p).toString().replace('\\', '/'), prefix, loader);
                    }
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // an unusual bundle location: nothing preloaded
        }
        return n;
    }

    private static int loadEntry(String entry, String prefix, ClassLoader loader) {
        String name = entry.startsWith("target/classes/") ? entry.substring("target/classes/".length()) : entry;
        if (!name.startsWith(prefix) || !name.endsWith(".class") || name.endsWith("module-info.class")) {
            return 0;
        }
        try {
            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
            return 1;
        } catch (ClassNotFoundException | LinkageError e) {
            return 0; // a class of an optional dependency
        }
    }
}

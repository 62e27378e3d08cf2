package org.plantrace.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The files a model file names in its root element (a plan's frameworks and parent plans), read on a second thread
 * while the rest of the file is parsed, so that a cold command finds them loaded when it resolves the references
 * (a cold {@code validate} spent a tenth of its main thread loading the sample's ten frameworks after its plan).
 *
 * <p>Each file is loaded exactly as the resource set would load it on demand: a {@link PlantraceResource} of the
 * same URI, read through the set's URI converter (its {@link ResourcePolicy} and file size limit) with the set's load
 * options and {@link Limits}. The set's resource factory hands a prefetched resource out only when EMF asks for that
 * URI, at the moment it would have created and loaded it (so the set's resources keep their order), and only when it
 * loaded cleanly in the current format: a file with errors, of an older format, or not read yet is loaded on demand
 * as before, so every message stays the one the ordinary load gives.
 */
final class Prefetch {

    /**
     * For tests: a file the thread has not started yet is read by the caller, through the same load, instead of being
     * left to the ordinary on-demand load; so which files go the prefetched way does not depend on how fast the two
     * threads run (a faster parse of the plan asks for its frameworks before the thread has claimed them).
     */
    static volatile boolean readUnstartedHere;

    private final Map<URI, Task> tasks = new ConcurrentHashMap<>();
    private final AtomicInteger used = new AtomicInteger();

    private static final class Task {
        final AtomicBoolean claimed = new AtomicBoolean();
        final FutureTask<PlantraceResource> load;

        Task(ResourceSet rs, URI uri) {
            load = new FutureTask<>(() -> {
                PlantraceResource r = new PlantraceResource(uri);
                r.loadAlone(rs);
                return r;
            });
        }
    }

    /** Starts reading {@code uris} (files not in {@code rs} yet) one after another on a daemon thread. */
    void start(ResourceSet rs, List<URI> uris) {
        if (!packagesAsRegistered(rs)) {
            return;
        }
        List<Task> mine = new ArrayList<>();
        for (URI u : uris) {
            if (rs.getResource(u, false) == null && !tasks.containsKey(u)) {
                Task t = new Task(rs, u);
                tasks.put(u, t);
                mine.add(t);
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        Thread thread = new Thread(() -> {
            for (Task t : mine) {
                if (t.claimed.compareAndSet(false, true)) {
                    t.load.run();
                }
            }
        }, "plantrace-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The prefetched resource of {@code uri}, loaded without errors in the current format (waiting for it when it is
     * being read), or null: not prefetched, not started yet (the caller loads it as usual; the thread skips it), or
     * anything but a clean load.
     */
    PlantraceResource take(URI uri) {
        Task t = tasks.remove(uri);
        if (t == null) {
            return null;
        }
        if (t.claimed.compareAndSet(false, true)) {
            if (!readUnstartedHere) {
                return null;
            }
            t.load.run();
        }
        try {
            PlantraceResource r = t.load.get();
            if (r.isLoaded() && r.getErrors().isEmpty() && !r.isMigrated()) {
                used.incrementAndGet();
                return r.attachable();
            }
            return null;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Drops what was read ahead and not asked for (the file that named it failed to load, or did not need it): a later
     * load reads those files afresh rather than take a copy read before they may have changed. Files not started yet
     * are skipped by the thread.
     */
    void forgetRest() {
        for (Task t : tasks.values()) {
            t.claimed.set(true);
        }
        tasks.clear();
    }

    /** How many prefetched resources were handed out. */
    int used() {
        return used.get();
    }

    /**
     * Whether the set resolves namespaces as the global registry does (what a resource outside any set uses while it
     * parses); a set with packages of its own is loaded on demand only.
     */
    private static boolean packagesAsRegistered(ResourceSet rs) {
        EPackage.Registry own = rs.getPackageRegistry();
        for (String ns : own.keySet()) {
            if (own.getEPackage(ns) != EPackage.Registry.INSTANCE.getEPackage(ns)) {
                return false;
            }
        }
        return true;
    }
}

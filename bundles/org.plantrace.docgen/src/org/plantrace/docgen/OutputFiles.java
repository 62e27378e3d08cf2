package org.plantrace.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Puts a set of generated files in place together: all of them are first written to a temporary folder inside
 * the output folder ({@code .plantrace-output-<random>}) and flushed to disk; only when every one is written are
 * they renamed over the old files, one atomic rename each, and the folder flushed. An interrupted or failed run
 * leaves the old files as they were, never a mix of old and new documents (nor a half-written file); a temporary
 * folder an interrupted run left behind is removed by the next run.
 */
public final class OutputFiles {

    static final String STAGING_PREFIX = ".plantrace-output-";
    private static final Duration STALE = Duration.ofMinutes(10);

    private OutputFiles() {
    }

    /**
     * Writes every output into {@code dir} (created if missing), as a set (see the class comment).
     *
     * @return the files written, in order
     */
    public static List<Path> write(Path dir, List<Output> outputs) throws IOException {
        Set<String> names = new HashSet<>();
        for (Output o : outputs) {
            String n = o.fileName();
            if (n.isEmpty() || n.contains("/") || n.contains("\\") || n.startsWith(".") || n.indexOf('\0') >= 0) {
                throw new IOException("refusing to write outside the output folder: " + n);
            }
            if (!names.add(n.toLowerCase(Locale.ROOT))) {
                throw new IOException("two outputs have the same name: " + n);
            }
        }
        Files.createDirectories(dir);
        List<Path> targets = new ArrayList<>(outputs.size());
        for (Output o : outputs) {
            Path target = dir.resolve(o.fileName());
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("cannot write " + target + ": a folder of that name is in the way; nothing was written");
            }
            targets.add(target);
        }
        removeStaleStaging(dir);
        Path staging = Files.createTempDirectory(dir, STAGING_PREFIX);
        try {
            stage(staging, outputs);
            List<Path> moved = new ArrayList<>();
            for (int i = 0; i < outputs.size(); i++) {
                try {
                    Files.move(staging.resolve(outputs.get(i).fileName()), targets.get(i), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("cannot replace " + targets.get(i) + " atomically on this file system", e);
                } catch (IOException e) {
                    throw new IOException("cannot replace " + targets.get(i) + " (" + e.getMessage() + ")"
                            + (moved.isEmpty() ? "; nothing was written" : "; already written: " + moved), e);
                }
                moved.add(targets.get(i));
            }
            syncFolder(dir);
            return targets;
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Writes every output into {@code staging} and flushes it to disk. Most of the time of a set of small files is the
     * wait for each flush (a journal commit each, one after another: 41 files of the sample's appendix, 60-190 ms here),
     * so several files are written and flushed at once, on threads that only wait for the disk; all have finished when
     * this returns, and the first failure (in the order of {@code outputs}) is thrown.
     */
    private static void stage(Path staging, List<Output> outputs) throws IOException {
        int threads = Math.min(outputs.size(), FLUSHING_THREADS);
        if (threads <= 1) {
            for (Output o : outputs) {
                stage(staging, o);
            }
            return;
        }
        List<Future<Void>> done = new ArrayList<>(outputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "plantrace-output");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Output o : outputs) {
                done.add(pool.submit(() -> {
                    stage(staging, o);
                    return null;
                }));
            }
        } finally {
            pool.shutdown();
        }
        Throwable first = null;
        for (Future<Void> f : done) {
            try {
                waitFor(f);
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause();
                }
            }
        }
        switch (first) {
            case null -> {
            }
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IOException(first.getMessage(), first);
        }
    }

    /** Waits for {@code f} even when interrupted (the staging folder is removed only after every write has ended). */
    private static void waitFor(Future<Void> f) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void stage(Path staging, Output o) throws IOException {
        Path f = staging.resolve(o.fileName());
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream os = Channels.newOutputStream(ch)) {
            os.write(o.bytes());
            os.flush();
            ch.force(true);
        }
    }

    /** Files written and flushed at once (the flushes overlap in the file system's journal; no CPU to speak of). */
    private static final int FLUSHING_THREADS = 8;

    private static void syncFolder(Path dir) throws IOException {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /** Removes staging folders of interrupted runs (older than a few minutes, so a concurrent run keeps its own). */
    static void removeStaleStaging(Path dir) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(STAGING_PREFIX))) {
            for (Path p : ds) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // left for the next run
        }
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            // a leftover folder is removed by the next run
        }
    }
}

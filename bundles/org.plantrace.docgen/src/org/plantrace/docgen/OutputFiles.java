package org.plantrace.docgen;

import java.io.BufferedOutputStream;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
            checkName(o.fileName(), names);
        }
        Files.createDirectories(dir);
        for (Output o : outputs) {
            checkTarget(dir, o.fileName());
        }
        try (Staging staging = new Staging(dir, outputs.size())) {
            staging.add(outputs);
            return staging.commit(outputs);
        }
    }

    /**
     * Starts a set of files in {@code dir} (created if missing) whose outputs come in several parts, e.g. one format
     * after another as each is rendered: each part is written to the staging folder and flushed to disk in the
     * background as soon as it is {@linkplain Staging#add added}, and nothing is put in place before
     * {@link Staging#commit}. Closing without committing removes what was staged.
     */
    public static Staging open(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new Staging(dir, WRITERS);
    }

    /**
     * A set of files being written to the staging folder, put in place together by {@link #commit}: outputs
     * {@linkplain #add added} whole, or files a writer writes as it goes ({@link #create}).
     */
    public static final class Staging implements AutoCloseable, OutputSink {

        private final Path dir;
        private final Path staging;
        private final ExecutorService pool;
        private final Set<String> names = new HashSet<>();
        /** Each file added, by its name: the bytes of an output are not kept once it is on disk. */
        private final Map<String, Future<?>> written = new HashMap<>();
        /** The first output refused (a name outside the folder, twice the same name, a folder in the way). */
        private IOException refused;

        private Staging(Path dir, int outputs) throws IOException {
            this.dir = dir;
            removeStaleStaging(dir);
            this.staging = Files.createTempDirectory(dir, STAGING_PREFIX);
            this.pool = outputs <= 1 ? null : Executors.newFixedThreadPool(Math.min(WRITERS, outputs), r -> {
                Thread t = new Thread(r, "plantrace-output");
                t.setDaemon(true);
                return t;
            });
        }

        /**
         * Writes {@code outputs} to the staging folder and flushes them to disk, in the background (several at a time)
         * unless the set was made for one file; a refused name or a failed write is reported by {@link #commit}.
         */
        public synchronized void add(List<Output> outputs) {
            for (Output o : outputs) {
                if (refused != null) {
                    return;
                }
                try {
                    checkName(o.fileName(), names);
                    checkTarget(dir, o.fileName());
                } catch (IOException e) {
                    refused = e;
                    return;
                }
                written.put(o.fileName(), inBackground(() -> {
                    stage(staging, o);
                    return null;
                }));
            }
        }

        /** Runs {@code task} on the staging's writers, or here and now when the set was made for one file. */
        private Future<?> inBackground(Callable<Void> task) {
            if (pool != null) {
                return pool.submit(task);
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            try {
                done.complete(task.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
            return done;
        }

        /**
         * A file of the set that its writer writes as it goes: made in the staging folder now (its name checked as
         * {@link #add} checks it), flushed to disk in the background once the stream is closed, and only then part
         * of the set. A name refused or a write that fails is reported by {@link #commit} too (nothing is put in
         * place), as for outputs added whole.
         */
        @Override
        public OutputStream create(String fileName) throws IOException {
            synchronized (this) {
                if (refused != null) {
                    throw new IOException("not written: " + refused.getMessage());
                }
                try {
                    checkName(fileName, names);
                    checkTarget(dir, fileName);
                } catch (IOException e) {
                    refused = e;
                    throw e;
                }
            }
            FileChannel created;
            synchronized (CREATING) {
                created = FileChannel.open(staging.resolve(fileName), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            return new BufferedOutputStream(new Streamed(fileName, created), 1 << 16);
        }

        /** A file written by its writer: a failed write is the set's failure; closed, it is flushed and joins the set. */
        private final class Streamed extends OutputStream {
            private final String fileName;
            private final FileChannel channel;
            private final OutputStream out;
            private boolean closed;

            Streamed(String fileName, FileChannel channel) {
                this.fileName = fileName;
                this.channel = channel;
                this.out = Channels.newOutputStream(channel);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    failed(e);
                    throw e;
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                Future<?> done = inBackground(() -> {
                    try (FileChannel ch = channel) {
                        ch.force(true);
                    } catch (IOException e) {
                        failed(e);
                        throw e;
                    }
                    return null;
                });
                synchronized (Staging.this) {
                    written.put(fileName, done);
                }
            }

            private void failed(IOException e) {
                synchronized (Staging.this) {
                    if (refused == null) {
                        refused = new IOException("cannot write " + fileName + ": " + e.getMessage(), e);
                    }
                }
            }
        }

        /**
         * Waits until every output added is on disk, then renames {@code outputs} (all added before) into place, in
         * their order, and flushes the folder.
         *
         * @return the files written, in the order of {@code outputs}
         * @throws IOException a refused name or the first write that failed (nothing was put in place), or a rename
         *             that failed (naming those already put in place)
         */
        public List<Path> commit(List<Output> outputs) throws IOException {
            return commitNamed(outputs.stream().map(Output::fileName).toList());
        }

        /**
         * As {@link #commit}, by the files' names (the outputs added under these names): the caller need not keep the
         * outputs' bytes once they are added.
         */
        public List<Path> commitNamed(List<String> fileNames) throws IOException {
            List<Future<?>> pending;
            synchronized (this) {
                if (refused != null) {
                    throw refused;
                }
                pending = new ArrayList<>(written.values());
                for (String n : fileNames) {
                    if (!written.containsKey(n)) {
                        throw new IllegalArgumentException("not added to this set: " + n);
                    }
                }
            }
            await(pending);
            List<Path> targets = new ArrayList<>(fileNames.size());
            for (String n : fileNames) {
                targets.add(dir.resolve(n));
            }
            List<Path> moved = new ArrayList<>();
            for (int i = 0; i < fileNames.size(); i++) {
                try {
                    Files.move(staging.resolve(fileNames.get(i)), targets.get(i), StandardCopyOption.ATOMIC_MOVE,
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
        }

        /** Stops the writers (none is still at work afterwards) and removes the staging folder and what is left in it. */
        @Override
        public void close() {
            if (pool != null) {
                synchronized (this) {
                    written.values().forEach(w -> w.cancel(false));
                }
                pool.shutdown();
                try {
                    pool.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            deleteTree(staging);
        }
    }

    private static void checkName(String n, Set<String> names) throws IOException {
        if (n.isEmpty() || n.contains("/") || n.contains("\\") || n.startsWith(".") || n.indexOf('\0') >= 0) {
            throw new IOException("refusing to write outside the output folder: " + n);
        }
        if (!names.add(n.toLowerCase(Locale.ROOT))) {
            throw new IOException("two outputs have the same name: " + n);
        }
    }

    private static void checkTarget(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot write " + target + ": a folder of that name is in the way; nothing was written");
        }
    }

    /** Files writing and flushing to disk at once: a flush mostly waits for the disk, and the file system joins waiting flushes. */
    private static final int WRITERS = 8;

    /**
     * Waits for the staged files (the 100x model's 2,713 files took 4-6 s one after another, mostly waiting for each
     * flush, hence several at a time); returns when all are on disk, or throws the first failure once every writer has
     * stopped.
     */
    private static void await(List<Future<?>> written) throws IOException {
        IOException failed = null;
        for (Future<?> f : written) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failed == null) {
                    failed = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    written.forEach(w -> w.cancel(false));
                }
            } catch (CancellationException e) {
                // skipped after a failure
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                written.forEach(w -> w.cancel(true));
                throw new java.io.InterruptedIOException("interrupted while writing the files");
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Held while a staged file is created. Creating files in one folder is serialised by the kernel (the folder's lock),
     * and there the waiting writers spin: at the 100x model's 2,713 files, a third of the process's kernel time and
     * 7 % of all its CPU samples were writers spinning for that lock, which waiting here costs nothing. Writing and
     * flushing, the slow part, stay parallel.
     */
    private static final Object CREATING = new Object();

    private static void stage(Path staging, Output o) throws IOException {
        Path f = staging.resolve(o.fileName());
        FileChannel created;
        synchronized (CREATING) {
            created = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        try (FileChannel ch = created; OutputStream os = Channels.newOutputStream(ch)) {
            os.write(o.bytes());
            os.flush();
            ch.force(true);
        }
    }

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

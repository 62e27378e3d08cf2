package org.plantrace.docgen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Renders an appendix document in several formats, each on its own: a writer that fails (an exception, out of memory,
 * a stack overflow) costs its own format only, and is named with why. The command line and the Export wizard both
 * render through it, then put what was rendered in place as one set ({@link OutputFiles}).
 */
public final class Rendering {

    /** What was rendered, and the formats that failed with a one-line reason each (in the order asked). */
    public record Result(List<Output> outputs, Map<Format, String> failed) {
        public boolean complete() {
            return failed.isEmpty();
        }
    }

    private Rendering() {
    }

    /** A document to render, its files named from {@code baseName}. */
    public record Job(AppendixDocument document, String baseName) {
    }

    /**
     * What was rendered and handed on of one document: the names of its files, in the order asked (their bytes are
     * not kept once handed on), and the formats that failed with a one-line reason each (in the order asked).
     */
    public record Staged(List<String> files, Map<Format, String> failed) {
    }

    /**
     * CSV first, then the writers from the longest to the shortest (measured alone on the 100x model: pdf about 5 s of
     * CPU, docx 4, html 2, xlsx and csv a few tenths): started in this order, the longest do not start late nor the
     * shortest run alone at the tail. CSV goes first for its files: one per table (the 100x model's 2,700), which the
     * kernel creates one at a time in the output folder (1-2 s when as many were just deleted, as by the run before);
     * rendered last, the run waited for them at its end, rendered first they go to disk while the others render.
     */
    private static final List<Format> START_ORDER = List.of(Format.CSV, Format.PDF, Format.DOCX, Format.HTML,
            Format.XLSX);

    /**
     * Runs each writer on {@code threads} threads at most (1: one after another, in the caller's thread);
     * {@code starting} hears each format as it starts (progress), in the caller's thread when {@code threads} is 1.
     */
    public static Result each(AppendixDocument doc, String baseName, List<DocumentWriter> writers, int threads,
            Consumer<Format> starting) {
        return each(doc, baseName, writers, threads, starting, done -> {
        });
    }

    /**
     * As {@link #each(AppendixDocument, String, List, int, Consumer)}, and {@code done} is given each writer's
     * files as soon as that writer is done (in the thread that ran it), e.g. to write them to disk while the others
     * are still rendering.
     */
    public static Result each(AppendixDocument doc, String baseName, List<DocumentWriter> writers, int threads,
            Consumer<Format> starting, Consumer<List<Output>> done) {
        List<Outcome<List<Output>>> outcomes = run(List.of(new Job(doc, baseName)), writers, threads, starting,
                (job, w) -> {
                    List<Output> files = w.write(job.document(), job.baseName());
                    done.accept(files);
                    return files;
                });
        List<Output> outputs = new ArrayList<>();
        Map<Format, String> failed = collect(outcomes, 0, writers, outputs);
        return new Result(outputs, failed);
    }

    /**
     * Renders each document in each format, all in one set of {@code threads} threads at most (1: one after another in
     * the order asked, in the caller's thread; more: the longest formats first), hands each writer's files to
     * {@code done} as soon as that writer is done (in the thread that ran it, e.g. to write them to disk) and keeps
     * only their names. {@code starting} hears each format as it starts; it may stop the whole rendering by throwing:
     * no other writer starts, and its exception is thrown once the writers at work are done.
     *
     * @return one {@link Staged} per document, in the order of {@code documents}
     */
    public static List<Staged> staged(List<Job> documents, List<DocumentWriter> writers, int threads,
            Consumer<Format> starting, Consumer<List<Output>> done) {
        return staged(documents, writers, threads, starting, done, null);
    }

    /**
     * As {@link #staged(List, List, int, Consumer, Consumer)}, and the {@linkplain SingleFileWriter single-file writers}
     * write their files into {@code sink} as they make them (not through {@code done}); null: none does.
     */
    public static List<Staged> staged(List<Job> documents, List<DocumentWriter> writers, int threads,
            Consumer<Format> starting, Consumer<List<Output>> done, OutputSink sink) {
        List<Outcome<List<String>>> outcomes = run(documents, writers, threads, starting, (job, w) -> {
            if (sink != null && w instanceof SingleFileWriter single) {
                return single.write(job.document(), job.baseName(), sink);
            }
            List<Output> files = w.write(job.document(), job.baseName());
            done.accept(files);
            return files.stream().map(Output::fileName).toList();
        });
        List<Staged> staged = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            List<String> files = new ArrayList<>();
            Map<Format, String> failed = collect(outcomes, d * writers.size(), writers, files);
            staged.add(new Staged(files, failed));
        }
        return staged;
    }

    /**
     * One document's outcomes, those of {@code writers} from {@code from} on: what each writer kept goes to
     * {@code kept}, in the order asked; the formats that failed, with why, are returned (in the order asked).
     */
    private static <T> Map<Format, String> collect(List<Outcome<List<T>>> outcomes, int from,
            List<DocumentWriter> writers, List<T> kept) {
        Map<Format, String> failed = new LinkedHashMap<>();
        for (int w = 0; w < writers.size(); w++) {
            Outcome<List<T>> o = outcomes.get(from + w);
            if (o.failure() == null) {
                kept.addAll(o.value());
            } else {
                failed.put(writers.get(w).format(), o.failure());
            }
        }
        return failed;
    }

    /** A writer's result as kept, or why it failed. */
    private record Outcome<T>(T value, String failure) {
    }

    /** One writer on one document, and what is kept of it. */
    private interface Render<T> {
        T apply(Job job, DocumentWriter writer) throws Exception;
    }

    /** Every writer on every document, the outcomes in the order asked (document by document, writer by writer). */
    private static <T> List<Outcome<T>> run(List<Job> documents, List<DocumentWriter> writers, int threads,
            Consumer<Format> starting, Render<T> done) {
        List<Job> jobs = new ArrayList<>();
        List<DocumentWriter> by = new ArrayList<>();
        for (Job d : documents) {
            for (DocumentWriter w : writers) {
                jobs.add(d);
                by.add(w);
            }
        }
        List<Outcome<T>> outcomes = new ArrayList<>();
        if (threads <= 1 || jobs.size() <= 1) {
            for (int i = 0; i < jobs.size(); i++) {
                starting.accept(by.get(i).format());
                outcomes.add(render(jobs.get(i), by.get(i), done));
            }
            return outcomes;
        }
        AtomicReference<RuntimeException> stopped = new AtomicReference<>();
        List<Integer> order = IntStream.range(0, jobs.size()).boxed()
                .sorted(Comparator.comparingInt(i -> rank(by.get(i).format()))).toList();
        List<Future<Outcome<T>>> rendered = new ArrayList<>(Collections.nCopies(jobs.size(), null));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
        try {
            for (int i : order) {
                rendered.set(i, pool.submit(() -> {
                    if (stopped.get() != null) {
                        return null;
                    }
                    try {
                        starting.accept(by.get(i).format());
                    } catch (RuntimeException e) {
                        stopped.compareAndSet(null, e);
                        return null;
                    }
                    return render(jobs.get(i), by.get(i), done);
                }));
            }
            for (Future<Outcome<T>> f : rendered) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, describe(e.getCause() == null ? e : e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcomes.add(new Outcome<>(null, "interrupted"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (stopped.get() != null) {
            throw stopped.get();
        }
        return outcomes;
    }

    private static int rank(Format f) {
        int r = START_ORDER.indexOf(f);
        return r < 0 ? START_ORDER.size() : r;
    }

    /** One writer on one document: a failure (an exception, out of memory, a stack overflow) is its outcome. */
    private static <T> Outcome<T> render(Job job, DocumentWriter w, Render<T> done) {
        try {
            return new Outcome<>(done.apply(job, w), null);
        } catch (Exception | Error e) {
            return new Outcome<>(null, describe(e));
        }
    }

    /** A failure as one line: never a trace or an object dump. */
    public static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow (the model is nested too deeply)";
        }
        String m = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (m == null || m.isBlank()) {
            return type;
        }
        m = m.replaceAll("\\s+", " ").replaceAll("[\\w.$]+Impl@[0-9a-f]+( \\([^)]*\\))?", "<element>");
        return type + ": " + (m.length() > 300 ? m.substring(0, 297) + "..." : m);
    }
}

package org.plantrace.docgen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

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
        List<Output> outputs = new ArrayList<>();
        Map<Format, String> failed = new LinkedHashMap<>();
        if (threads <= 1 || writers.size() <= 1) {
            for (DocumentWriter w : writers) {
                starting.accept(w.format());
                try {
                    List<Output> files = w.write(doc, baseName);
                    outputs.addAll(files);
                    done.accept(files);
                } catch (Exception | Error e) {
                    failed.put(w.format(), describe(e));
                }
            }
            return new Result(outputs, failed);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, writers.size()));
        try {
            List<Future<List<Output>>> rendered = new ArrayList<>();
            for (DocumentWriter w : writers) {
                rendered.add(pool.submit(() -> {
                    starting.accept(w.format());
                    List<Output> files = w.write(doc, baseName);
                    done.accept(files);
                    return files;
                }));
            }
            for (int i = 0; i < writers.size(); i++) {
                try {
                    outputs.addAll(rendered.get(i).get());
                } catch (ExecutionException e) {
                    failed.put(writers.get(i).format(), describe(e.getCause() == null ? e : e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.put(writers.get(i).format(), "interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(outputs, failed);
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

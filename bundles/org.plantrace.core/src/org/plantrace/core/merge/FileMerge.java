package org.plantrace.core.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.PlantraceResource;

/**
 * Three-way merge of the bytes of three versions of one model file (as git hands them to a merge driver): each is
 * loaded with the hardened loader under the same URI, so hrefs to other files compare as written and are never
 * followed; the result is serialised as the workbench saves it.
 */
public final class FileMerge {

    /** The merged bytes and the conflicts (ours kept at each). */
    public record Outcome(byte[] merged, List<MergeConflict> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private FileMerge() {
    }

    /**
     * @param uri   where the file lives (its hrefs are relative to it); a {@code .plan} or {@code .framework} name
     * @param names what the user knows each version as, for messages (base, ours, theirs)
     * @throws ModelLoadException when a version is not a usable model file (naming it)
     */
    public static Outcome merge(byte[] base, byte[] ours, byte[] theirs, URI uri, String... names)
            throws ModelLoadException, IOException {
        if (Arrays.equals(ours, theirs) || Arrays.equals(base, theirs)) {
            check(ours, uri, names[1]);
            return new Outcome(ours, List.of());
        }
        if (Arrays.equals(base, ours)) {
            check(theirs, uri, names[2]);
            return new Outcome(theirs, List.of());
        }
        // while the text merge runs, EMF gets ready (classes loaded, loader and saver used once) for the proof of its
        // result, or for the merge of the models
        CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> warmUp(ours, uri), LOADERS);
        TextMerge.Result text = TextMerge.attempt(base, ours, theirs, LOADERS);
        ready.join();
        Resource proven = text.merged() == null ? null : proven(text.merged(), uri);
        if (proven != null) {
            List<MergeConflict> conflicts = text.conflicts().isEmpty() ? List.of()
                    : TextConflicts.of(proven, text, uri);
            if (conflicts != null) {
                return new Outcome(text.merged(), conflicts);
            }
        }
        return mergeModels(base, ours, theirs, uri, names);
    }

    /**
     * The merge of the models, never the {@linkplain TextMerge text merge}: what {@link #merge} does when the text
     * merge does not apply (and what it must agree with when it does).
     */
    public static Outcome mergeModels(byte[] base, byte[] ours, byte[] theirs, URI uri, String... names)
            throws ModelLoadException, IOException {
        // the three versions load side by side (separate resource sets, nothing shared but the metamodel), each read
        // as the merge sees it in the thread that loaded it; on two cores three loaders finish sooner than two
        CompletableFuture<Object> bt = readAsync(base, uri, names[0]);
        CompletableFuture<Object> ot = readAsync(ours, uri, names[1]);
        Object t = readOrFailure(theirs, uri, names[2]);
        Side b = await(bt); // a failure is reported for the first unusable version: base, ours, theirs
        Side o = await(ot);
        Side th = side(t);
        List<MergeConflict> conflicts = DeletedAndLinked.withCopies(ModelMerge.merge(b, o, th), th.resource);
        return new Outcome(ModelStore.serialise(o.resource, (int) Math.min(Integer.MAX_VALUE - 16, ours.length * 9L / 8)), conflicts);
    }

    /**
     * The text merge's result loaded, if it is a usable model file in canonical form: it loads with the hardened
     * loader and saves to the same bytes (else null). Then it is what the model merge writes: the same model (the
     * text merge applies only to edits the model merge takes as they are, or keeps ours at as it does), saved the one
     * way Plantrace saves it.
     */
    private static Resource proven(byte[] merged, URI uri) throws IOException {
        Resource loaded;
        try {
            loaded = ModelStore.load(ModelStore.newResourceSet(), merged, uri, "merged");
        } catch (ModelLoadException e) {
            return null; // the model merge tells which version is unusable
        }
        SameBytes saved = new SameBytes(merged); // what save writes, compared as it is written
        if (!(loaded instanceof PlantraceResource p && p.writeTo(saved))) {
            saved = new SameBytes(merged); // a model Plantrace's writer leaves to EMF's save
            loaded.save(saved, Map.of(PlantraceResource.OPTION_EMF_SAVE, Boolean.TRUE));
        }
        return saved.same() ? loaded : null;
    }

    /** An output stream that only tells whether what is written is {@code expected}. */
    private static final class SameBytes extends OutputStream {
        private final byte[] expected;
        private int at;
        private boolean differs;

        SameBytes(byte[] expected) {
            this.expected = expected;
        }

        @Override
        public void write(int b) {
            if (differs || at >= expected.length || expected[at] != (byte) b) {
                differs = true;
                return;
            }
            at++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (differs || at + len > expected.length || !Arrays.equals(b, off, off + len, expected, at, at + len)) {
                differs = true;
                return;
            }
            at += len;
        }

        boolean same() {
            return !differs && at == expected.length;
        }
    }

    /** Loads and saves the root element of {@code bytes} alone (nothing if it is not at hand). */
    private static void warmUp(byte[] bytes, URI uri) {
        int end = rootTagEnd(bytes);
        if (end < 0) {
            return;
        }
        byte[] root = Arrays.copyOf(bytes, end + 2);
        root[end] = '/';
        root[end + 1] = '>';
        try {
            ModelStore.serialise(ModelStore.load(ModelStore.newResourceSet(), root, uri, "root"));
        } catch (ModelLoadException | IOException | RuntimeException e) {
            // only a warm-up: the merge reports what is wrong with the file
        }
    }

    /** The '>' ending the root element's start tag (after the XML declaration), or -1. */
    private static int rootTagEnd(byte[] b) {
        int p = 0;
        int n = Math.min(b.length, 1 << 16);
        while (p < n && b[p] != '\n') {
            p++;
        }
        boolean quoted = false;
        for (p++; p < n; p++) {
            if (b[p] == '"') {
                quoted = !quoted;
            } else if (!quoted && b[p] == '>') {
                return b[p - 1] == '/' ? -1 : p;
            }
        }
        return -1;
    }

    /** The version as the merge sees it, or why it is not a usable model file. */
    private static Object readOrFailure(byte[] bytes, URI uri, String name) {
        try {
            return new Side(ModelStore.load(ModelStore.newResourceSet(), bytes, uri, name));
        } catch (ModelLoadException e) {
            return e;
        }
    }

    private static CompletableFuture<Object> readAsync(byte[] bytes, URI uri, String name) {
        return CompletableFuture.supplyAsync(() -> readOrFailure(bytes, uri, name), LOADERS);
    }

    /** Loader threads (daemons: a command line that is done does not wait for them). */
    private static final Executor LOADERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "plantrace-merge-loader");
        t.setDaemon(true);
        return t;
    });

    private static Side await(CompletableFuture<Object> f) throws ModelLoadException {
        Object v;
        try {
            v = f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return side(v);
    }

    private static Side side(Object v) throws ModelLoadException {
        if (v instanceof ModelLoadException e) {
            throw e;
        }
        return (Side) v;
    }

    /** Even when one side is taken as it is, it must be a model file (a merge never passes garbage on). */
    private static void check(byte[] bytes, URI uri, String name) throws ModelLoadException {
        ModelStore.load(ModelStore.newResourceSet(), bytes, uri, name);
    }
}

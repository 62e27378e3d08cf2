package org.plantrace.core.merge;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

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

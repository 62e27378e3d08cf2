package org.plantrace.core.merge;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
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
        // the three versions load side by side (separate resource sets, nothing shared but the metamodel)
        java.util.concurrent.CompletableFuture<Object> ot = loadAsync(ours, uri, names[1]);
        java.util.concurrent.CompletableFuture<Object> tt = loadAsync(theirs, uri, names[2]);
        Resource b = ModelStore.load(ModelStore.newResourceSet(), base, uri, names[0]);
        Resource o = await(ot);
        Resource t = await(tt);
        List<MergeConflict> conflicts = DeletedAndLinked.withCopies(ModelMerge.merge(b, o, t), t);
        return new Outcome(ModelStore.serialise(o), conflicts);
    }

    private static java.util.concurrent.CompletableFuture<Object> loadAsync(byte[] bytes, URI uri, String name) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return ModelStore.load(ModelStore.newResourceSet(), bytes, uri, name);
            } catch (ModelLoadException e) {
                return e;
            }
        });
    }

    private static Resource await(java.util.concurrent.CompletableFuture<Object> f) throws ModelLoadException {
        Object v;
        try {
            v = f.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (v instanceof ModelLoadException e) {
            throw e;
        }
        return (Resource) v;
    }

    /** Even when one side is taken as it is, it must be a model file (a merge never passes garbage on). */
    private static void check(byte[] bytes, URI uri, String name) throws ModelLoadException {
        ModelStore.load(ModelStore.newResourceSet(), bytes, uri, name);
    }
}

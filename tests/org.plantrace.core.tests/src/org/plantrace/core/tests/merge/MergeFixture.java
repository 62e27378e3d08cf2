package org.plantrace.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.core.merge.FileMerge;
import org.plantrace.core.tests.Fixture;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** Versions of the sample plan, edited in memory as an analyst would in the workbench, and their merge. */
final class MergeFixture {

    static final Path SAMPLE = Fixture.examples().resolve("policing-london-2009-12/plan.plan");
    static final URI URI_ = URI.createFileURI(SAMPLE.toAbsolutePath().toString());

    private MergeFixture() {
    }

    static byte[] sample() {
        try {
            return Files.readAllBytes(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample (or {@code from}) with {@code edit} applied, as saved. */
    static byte[] edit(byte[] from, Consumer<Plan> edit) {
        try {
            Resource r = load(from);
            edit.accept((Plan) r.getContents().get(0));
            return ModelStore.serialise(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Resource load(byte[] bytes) {
        try {
            return ModelStore.load(ModelStore.newResourceSet(), bytes, URI_, "plan.plan");
        } catch (ModelLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The merge as {@code plantrace merge} runs it (the text merge when it applies), checked against the merge of the
     * models: the same bytes and the same conflicts, whichever way it went.
     */
    static FileMerge.Outcome merge(byte[] base, byte[] ours, byte[] theirs) {
        try {
            FileMerge.Outcome o = FileMerge.merge(base, ours, theirs, URI_, "base", "ours", "theirs");
            FileMerge.Outcome models = FileMerge.mergeModels(base, ours, theirs, URI_, "base", "ours", "theirs");
            assertArrayEquals(models.merged(), o.merged(), "the merge writes what the merge of the models writes");
            assertEquals(models.conflicts(), o.conflicts());
            return o;
        } catch (ModelLoadException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The merged plan, loaded from the merged bytes as the workbench would. */
    static Plan plan(FileMerge.Outcome o) {
        return (Plan) load(o.merged()).getContents().get(0);
    }

    @SuppressWarnings("unchecked")
    static <T extends EObject> T element(Plan p, String id) {
        return (T) p.eResource().getEObject(id);
    }
}

package org.plantrace.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.core.tests.merge.MergeFixture.edit;
import static org.plantrace.core.tests.merge.MergeFixture.element;
import static org.plantrace.core.tests.merge.MergeFixture.load;
import static org.plantrace.core.tests.merge.MergeFixture.merge;
import static org.plantrace.core.tests.merge.MergeFixture.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.core.merge.ConflictResolution;
import org.plantrace.core.merge.ConflictResolution.Choice;
import org.plantrace.core.merge.DeletedAndLinked;
import org.plantrace.core.merge.FileMerge;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.io.ModelStore;

/**
 * An element deleted on one side and linked on the other: the analyst sees what the element is (title, id) and what
 * links to it; taking the side that kept or linked it restores it with its links, taking the deleting side removes
 * the links too; either way nothing dangles. Key activity 1 of objective 1 is cited by nothing in the sample.
 */
class DeletedAndLinkedTest {

    private static final String KA1 = "obj-access-ka1";
    private static final String KA1_TITLE = "To improve public confidence in policing London";
    private static final String C1 = "obj-access-c1";

    @TempDir
    Path dir;

    @Test
    void weDeletedTheyLinkedTheirsPutsItBackWithTheLink() throws Exception {
        byte[] base = sample();
        byte[] ours = edit(base, p -> EcoreUtil.delete(element(p, KA1), true));
        byte[] theirs = edit(base, p -> MergeFixture.<Alignment>element(p, C1).getKeyActivities().add(element(p, KA1)));
        FileMerge.Outcome o = merge(base, ours, theirs);
        List<MergeConflict> conflicts = recorded(o);
        assertEquals(1, conflicts.size(), conflicts.toString());
        MergeConflict c = conflicts.get(0);
        assertEquals(MergeConflict.Kind.DELETED_AND_LINKED, c.kind());
        assertTrue(ConflictResolution.offers(c, Choice.THEIRS), "theirs can be taken");

        Resource merged = load(o.merged());
        assertNull(merged.getEObject(KA1), "ours (deleted) is in place until the analyst chooses");
        DeletedAndLinked.Element e = DeletedAndLinked.element(merged, conflicts, c);
        assertEquals(KA1, e.id());
        assertEquals(KA1_TITLE, e.title());
        assertEquals("KA1 of objective 1 '" + KA1_TITLE + "'", e.words(), "numbered where they have it");
        assertEquals("ours", e.deletedBy());
        assertEquals(1, e.linkedFrom().size(), e.linkedFrom().toString());
        assertTrue(e.linkedFrom().get(0).startsWith("key activities of link from objective 1 "), e.linkedFrom().toString());
        assertEquals(e.words() + " stays deleted, and their link to it (key activities) is left out.",
                DeletedAndLinked.consequence(c, Choice.OURS, e));
        assertEquals(e.words() + " is put back as they have it (id " + KA1 + "), with their link to it (key activities).",
                DeletedAndLinked.consequence(c, Choice.THEIRS, e));
        assertEquals(e.words() + " was there, without their link to it.", DeletedAndLinked.base(c, e));

        // theirs: the key activity is back where it was, with its title, and linked from C1
        assertTrue(ConflictResolution.apply(merged, c, Choice.THEIRS));
        KeyActivity ka = (KeyActivity) merged.getEObject(KA1);
        assertNotNull(ka);
        assertEquals(KA1_TITLE, ka.getTitle());
        CorporateObjective objective1 = (CorporateObjective) merged.getEObject("obj-access");
        assertSame(objective1, ka.eContainer());
        assertEquals(0, objective1.getKeyActivities().indexOf(ka), "first, as in the base");
        assertEquals(List.of(ka), ((Alignment) merged.getEObject(C1)).getKeyActivities());
        assertNoDanglingReference(merged);
        Resource saved = load(ModelStore.serialise(merged));
        assertEquals(List.of(saved.getEObject(KA1)), ((Alignment) saved.getEObject(C1)).getKeyActivities());

        // ours: nothing of it comes back
        Resource kept = load(o.merged());
        assertTrue(ConflictResolution.apply(kept, c, Choice.OURS));
        assertNull(kept.getEObject(KA1));
        assertFalse(new String(ModelStore.serialise(kept), StandardCharsets.UTF_8).contains(KA1));
    }

    @Test
    void theyDeletedWeLinkedTheirsRemovesItAndEveryLinkToIt() throws Exception {
        byte[] base = sample();
        byte[] theirs = edit(base, p -> EcoreUtil.delete(element(p, KA1), true));
        byte[] ours = edit(base, p -> MergeFixture.<Alignment>element(p, C1).getKeyActivities().add(element(p, KA1)));
        FileMerge.Outcome o = merge(base, ours, theirs);
        List<MergeConflict> conflicts = recorded(o);
        assertEquals(1, conflicts.size(), conflicts.toString());
        MergeConflict c = conflicts.get(0);
        assertTrue(ConflictResolution.offers(c, Choice.THEIRS));

        Resource merged = load(o.merged());
        DeletedAndLinked.Element e = DeletedAndLinked.element(merged, conflicts, c);
        assertEquals(KA1, e.id());
        assertEquals(KA1_TITLE, e.title());
        assertEquals("theirs", e.deletedBy());
        assertEquals("KA1 of objective 1 '" + KA1_TITLE + "'", e.words());
        assertEquals(1, e.linkedFrom().size(), e.linkedFrom().toString());
        assertTrue(e.linkedFrom().get(0).startsWith("key activities of link from objective 1 "), e.linkedFrom().toString());
        assertEquals(e.words() + " is deleted, and the 1 link to it is removed: " + e.linkedFrom().get(0) + ".",
                DeletedAndLinked.consequence(c, Choice.THEIRS, e));
        assertEquals(e.words() + " is kept, with the 1 link to it: " + e.linkedFrom().get(0) + ".",
                DeletedAndLinked.consequence(c, Choice.OURS, e));

        assertTrue(ConflictResolution.apply(merged, c, Choice.THEIRS));
        assertNull(merged.getEObject(KA1));
        assertTrue(((Alignment) merged.getEObject(C1)).getKeyActivities().isEmpty(), "the link went with it");
        assertNoDanglingReference(merged);
        assertFalse(new String(ModelStore.serialise(merged), StandardCharsets.UTF_8).contains(KA1));
    }

    /** The conflicts as the workbench reads them: written beside the file and read back. */
    private List<MergeConflict> recorded(FileMerge.Outcome o) throws Exception {
        Path file = dir.resolve("plan.plan");
        ConflictFile.write(file, o.conflicts());
        List<MergeConflict> read = ConflictFile.read(file);
        assertEquals(o.conflicts(), read);
        return read;
    }

    /** Every reference within the file reaches an element of the file (or is a link into another file). */
    private static void assertNoDanglingReference(Resource r) {
        r.getAllContents().forEachRemaining(o -> {
            for (var ref : o.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isContainer() || ref.isTransient()) {
                    continue;
                }
                Object v = o.eGet(ref, false);
                for (Object x : v instanceof List<?> l ? l : v == null ? List.of() : List.of(v)) {
                    EObject e = (EObject) x;
                    boolean inAnotherFile = e.eResource() != null && e.eResource() != r
                            && !e.eResource().getURI().equals(r.getURI());
                    assertTrue(e.eIsProxy() || e.eResource() == r || inAnotherFile, () -> EcoreUtil.getID(o) + "."
                            + ref.getName() + " points to an element that is not in the file: " + EcoreUtil.getID(e));
                }
            }
        });
    }
}

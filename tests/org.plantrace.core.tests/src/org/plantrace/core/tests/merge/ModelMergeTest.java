package org.plantrace.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.core.tests.merge.MergeFixture.edit;
import static org.plantrace.core.tests.merge.MergeFixture.element;
import static org.plantrace.core.tests.merge.MergeFixture.merge;
import static org.plantrace.core.tests.merge.MergeFixture.plan;
import static org.plantrace.core.tests.merge.MergeFixture.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.Labels;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.core.merge.ConflictResolution;
import org.plantrace.core.merge.FileMerge;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.core.merge.MergeConflict.Kind;
import org.plantrace.core.merge.ModelMerge;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** Three-way merges of edited copies of the sample plan (Policing London 2009-12). */
class ModelMergeTest {

    private static final String OBJ1_TITLE = "Make our service more accessible and improve peoples experience of their contact "
            + "with us, especially victims and witnesses";

    @Test
    void disjointEditsMergeCleanAndBothSurvive() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> p.getObjectives().get(0).setTitle("Make our services more accessible"));
        byte[] theirs = edit(base, p -> target(p, "m-1-t2009").setValue("82%"));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertTrue(o.conflicts().isEmpty(), () -> o.conflicts().toString());
        Plan merged = plan(o);
        assertEquals("Make our services more accessible", merged.getObjectives().get(0).getTitle());
        assertEquals("82%", target(merged, "m-1-t2009").getValue());
        assertEquals("2009/10", target(merged, "m-1-t2009").getYear());
    }

    @Test
    void differentAttributesOfOneElementMergeClean() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> p.getObjectives().get(0).setTitle("Accessible services"));
        byte[] theirs = edit(base, p -> p.getObjectives().get(0).setNote("Agreed at committee, 14 May"));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertTrue(o.conflicts().isEmpty(), () -> o.conflicts().toString());
        CorporateObjective obj = plan(o).getObjectives().get(0);
        assertEquals("Accessible services", obj.getTitle());
        assertEquals("Agreed at committee, 14 May", obj.getNote());
    }

    @Test
    void sameTargetChangedDifferentlyIsAConflictInWords() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> target(p, "m-1-t2009").setValue("80%"));
        byte[] theirs = edit(base, p -> target(p, "m-1-t2009").setValue("82%"));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertEquals(1, o.conflicts().size());
        MergeConflict c = o.conflicts().get(0);
        assertEquals(Kind.BOTH_CHANGED, c.kind());
        assertEquals("target 2009/10 of measure 1 'Percentage of people who agree that the police treat you ...': "
                + "80% (ours) vs 82% (theirs), base 79%", c.description());
        assertEquals("80%", target(plan(o), "m-1-t2009").getValue(), "ours is kept so the file loads");
    }

    @Test
    void deletedByUsEditedByThemIsAConflictAndStaysDeleted() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> EcoreUtil.remove(element(p, "m-12")));
        byte[] theirs = edit(base, p -> target(p, "m-12-t2009").setValue("60%"));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertEquals(1, o.conflicts().size(), () -> o.conflicts().toString());
        MergeConflict c = o.conflicts().get(0);
        assertEquals(Kind.DELETED_BY_US_EDITED_BY_THEM, c.kind());
        assertTrue(c.description().startsWith("measure 12 'To what extent do you agree that the police are dealing "),
                c.description());
        assertTrue(c.description().endsWith(": deleted (ours) vs edited (theirs); left deleted"), c.description());
        assertNull(element(plan(o), "m-12"));
    }

    @Test
    void editedByUsDeletedByThemIsAConflictAndIsKept() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> target(p, "m-12-t2009").setValue("60%"));
        byte[] theirs = edit(base, p -> EcoreUtil.remove(element(p, "m-12")));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertEquals(List.of(Kind.EDITED_BY_US_DELETED_BY_THEM), o.conflicts().stream().map(MergeConflict::kind).toList());
        assertTrue(o.conflicts().get(0).description().endsWith(": edited (ours) vs deleted (theirs); kept"));
        assertEquals("60%", target(plan(o), "m-12-t2009").getValue());
    }

    @Test
    void untouchedElementDeletedByThemIsDeletedCleanly() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> p.getObjectives().get(0).setTitle("Accessible services"));
        byte[] theirs = edit(base, p -> EcoreUtil.remove(element(p, "m-12")));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertTrue(o.conflicts().isEmpty(), () -> o.conflicts().toString());
        assertNull(element(plan(o), "m-12"));
        assertEquals("Accessible services", plan(o).getObjectives().get(0).getTitle());
    }

    @Test
    void deletedByThemLinkedByUsIsKeptNeverDangling() {
        byte[] base = sample();
        // they delete key activity 1 of objective 1 (nothing cites it); we cite it from the objective's link to concern C1
        byte[] theirs = edit(base, p -> EcoreUtil.remove(element(p, "obj-access-ka1")));
        byte[] ours = edit(base, p -> this.<Alignment>el(p, "obj-access-c1").getKeyActivities()
                .add(element(p, "obj-access-ka1")));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertEquals(List.of(Kind.DELETED_AND_LINKED), o.conflicts().stream().map(MergeConflict::kind).toList());
        assertTrue(o.conflicts().get(0).description().contains("deleted (theirs) vs linked from link from objective 1"),
                o.conflicts().get(0).description());
        Plan merged = plan(o);
        KeyActivity ka = element(merged, "obj-access-ka1");
        assertNotNull(ka, "the key activity we cite is kept");
        Alignment a = element(merged, "obj-access-c1");
        assertEquals(List.of(ka), a.getKeyActivities());
        assertNoDanglingReference(merged.eResource());
    }

    @Test
    void deletedByUsLinkedByThemLeavesTheLinkOutNeverDangling() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> EcoreUtil.remove(element(p, "obj-access-ka1")));
        byte[] theirs = edit(base, p -> this.<Alignment>el(p, "obj-access-c1").getKeyActivities()
                .add(element(p, "obj-access-ka1")));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertEquals(List.of(Kind.DELETED_AND_LINKED), o.conflicts().stream().map(MergeConflict::kind).toList());
        assertTrue(o.conflicts().get(0).description().startsWith("key activities of link from objective 1"),
                o.conflicts().get(0).description());
        assertFalse(new String(o.merged(), StandardCharsets.UTF_8).contains("obj-access-ka1"),
                "no href to the deleted key activity");
        Plan merged = plan(o);
        assertTrue(this.<Alignment>el(merged, "obj-access-c1").getKeyActivities().isEmpty());
        assertNoDanglingReference(merged.eResource());
    }

    @Test
    void renumberedKeyActivitiesKeepTheirCitations() {
        byte[] base = sample();
        // we move KA3 of objective 1 to the top: it prints as KA1 now, the old KA1 and KA2 as KA2 and KA3
        byte[] ours = edit(base, p -> p.getObjectives().get(0).getKeyActivities().move(0, 2));
        // they cite (what they see as) KA3 from the link to concern C1
        byte[] theirs = edit(base, p -> this.<Alignment>el(p, "obj-access-c1").getKeyActivities()
                .add(element(p, "obj-access-ka3")));
        for (FileMerge.Outcome o : List.of(merge(base, ours, theirs), merge(base, theirs, ours))) {
            assertTrue(o.conflicts().isEmpty(), () -> o.conflicts().toString());
            Plan merged = plan(o);
            KeyActivity cited = this.<Alignment>el(merged, "obj-access-c1").getKeyActivities().get(0);
            assertEquals("obj-access-ka3", cited.getId());
            assertEquals("KA1", Labels.keyActivity(cited), "the citation follows the renumbering");
            assertEquals("To improve user experience in every contact with us", cited.getTitle());
            // the links that cited KA3, KA4 before now print KA1, KA4
            Alignment b3 = el(merged, "obj-access-b3");
            assertEquals(List.of("KA1", "KA4"), b3.getKeyActivities().stream().map(Labels::keyActivity).toList());
        }
    }

    @Test
    void movedToDifferentPlacesOnBothSidesIsAConflict() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> p.getObjectives().get(1).getMeasures().add(element(p, "m-12")));
        byte[] theirs = edit(base, p -> p.getObjectives().get(2).getMeasures().add(element(p, "m-12")));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertEquals(List.of(Kind.MOVED_ON_BOTH_SIDES), o.conflicts().stream().map(MergeConflict::kind).toList());
        String d = o.conflicts().get(0).description();
        assertTrue(d.contains(": moved to objective 2 'Make our neighbourhoods safer"), d);
        assertTrue(d.contains("(ours) vs to objective 3 "), d);
        assertEquals("obj-neighbourhoods", ((CorporateObjective) element(plan(o), "m-12").eContainer()).getId());
    }

    @Test
    void elementsAddedOnBothSidesAreBothThere() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> p.getObjectives().get(0).getMeasures().add(measure("m-new-a", "Calls answered in 10 s")));
        byte[] theirs = edit(base, p -> p.getObjectives().get(0).getMeasures().add(measure("m-new-b", "Repeat victims")));
        FileMerge.Outcome o = merge(base, ours, theirs);
        assertTrue(o.conflicts().isEmpty(), () -> o.conflicts().toString());
        List<Measure> ms = plan(o).getObjectives().get(0).getMeasures();
        int n = ms.size();
        assertEquals(List.of("m-new-b", "m-new-a"), List.of(ms.get(n - 2).getId(), ms.get(n - 1).getId()));
        Measure b = ms.get(n - 2);
        assertEquals("Repeat victims", b.getTitle());
        assertEquals("75%", b.getTargets().get(0).getValue());
        assertEquals("m-new-b-t", b.getTargets().get(0).getId());
    }

    @Test
    void sampleMergedWithItselfIsTheSameBytes() throws Exception {
        byte[] s = sample();
        assertArrayEquals(s, merge(s, s, s).merged());
        // also through the element-by-element merge, not only the shortcut for identical versions
        Resource b = MergeFixture.load(s);
        Resource o = MergeFixture.load(s);
        Resource t = MergeFixture.load(s);
        assertTrue(ModelMerge.merge(b, o, t).isEmpty());
        assertArrayEquals(s, ModelStore.serialise(o));
    }

    @Test
    void mergeIsDeterministic() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> {
            p.getObjectives().get(0).setTitle("Accessible services");
            p.getObjectives().get(0).getKeyActivities().move(0, 3);
        });
        byte[] theirs = edit(base, p -> {
            target(p, "m-1-t2009").setValue("82%");
            p.getObjectives().get(0).getMeasures().add(measure("m-new", "New measure"));
        });
        assertArrayEquals(merge(base, ours, theirs).merged(), merge(base, ours, theirs).merged());
    }

    @Test
    void conflictsRoundTripThroughTheConflictFileAndResolveToTheirs(@TempDir Path dir) throws Exception {
        byte[] base = sample();
        byte[] ours = edit(base, p -> target(p, "m-1-t2009").setValue("80%"));
        byte[] theirs = edit(base, p -> target(p, "m-1-t2009").setValue("82%"));
        FileMerge.Outcome o = merge(base, ours, theirs);
        Path file = dir.resolve("plan.plan");
        ConflictFile.write(file, o.conflicts());
        List<MergeConflict> read = ConflictFile.read(file);
        assertEquals(o.conflicts(), read);
        Resource merged = MergeFixture.load(o.merged());
        assertTrue(ConflictResolution.offers(read.get(0), ConflictResolution.Choice.THEIRS));
        assertTrue(ConflictResolution.apply(merged, read.get(0), ConflictResolution.Choice.THEIRS));
        assertEquals("82%", ((Target) merged.getEObject("m-1-t2009")).getValue());
        assertTrue(ConflictResolution.applyText(merged, read.get(0), "81%"));
        assertEquals("81%", ((Target) merged.getEObject("m-1-t2009")).getValue());
    }

    @Test
    void theirsPutsBackAnElementWeDeletedAsTheyEditedIt(@TempDir Path dir) throws Exception {
        byte[] base = sample();
        byte[] ours = edit(base, p -> EcoreUtil.remove(element(p, "m-12")));
        byte[] theirs = edit(base, p -> target(p, "m-12-t2009").setValue("60%"));
        FileMerge.Outcome o = merge(base, ours, theirs);
        Path file = dir.resolve("plan.plan");
        ConflictFile.write(file, o.conflicts());
        List<MergeConflict> read = ConflictFile.read(file);
        assertEquals(List.of(Kind.DELETED_BY_US_EDITED_BY_THEM), read.stream().map(MergeConflict::kind).toList());
        Resource merged = MergeFixture.load(o.merged());
        assertNull(merged.getEObject("m-12"), "left deleted until the analyst chooses");
        assertTrue(ConflictResolution.offers(read.get(0), ConflictResolution.Choice.THEIRS));
        assertFalse(ConflictResolution.offers(read.get(0), ConflictResolution.Choice.BASE));

        assertTrue(ConflictResolution.apply(merged, read.get(0), ConflictResolution.Choice.THEIRS));
        Measure m = (Measure) merged.getEObject("m-12");
        assertNotNull(m, "their measure 12 is back");
        assertEquals("60%", ((Target) merged.getEObject("m-12-t2009")).getValue(), "with their edit");
        List<String> siblings = ((CorporateObjective) m.eContainer()).getMeasures().stream().map(Measure::getId).toList();
        assertEquals(siblings.indexOf("m-11") + 1, siblings.indexOf("m-12"), "in its place, after measure 11");
        assertTrue(m.getOwners().get(0) == merged.getEObject("bg-tp"), "its owner is the business group of the file");
        assertNoDanglingReference(merged);
        assertArrayEquals(theirs, ModelStore.serialise(merged), "we only deleted it: the result is their version");
        assertFalse(ConflictResolution.apply(merged, read.get(0), ConflictResolution.Choice.THEIRS),
                "a second time: it is there already, nothing is doubled");
    }

    @Test
    void anUnusableVersionIsNamed() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> p.setTitle("x"));
        byte[] broken = "<plantrace:Plan xmlns:plantrace=\"http://plantrace.org/model/1.1\" id=\"p\"".getBytes(StandardCharsets.UTF_8);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> FileMerge.merge(base, ours, broken, MergeFixture.URI_, "base", "ours", "theirs"));
        assertTrue(e.getMessage().startsWith("theirs"), e.getMessage());
    }

    @Test
    void whenSeveralVersionsAreUnusableTheFirstIsNamedBaseOursTheirs() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> p.setTitle("x"));
        byte[] theirs = edit(base, p -> p.setNote("y"));
        // the versions load side by side; which one fails first in time must not decide what the user is told
        ModelLoadException all = assertThrows(ModelLoadException.class, () -> FileMerge.merge(broken("b"), broken("o"),
                broken("t"), MergeFixture.URI_, "base", "ours", "theirs"));
        assertTrue(all.getMessage().startsWith("base"), all.getMessage());
        ModelLoadException oursAndTheirs = assertThrows(ModelLoadException.class, () -> FileMerge.merge(base,
                broken("o"), broken("t"), MergeFixture.URI_, "base", "ours", "theirs"));
        assertTrue(oursAndTheirs.getMessage().startsWith("ours"), oursAndTheirs.getMessage());
        ModelLoadException baseOnly = assertThrows(ModelLoadException.class,
                () -> FileMerge.merge(broken("b"), ours, theirs, MergeFixture.URI_, "base", "ours", "theirs"));
        assertTrue(baseOnly.getMessage().startsWith("base"), baseOnly.getMessage());
    }

    /** A truncated plan file (each {@code id} gives different bytes, so that no version equals another). */
    private static byte[] broken(String id) {
        return ("<plantrace:Plan xmlns:plantrace=\"http://plantrace.org/model/1.3\" id=\"" + id + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    // ---- helpers ----

    private static Target target(Plan p, String id) {
        return element(p, id);
    }

    private <T extends EObject> T el(Plan p, String id) {
        return element(p, id);
    }

    private static Measure measure(String id, String title) {
        Measure m = PlantraceFactory.eINSTANCE.createMeasure();
        m.setId(id);
        m.setTitle(title);
        Target t = PlantraceFactory.eINSTANCE.createTarget();
        t.setId(id + "-t");
        t.setYear("2009/10");
        t.setValue("75%");
        m.getTargets().add(t);
        return m;
    }

    /** Every reference within the file reaches an element of the file. */
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

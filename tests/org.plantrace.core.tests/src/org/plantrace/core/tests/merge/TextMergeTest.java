package org.plantrace.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.core.tests.merge.MergeFixture.edit;
import static org.plantrace.core.tests.merge.MergeFixture.element;
import static org.plantrace.core.tests.merge.MergeFixture.sample;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.plantrace.core.merge.FileMerge;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.core.merge.TextMerge;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelLoadException;

/**
 * The text merge (the fast path of {@code plantrace merge}) against the merge of the models: on seeded random edits
 * of the sample it writes exactly the bytes the model merge writes, and it stands aside whenever it cannot prove that
 * (conflicts, the same element edited on both sides, moves, deleted-and-linked, a file not in canonical form).
 */
class TextMergeTest {

    private static final int CASES = 40;

    @Test
    void disjointRandomEditsAreMergedAsTextToTheBytesOfTheModelMerge() {
        byte[] base = sample();
        for (int i = 0; i < CASES; i++) {
            // ours edits the objectives with an even index, theirs the others: never the same element
            byte[] ours = edit(base, RandomEdits.of(1000 + i, 0, "o"));
            byte[] theirs = edit(base, RandomEdits.of(5000 + i, 1, "t"));
            TextMerge.Result text = TextMerge.attempt(base, ours, theirs);
            String seed = "seed " + i;
            assertNotNull(text.merged(), () -> seed + ": " + text.fallback());
            FileMerge.Outcome models = modelMerge(base, ours, theirs);
            assertEquals(List.of(), models.conflicts(), seed);
            assertArrayEquals(models.merged(), text.merged(), seed);
            Resource merged = MergeFixture.load(text.merged());
            assertNoDanglingReference(merged, seed);
            if (i % 5 == 0) { // validation takes a while; every fifth case
                assertValidatesAsBefore((Plan) merged.getContents().get(0), ours, theirs, seed);
            }
        }
    }

    @Test
    void randomEditsThatMayMeetAreMergedAsTextOnlyWhenTheModelMergeAgrees() {
        byte[] base = sample();
        int text = 0;
        int conflicting = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] ours = edit(base, RandomEdits.of(2000 + i, -1, "o"));
            byte[] theirs = edit(base, RandomEdits.of(7000 + i, -1, "t"));
            TextMerge.Result t = TextMerge.attempt(base, ours, theirs);
            FileMerge.Outcome models = modelMerge(base, ours, theirs);
            if (!models.clean()) {
                conflicting++;
                assertTrue(t.merged() == null || !t.conflicts().isEmpty(), "seed " + i + ": a conflict is never lost");
            } else if (t.merged() != null) {
                text++;
                assertArrayEquals(models.merged(), t.merged(), "seed " + i);
                assertEquals(List.of(), t.conflicts(), "seed " + i);
            }
            MergeFixture.merge(base, ours, theirs); // the same bytes and conflicts, whichever way it went
        }
        // the seeds give both kinds: without them the test would prove nothing
        assertTrue(text >= CASES / 2, text + " merged as text");
        assertTrue(conflicting >= 1, conflicting + " with conflicts");
    }

    @Test
    void randomEditsOfTheSameAttributesGiveTheModelMergesConflictsAsText() {
        byte[] base = sample();
        int asText = 0;
        for (int i = 0; i < CASES; i++) {
            // the same seed on both sides: the same elements and attributes edited, to different values
            byte[] ours = edit(base, RandomEdits.of(3000 + i, -1, "o"));
            byte[] theirs = edit(base, RandomEdits.of(3000 + i, -1, "t"));
            TextMerge.Result t = TextMerge.attempt(base, ours, theirs);
            FileMerge.Outcome merged = MergeFixture.merge(base, ours, theirs); // asserts: as the model merge
            if (t.merged() != null && !t.conflicts().isEmpty()) {
                asText++;
                assertEquals(t.conflicts().size(), merged.conflicts().size(), "seed " + i);
            }
        }
        assertTrue(asText >= CASES / 4, asText + " with conflicts merged as text");
    }

    @Test
    void anAttributeBothSidesChangedIsAConflictInTheModelMergesWordsWithOursKept() {
        byte[] base = sample();
        // the same target on both sides (and disjoint edits elsewhere)
        FileMerge.Outcome o = asText(base, 1, p -> {
            target(p, "m-1-t2009").setValue("80%");
            obj(p, 2).setTitle("Retitled by us");
        }, p -> {
            target(p, "m-1-t2009").setValue("82%");
            obj(p, 3).setNote("Agreed at committee");
        });
        MergeConflict c = o.conflicts().get(0);
        assertEquals(MergeConflict.Kind.BOTH_CHANGED, c.kind());
        assertEquals("m-1-t2009", c.elementId());
        assertEquals(List.of("80%"), c.oursValue());
        assertEquals(List.of("82%"), c.theirsValue());
        assertTrue(c.description().startsWith("target 2009/10 of measure "), c.description());
        assertTrue(c.description().endsWith(": 80% (ours) vs 82% (theirs), base " + c.base()), c.description());
        Plan merged = MergeFixture.plan(o);
        assertEquals("80%", target(merged, "m-1-t2009").getValue());
        assertEquals("Retitled by us", obj(merged, 2).getTitle());
        assertEquals("Agreed at committee", obj(merged, 3).getNote());
        // ours changed another attribute of the same element: still ours' start tag
        asText(base, 1, p -> {
            obj(p, 0).setTitle("Accessible & <open> services");
            obj(p, 0).setNote("Ours alone");
        }, p -> obj(p, 0).setTitle("Services \"for all\""));
        // two attributes of one element, both changed on both sides: in the order of the class's features
        asText(base, 2, p -> {
            obj(p, 1).setTitle("Ours");
            obj(p, 1).setNote("Our note");
        }, p -> {
            obj(p, 1).setNote("Their note");
            obj(p, 1).setTitle("Theirs");
        });
        // the plan itself (the root element), and an attribute only one side had before: base has no value
        asText(base, 1, p -> p.setTitle("Our plan"), p -> p.setTitle("Their plan"));
        asText(base, 1, p -> target(p, "m-2-t2009").setBaseline("ours"), p -> target(p, "m-2-t2009").setBaseline("theirs"));
    }

    @Test
    void differentAttributesOfOneElementChangedOnBothSidesMergeAsTextLaidOutAsSaved() {
        byte[] base = sample();
        asText(base, 0, p -> obj(p, 0).setTitle("Accessible services"), p -> obj(p, 0).setNote("Agreed at committee"));
        // a longer first line: the attributes after it wrap elsewhere; characters beyond ASCII count as one
        asText(base, 0, p -> obj(p, 1).setTitle(obj(p, 1).getTitle() + " and a much longer title that wraps the line"
                + " further than before"), p -> obj(p, 1).setNote("Nöte, agreed"));
        asText(base, 0, p -> obj(p, 2).setNote(null), p -> obj(p, 2).setName("Renamed"));
        asText(base, 0, p -> p.setTitle("T"), p -> p.setOwner("Someone else entirely")); // the root element
        asText(base, 0, p -> target(p, "m-2-t2009").setBaseline("70%"), p -> target(p, "m-2-t2009").setScopeName("x"));
    }

    @Test
    void conflictsTheTextMergeCannotStateAreLeftToTheModelMerge() throws Exception {
        byte[] base = sample();
        // a link's words name the element it points at: the model merge states it
        Alignment a = (Alignment) obj(MergeFixture.plan(new FileMerge.Outcome(base, List.of())), 0).getAlignments().get(0);
        String id = a.getId();
        byte[] ours = edit(base, p -> ((Alignment) element(p, id)).setPublishedIn("ours"));
        byte[] theirs = edit(base, p -> ((Alignment) element(p, id)).setPublishedIn("theirs"));
        assertEquals(1, TextMerge.attempt(base, ours, theirs).conflicts().size());
        assertEquals(1, MergeFixture.merge(base, ours, theirs).conflicts().size());
        // theirs changed another attribute of the element too: the model merge writes a tag neither side has
        standsAside("changed on both sides", base, p -> obj(p, 0).setTitle("Ours"), p -> {
            obj(p, 0).setTitle("Theirs");
            obj(p, 0).setNote("Their note");
        });
        // a conflicting value the loader refuses: the model merge names the version
        byte[] oursStatus = edit(base, p -> p.setStatus(org.plantrace.model.PlanStatus.DRAFT));
        String t = new String(edit(base, p -> p.setStatus(org.plantrace.model.PlanStatus.AGREED)), StandardCharsets.UTF_8);
        byte[] bogus = t.replace("status=\"agreed\"", "status=\"bogus\"").getBytes(StandardCharsets.UTF_8);
        assertTrue(TextMerge.attempt(base, oursStatus, bogus).conflicts().size() == 1);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> FileMerge.merge(base, oursStatus, bogus, MergeFixture.URI_, "base", "ours", "theirs"));
        assertTrue(e.getMessage().startsWith("theirs"), e.getMessage());
    }

    @Test
    void theTextMergeStandsAsideWhenItCannotProveTheResult() {
        byte[] base = sample();
        standsAside("changed on both sides, in attributes of unknown order", base, // each adds one, side by side
                p -> target(p, "m-2-t2009").setFigure(42.0), p -> target(p, "m-2-t2009").setScopeName("London"));
        standsAside("contents of obj-access changed on both sides", base,
                p -> obj(p, 0).getMeasures().add(measure("m-new-a")), p -> obj(p, 0).getMeasures().add(measure("m-new-b")));
        standsAside("added on both sides", base,
                p -> obj(p, 0).getMeasures().add(measure("m-new")), p -> obj(p, 2).getMeasures().add(measure("m-new")));
        standsAside("m-1 moved", base,
                p -> obj(p, 1).getMeasures().add(obj(p, 0).getMeasures().get(0)), p -> obj(p, 3).setTitle("x"));
        standsAside("m-12 deleted by ours, changed (or its contents) by theirs", base,
                p -> EcoreUtil.remove(element(p, "m-12")), p -> target(p, "m-12-t2009").setValue("60%"));
        standsAside("m-12 deleted by theirs, changed (or its contents) by ours", base,
                p -> target(p, "m-12-t2009").setValue("60%"), p -> EcoreUtil.remove(element(p, "m-12")));
        // theirs deletes a key activity nothing links to; ours links to it: the model merge's deleted-and-linked
        CorporateObjective o0 = obj(MergeFixture.plan(new FileMerge.Outcome(base, List.of())), 0);
        KeyActivity unlinked = unlinkedKeyActivity(o0);
        standsAside("a link to " + unlinked.getId() + ", deleted by one side", base,
                p -> ((Alignment) obj(p, 0).getAlignments().get(0)).getKeyActivities()
                        .add((KeyActivity) element(p, unlinked.getId())),
                p -> EcoreUtil.remove(element(p, unlinked.getId())));
        byte[] older = new String(base, StandardCharsets.UTF_8).replace("http://plantrace.org/model/1.3",
                "http://plantrace.org/model/1.2").getBytes(StandardCharsets.UTF_8);
        assertEquals("base: not the current file format", TextMerge.attempt(older, base, base).fallback());
        byte[] comment = new String(base, StandardCharsets.UTF_8).replace("<years>", "<!-- x --><years>")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(TextMerge.attempt(base, comment, base).fallback().startsWith("ours: comment"));
    }

    @Test
    void aResultNotInCanonicalFormIsLeftToTheModelMerge() throws Exception {
        byte[] base = sample();
        // ours is loadable but not as Plantrace saves it (two spaces before an attribute of an element nobody edits)
        byte[] oursSaved = edit(base, p -> obj(p, 0).setTitle("Accessible services"));
        byte[] ours = new String(oursSaved, StandardCharsets.UTF_8).replace("<targets id=\"m-1-t2009\" year",
                "<targets id=\"m-1-t2009\"  year").getBytes(StandardCharsets.UTF_8);
        byte[] theirs = edit(base, p -> target(p, "m-2-t2009").setValue("81%"));
        assertNotNull(TextMerge.attempt(base, ours, theirs).merged(), "the text merge alone would keep the two spaces");
        FileMerge.Outcome o = FileMerge.merge(base, ours, theirs, MergeFixture.URI_, "base", "ours", "theirs");
        assertArrayEquals(modelMerge(base, ours, theirs).merged(), o.merged(), "saved as Plantrace saves it");
        assertTrue(new String(o.merged(), StandardCharsets.UTF_8).contains("<targets id=\"m-1-t2009\" year"));
    }

    @Test
    void anUnusableChangeIsNamedByTheModelMergeNeverMergedAsText() {
        byte[] base = sample();
        byte[] ours = edit(base, p -> obj(p, 0).setTitle("Accessible services"));
        // well-formed and in canonical layout, but not a Plantrace model: an attribute no element has
        byte[] theirs = new String(edit(base, p -> target(p, "m-2-t2009").setValue("81%")), StandardCharsets.UTF_8)
                .replace("value=\"81%\"", "value=\"81%\" colour=\"red\"").getBytes(StandardCharsets.UTF_8);
        assertNotNull(TextMerge.attempt(base, ours, theirs).merged());
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> FileMerge.merge(base, ours, theirs, MergeFixture.URI_, "base", "ours", "theirs"));
        assertTrue(e.getMessage().startsWith("theirs"), e.getMessage());
    }

    // ---- helpers ----

    /** The text merge applies with {@code conflicts} conflicts, and the merge gives what the model merge gives. */
    private static FileMerge.Outcome asText(byte[] base, int conflicts, Consumer<Plan> oursEdit,
            Consumer<Plan> theirsEdit) {
        byte[] ours = edit(base, oursEdit);
        byte[] theirs = edit(base, theirsEdit);
        TextMerge.Result t = TextMerge.attempt(base, ours, theirs);
        assertNotNull(t.merged(), t::fallback);
        assertEquals(conflicts, t.conflicts().size());
        FileMerge.Outcome o = MergeFixture.merge(base, ours, theirs);
        assertArrayEquals(o.merged(), t.merged());
        assertEquals(conflicts, o.conflicts().size());
        return o;
    }

    private static void standsAside(String why, byte[] base, Consumer<Plan> oursEdit, Consumer<Plan> theirsEdit) {
        byte[] ours = edit(base, oursEdit);
        byte[] theirs = edit(base, theirsEdit);
        TextMerge.Result t = TextMerge.attempt(base, ours, theirs);
        assertNull(t.merged(), why);
        assertTrue(t.fallback().contains(why), () -> "expected '" + why + "', was '" + t.fallback() + "'");
        MergeFixture.merge(base, ours, theirs); // and the merge gives what the model merge gives
    }

    private static FileMerge.Outcome modelMerge(byte[] base, byte[] ours, byte[] theirs) {
        try {
            return FileMerge.mergeModels(base, ours, theirs, MergeFixture.URI_, "base", "ours", "theirs");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** No finding in the result that neither side had (a rule broken by an element; counts in messages may add up). */
    private static void assertValidatesAsBefore(Plan merged, byte[] ours, byte[] theirs, String seed) {
        Set<String> before = new HashSet<>();
        for (byte[] side : List.of(ours, theirs)) {
            for (Finding f : Validation.validate((Plan) MergeFixture.load(side).getContents().get(0))) {
                before.add(f.rule() + " on " + f.elementId());
            }
        }
        for (Finding f : Validation.validate(merged)) {
            assertTrue(before.contains(f.rule() + " on " + f.elementId()), () -> seed + ": new finding " + f.toLine());
        }
    }

    private static void assertNoDanglingReference(Resource r, String seed) {
        r.getAllContents().forEachRemaining(o -> {
            for (EReference ref : o.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isContainer() || ref.isTransient()) {
                    continue;
                }
                Object v = o.eGet(ref, false);
                for (Object x : v instanceof List<?> l ? l : v == null ? List.of() : List.of(v)) {
                    EObject e = (EObject) x;
                    if (e.eIsProxy()) {
                        String u = ((InternalEObject) e).eProxyURI().toString();
                        assertTrue(!u.startsWith(r.getURI().toString() + "#"), () -> seed + ": dangling " + u);
                    } else {
                        assertNotNull(e.eResource(), () -> seed + ": a link to a removed element " + EcoreUtil.getID(e));
                    }
                }
            }
        });
    }

    private static KeyActivity unlinkedKeyActivity(CorporateObjective o) {
        Set<EObject> linked = new HashSet<>();
        o.eResource().getAllContents().forEachRemaining(e -> {
            if (e instanceof Alignment a) {
                linked.addAll(a.getKeyActivities());
            }
        });
        return o.getKeyActivities().stream().filter(k -> !linked.contains(k)).findFirst().orElseThrow();
    }

    private static CorporateObjective obj(Plan p, int i) {
        return p.getObjectives().get(i);
    }

    private static Target target(Plan p, String id) {
        return element(p, id);
    }

    private static Measure measure(String id) {
        Measure m = PlantraceFactory.eINSTANCE.createMeasure();
        m.setId(id);
        m.setTitle("New measure");
        return m;
    }
}

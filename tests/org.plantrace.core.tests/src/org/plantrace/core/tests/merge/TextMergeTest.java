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
                assertNull(t.merged(), "seed " + i + ": conflicts are never merged as text");
            } else if (t.merged() != null) {
                text++;
                assertArrayEquals(models.merged(), t.merged(), "seed " + i);
            }
        }
        // the seeds give both kinds: without them the test would prove nothing
        assertTrue(text >= CASES / 2, text + " merged as text");
        assertTrue(conflicting >= 1, conflicting + " with conflicts");
    }

    @Test
    void theTextMergeStandsAsideWhenItCannotProveTheResult() {
        byte[] base = sample();
        standsAside("changed on both sides", base, // a conflict
                p -> target(p, "m-1-t2009").setValue("80%"), p -> target(p, "m-1-t2009").setValue("82%"));
        standsAside("changed on both sides", base, // different attributes of one element: the model merge does it
                p -> obj(p, 0).setTitle("Accessible services"), p -> obj(p, 0).setNote("Agreed at committee"));
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

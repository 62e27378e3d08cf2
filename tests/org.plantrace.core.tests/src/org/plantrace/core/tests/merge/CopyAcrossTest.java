package org.plantrace.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.core.tests.merge.MergeFixture.edit;
import static org.plantrace.core.tests.merge.MergeFixture.element;
import static org.plantrace.core.tests.merge.MergeFixture.sample;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.plantrace.core.merge.ModelDiff;
import org.plantrace.core.merge.ModelDiff.Difference;
import org.plantrace.core.merge.ModelDiff.Kind;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.Measure;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;

/** The side-by-side compare copies an element one side has and the other does not across, whole and in place. */
class CopyAcrossTest {

    @Test
    void anElementAddedOnTheRightIsCopiedToTheLeftWithWhatItHolds() throws Exception {
        byte[] right = edit(sample(), p -> {
            Measure m = PlantraceFactory.eINSTANCE.createMeasure();
            m.setId("m-new");
            m.setTitle("Percentage of victims kept informed");
            m.getOwners().add((BusinessGroup) element(p, "bg-tp"));
            Target t = PlantraceFactory.eINSTANCE.createTarget();
            t.setId("m-new-t2009");
            t.setYear("2009/10");
            t.setValue("75%");
            m.getTargets().add(t);
            Measure m1 = element(p, "m-1");
            p.getObjectives().get(0).getMeasures().add(p.getObjectives().get(0).getMeasures().indexOf(m1) + 1, m);
        });
        Resource l = MergeFixture.load(sample());
        Resource r = MergeFixture.load(right);
        Difference added = only(ModelDiff.compare(l, r), Kind.ADDED, "m-new");
        assertTrue(ModelDiff.canCopy(added, false));

        assertTrue(ModelDiff.copy(added, r, l, false));
        Measure copied = (Measure) l.getEObject("m-new");
        assertEquals("Percentage of victims kept informed", copied.getTitle());
        assertEquals("75%", ((Target) l.getEObject("m-new-t2009")).getValue(), "its target comes with it");
        assertTrue(copied.getOwners().get(0) == l.getEObject("bg-tp"), "its owner is the left file's business group");
        assertEquals(List.of(), ModelDiff.compare(l, r), "both sides now agree, the place included");
        assertArrayEquals(right, ModelStore.serialise(l));
    }

    @Test
    void anElementOnlyTheLeftHasIsCopiedToTheRight() throws Exception {
        Resource l = MergeFixture.load(sample());
        Resource r = MergeFixture.load(edit(sample(), p -> EcoreUtil.remove(element(p, "m-12"))));
        Difference removed = only(ModelDiff.compare(l, r), Kind.REMOVED, "m-12");
        assertTrue(ModelDiff.copy(removed, l, r, true));
        assertEquals(List.of(), ModelDiff.compare(l, r));
        assertArrayEquals(sample(), ModelStore.serialise(r), "the right is the sample again, byte for byte");
    }

    private static Difference only(List<Difference> ds, Kind kind, String id) {
        List<Difference> found = ds.stream().filter(d -> d.kind() == kind && d.elementId().equals(id)).toList();
        assertEquals(1, found.size(), ds::toString);
        return found.get(0);
    }
}

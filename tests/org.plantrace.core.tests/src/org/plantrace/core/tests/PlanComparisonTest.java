package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.plantrace.core.compare.PlanComparison;
import org.plantrace.core.compare.PlanComparison.Change;
import org.plantrace.core.compare.PlanComparison.Kind;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;

/** Comparing two versions of the sample plan, as an analyst would after rolling it forward and editing it. */
class PlanComparisonTest {

    private static Plan sample() throws Exception {
        return ModelStore.loadPlan(Fixture.examples().resolve("policing-london-2009-12/plan.plan"));
    }

    private static CorporateObjective objective(Plan p, String id) {
        return (CorporateObjective) p.eResource().getEObject(id);
    }

    private static List<String> lines(List<Change> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.id() + ": " + c.detail()).collect(Collectors.toList());
    }

    @Test
    void aPlanComparedWithItselfHasNoChanges() throws Exception {
        List<Change> none = PlanComparison.compare(sample(), sample());
        assertTrue(none.isEmpty(), lines(none).toString());
        assertEquals("no changes", PlanComparison.summary(none));
    }

    @Test
    void everyKindOfEditIsReportedOnceAndNothingElse() throws Exception {
        Plan before = sample();
        Plan after = sample();

        // reorder: KA4 of objective 4 moves to the top; KA1-3 move down one
        CorporateObjective networks = objective(after, "obj-networks");
        networks.getKeyActivities().move(0, 3);
        // retitle objective 3
        CorporateObjective violence = objective(after, "obj-violence");
        violence.setTitle("Cut serious violence and protect young Londoners");
        // unlink one national priority of objective 5, link a new one
        CorporateObjective terrorism = objective(after, "obj-terrorism");
        Alignment dropped = terrorism.getAlignments().stream()
                .filter(a -> terrorism.getAlignments().stream().filter(b -> b.getTarget() == a.getTarget()).count() == 1)
                .findFirst().orElseThrow();
        String droppedTarget = org.plantrace.core.Labels.printedId(dropped.getTarget());
        EcoreUtil.remove(dropped);
        Alignment added = PlantraceFactory.eINSTANCE.createAlignment();
        added.setId("obj-terrorism-new");
        added.setTarget(violence.getAlignments().stream().map(Alignment::getTarget)
                .filter(t -> t != dropped.getTarget()
                        && terrorism.getAlignments().stream().noneMatch(a -> a.getTarget() == t))
                .findFirst().orElseThrow());
        terrorism.getAlignments().add(added);
        // change a target value of a measure that has one
        Measure measure = after.getObjectives().stream().flatMap(o -> o.getMeasures().stream())
                .filter(m -> !m.getTargets().isEmpty()).findFirst().orElseThrow();
        Target target = measure.getTargets().get(0);
        String oldValue = target.getValue();
        target.setValue("99%");
        // a new objective, and a removed key activity
        CorporateObjective fresh = PlantraceFactory.eINSTANCE.createCorporateObjective();
        fresh.setId("obj-new");
        fresh.setTitle("Reduce re-offending by young people");
        after.getObjectives().add(fresh);
        KeyActivity gone = objective(after, "obj-events").getKeyActivities().get(0);
        String goneId = gone.getId();
        EcoreUtil.delete(gone, true);

        List<Change> changes = PlanComparison.compare(before, after);
        List<String> text = lines(changes);

        assertTrue(has(changes, Kind.RENUMBERED, "obj-networks-ka4", "KA4 -> KA1"), text.toString());
        assertTrue(has(changes, Kind.RENUMBERED, "obj-networks-ka1", "KA1 -> KA2"), text.toString());
        assertTrue(has(changes, Kind.RETITLED, "obj-violence", "-> \"Cut serious violence and protect young Londoners\""),
                text.toString());
        assertTrue(has(changes, Kind.UNLINKED, "obj-terrorism", "no longer linked to " + droppedTarget), text.toString());
        assertTrue(has(changes, Kind.LINKED, "obj-terrorism", "now linked to "), text.toString());
        assertTrue(has(changes, Kind.TARGET, measure.getId(), "\"" + oldValue + "\" -> \"99%\""), text.toString());
        assertTrue(has(changes, Kind.ADDED, "obj-new", "Reduce re-offending"), text.toString());
        assertTrue(has(changes, Kind.REMOVED, goneId, ""), text.toString());
        // the key activities after the removed one in objective 6 are renumbered too, and nothing else changed
        long renumberedInEvents = changes.stream()
                .filter(c -> c.kind() == Kind.RENUMBERED && c.id().startsWith("obj-events-")).count();
        assertEquals(objective(after, "obj-events").getKeyActivities().size(), renumberedInEvents, text.toString());
        long expected = 4 /* KA1-4 of objective 4 */ + 1 + 2 + 1 + 1 + 1 + renumberedInEvents;
        // deleting the key activity also drops its citations from links: those show as RECITED
        long recited = changes.stream().filter(c -> c.kind() == Kind.RECITED).count();
        assertEquals(expected + recited, changes.size(), text.toString());
        assertTrue(changes.stream().filter(c -> c.kind() == Kind.RECITED).allMatch(c -> c.id().startsWith("obj-events")),
                "only citations of the deleted key activity changed: " + text);
    }

    private static boolean has(List<Change> changes, Kind kind, String id, String detail) {
        return changes.stream().anyMatch(c -> c.kind() == kind && c.id().equals(id) && c.detail().contains(detail));
    }
}

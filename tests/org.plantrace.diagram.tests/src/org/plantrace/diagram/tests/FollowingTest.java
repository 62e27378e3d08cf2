package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.DiagramType;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.Following;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Target;

/**
 * The rule by which the Diagram view follows a selection made elsewhere, on the sample plan: objective 3 (serious
 * violence) and what is inside it show its alignment diagram, NI 15 shows its impact, an alignment shows its target's
 * impact only while an impact diagram is shown, and elements of another plan or framework are not followed.
 */
class FollowingTest {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    private static EObject byId(Plan plan, String id) {
        EObject e = plan.eResource().getEObject(id);
        if (e == null) {
            throw new IllegalStateException("the sample has no " + id);
        }
        return e;
    }

    private static PriorityItem ni15(Plan plan) {
        Alignment a = (Alignment) byId(plan, "obj-violence-d1");
        PriorityItem ni15 = (PriorityItem) a.getTarget();
        assertEquals("ni-15", ni15.getId());
        return ni15;
    }

    @Test
    void anObjectiveAndEverythingInsideItShowTheObjectivesAlignmentDiagram() throws Exception {
        Plan plan = Samples.london();
        CorporateObjective violence = Samples.objective3();
        KeyActivity ka4 = (KeyActivity) byId(plan, "obj-violence-ka4");
        Alignment d1 = (Alignment) byId(plan, "obj-violence-d1");
        Measure measure = violence.getMeasures().get(0);
        for (EObject selected : List.of(violence, ka4, d1, measure, violence.getWordings().get(0))) {
            Following.Shown s = Following.follow(plan, DiagramType.STRATEGY_MAP, selected);
            assertEquals(DiagramType.ALIGNMENT, s.type(), "selecting " + selected);
            assertSame(violence, s.subject(), "selecting " + selected);
        }
        // also from another objective's alignment diagram, and from the whole-plan one
        CorporateObjective access = plan.getObjectives().get(0);
        assertSame(access, Following.follow(plan, DiagramType.ALIGNMENT, access).subject());
    }

    @Test
    void aPriorityOfOneOfThePlansFrameworksShowsItsImpact() throws Exception {
        Plan plan = Samples.london();
        PriorityItem ni15 = ni15(plan);
        for (DiagramType shown : DiagramType.values()) {
            Following.Shown s = Following.follow(plan, shown, ni15);
            assertEquals(DiagramType.IMPACT, s.type());
            assertSame(ni15, s.subject());
        }
        Framework nis = (Framework) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(ni15);
        assertEquals("nis-2008", nis.getId());
        Following.Shown s = Following.follow(plan, DiagramType.ALIGNMENT, nis);
        assertEquals(DiagramType.IMPACT, s.type(), "a framework selected shows its impact too");
        assertSame(nis, s.subject());
    }

    @Test
    void anAlignmentShowsItsTargetsImpactOnlyWhileAnImpactDiagramIsShown() throws Exception {
        Plan plan = Samples.london();
        Alignment d1 = (Alignment) byId(plan, "obj-violence-d1");
        Following.Shown fromImpact = Following.follow(plan, DiagramType.IMPACT, d1);
        assertEquals(DiagramType.IMPACT, fromImpact.type());
        assertSame(ni15(plan), fromImpact.subject());
        Following.Shown fromMap = Following.follow(plan, DiagramType.STRATEGY_MAP, d1);
        assertEquals(DiagramType.ALIGNMENT, fromMap.type());
        assertSame(Samples.objective3(), fromMap.subject());
    }

    @Test
    void elementsOfAnotherPlanOrOfAFrameworkThePlanDoesNotListAreNotFollowed() throws Exception {
        Plan plan = Samples.london();
        Framework unlisted = F.createFramework();
        PriorityItem item = F.createPriorityItem();
        unlisted.getItems().add(item);
        assertNull(Following.follow(plan, DiagramType.STRATEGY_MAP, item));
        assertNull(Following.follow(plan, DiagramType.STRATEGY_MAP, unlisted));

        Plan other = F.createPlan();
        CorporateObjective foreign = F.createCorporateObjective();
        other.getObjectives().add(foreign);
        assertNull(Following.follow(plan, DiagramType.ALIGNMENT, foreign));
        assertNull(Following.follow(plan, DiagramType.ALIGNMENT, plan.getOutcomes().get(0)),
                "a strategic outcome is highlighted, not followed");
        assertNull(Following.follow(null, DiagramType.ALIGNMENT, Samples.objective3()), "no plan shown");
    }

    @Test
    void aSelectionIsHighlightedAsItselfOrItsNearestContainerDrawn() throws Exception {
        Plan plan = Samples.london();
        CorporateObjective violence = Samples.objective3();
        Diagram d = Diagrams.alignment(violence, new DiagramOptions(Set.of(), true));
        Measure measure = violence.getMeasures().stream().filter(m -> !m.getTargets().isEmpty()).findFirst().orElseThrow();
        Target target = measure.getTargets().get(0);
        KeyActivity ka4 = (KeyActivity) byId(plan, "obj-violence-ka4");
        Alignment d1 = (Alignment) byId(plan, "obj-violence-d1");
        assertEquals(List.of(measure), Following.highlighted(d, List.of(target)), "a target: its measure");
        assertEquals(List.of(violence), Following.highlighted(d, List.of(violence.getWordings().get(0))),
                "a published wording: its objective");
        assertEquals(List.of(ka4, d1), Following.highlighted(d, List.of(ka4, d1)));
        CorporateObjective access = plan.getObjectives().get(0);
        assertEquals(List.of(), Following.highlighted(d, List.of(access)), "another objective is not drawn here");
    }

    @Test
    void aSubjectBelongsToThePlanWhileItIsInItOrLoadedWithIt() throws Exception {
        Plan plan = Samples.london();
        assertTrue(Following.belongsTo(plan, Samples.objective3()));
        assertTrue(Following.belongsTo(plan, ni15(plan)), "a framework item loaded with the plan");
        CorporateObjective loose = F.createCorporateObjective();
        assertFalse(Following.belongsTo(plan, loose), "an objective not in the plan (deleted)");
        Plan other = F.createPlan();
        other.getObjectives().add(loose);
        assertFalse(Following.belongsTo(plan, loose), "an objective of another plan");
        assertFalse(Following.belongsTo(null, Samples.objective3()));
    }

    @Test
    void aSubjectReplacedByAnEarlierVersionOrAReloadIsFoundAgain() throws Exception {
        Plan plan = Samples.london();
        CorporateObjective violence = Samples.objective3();
        CorporateObjective replaced = org.eclipse.emf.ecore.util.EcoreUtil.copy(violence); // as before a replace
        assertFalse(Following.belongsTo(plan, replaced));
        assertSame(violence, Following.findAgain(plan, replaced), "objective 3 by its id");
        assertSame(violence, Following.findAgain(plan, violence));

        PriorityItem ni15 = ni15(plan);
        PriorityItem unloaded = F.createPriorityItem(); // what an unload leaves of NI 15: its address
        ((org.eclipse.emf.ecore.InternalEObject) unloaded).eSetProxyURI(org.eclipse.emf.ecore.util.EcoreUtil.getURI(ni15));
        assertSame(ni15, Following.findAgain(plan, unloaded), "NI 15 by its address");

        CorporateObjective deleted = F.createCorporateObjective();
        deleted.setId("obj-no-such");
        assertNull(Following.findAgain(plan, deleted), "a deleted objective is not found");
        assertNull(Following.findAgain(plan, F.createPriorityItem()), "nor a priority of no file");
    }
}

package org.plantrace.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.plantrace.core.validation.PlanValidator;
import org.plantrace.edit.commands.NewElements;
import org.plantrace.edit.commands.ReviewCommands;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Target;
import org.plantrace.tests.support.Domains;
import org.plantrace.tests.support.Examples;

/** Reviews as single undoable commands, and what a new element starts with, headless. */
class ReviewCommandsTest {

    @Test
    void acceptingTheWordingsOfThePlanReviewsEveryDriftInOneUndoableCommand() throws Exception {
        Plan plan = Examples.sample();
        AdapterFactoryEditingDomain domain = Domains.of(plan);
        List<Named> drifting = new java.util.ArrayList<>();
        for (var it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Named n && !PlanValidator.unreviewedWordings(n).isEmpty()) {
                drifting.add(n);
            }
        }
        assertTrue(drifting.size() > 10, "the sample's titles drift from their published wordings: " + drifting.size());
        Command c = ReviewCommands.acceptWordings(domain, drifting);
        assertNotNull(c);
        assertEquals("Accept Published Wordings", c.getLabel());
        domain.getCommandStack().execute(c);
        assertTrue(drifting.stream().allMatch(n -> PlanValidator.unreviewedWordings(n).isEmpty()));
        assertNull(ReviewCommands.acceptWordings(domain, drifting), "nothing left to accept");
        domain.getCommandStack().undo();
        assertTrue(drifting.stream().noneMatch(n -> PlanValidator.unreviewedWordings(n).isEmpty()), "one undo restores all");
    }

    @Test
    void aNewTargetTakesTheFirstYearItsMeasureHasNoTargetForAndAFreshId() throws Exception {
        Plan plan = Examples.sample();
        Measure m = null;
        for (var it = plan.eAllContents(); it.hasNext() && m == null;) {
            if (it.next() instanceof Measure x && !x.getTargets().isEmpty() && x.getTargets().size() < plan.getYears().size()) {
                m = x;
            }
        }
        assertNotNull(m, "a measure with a target for some of the plan's years");
        var had = new HashSet<String>();
        m.getTargets().forEach(t -> had.add(t.getYear()));
        String expected = plan.getYears().stream().filter(y -> !had.contains(y)).findFirst().orElseThrow();
        Target t = PlantraceFactory.eINSTANCE.createTarget();
        NewElements.prepare(t, m, "Target", new HashSet<>(List.of()));
        assertEquals(expected, t.getYear());

        CorporateObjective third = plan.getObjectives().get(2);
        KeyActivity ka = PlantraceFactory.eINSTANCE.createKeyActivity();
        var taken = new HashSet<>(List.of(third.getKeyActivities().get(0).getId()));
        NewElements.prepare(ka, third, "Key activity", taken);
        assertEquals("New key activity", ka.getTitle());
        assertNotNull(ka.getId());
        assertFalse(ka.getId().equals(third.getKeyActivities().get(0).getId()), "the id is not one already taken");
    }
}

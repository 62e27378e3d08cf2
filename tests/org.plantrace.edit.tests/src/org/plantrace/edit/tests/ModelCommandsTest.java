package org.plantrace.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.plantrace.edit.commands.Labelled;
import org.plantrace.edit.commands.ModelCommands;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Identified;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Target;
import org.plantrace.tests.support.Domains;
import org.plantrace.tests.support.Examples;

/** The plan editor's structural edits, headless: what a deletion takes with it, paste with fresh ids, move, undo names. */
class ModelCommandsTest {

    @Test
    void deletingAKeyActivityClearsTheCitationsOfItAndUndoRestoresThem() throws Exception {
        Plan plan = Examples.sample();
        AdapterFactoryEditingDomain domain = Domains.of(plan);
        KeyActivity cited = null;
        List<Alignment> citing = new ArrayList<>();
        for (var it = plan.eAllContents(); it.hasNext() && citing.isEmpty();) {
            if (it.next() instanceof KeyActivity ka) {
                for (var jt = plan.eAllContents(); jt.hasNext();) {
                    if (jt.next() instanceof Alignment a && a.getKeyActivities().contains(ka)) {
                        citing.add(a);
                    }
                }
                cited = ka;
            }
        }
        assertFalse(citing.isEmpty(), "the sample cites key activities in its links");
        ModelCommands.Deletion d = ModelCommands.deletion(List.of(cited), plan.eResource());
        assertEquals(List.of(cited), d.selected());
        assertEquals(List.of(), d.alignments(), "no link points at a key activity, so none is removed");
        assertEquals(citing.size(), d.unlinked().size(), d.unlinked().toString());
        assertTrue(d.unlinked().get(0).contains("(keyActivities KA"), d.unlinked().get(0));
        assertTrue(d.consequences().contains("These references to it are removed:"), d.consequences());
        assertTrue(d.consequences().endsWith("You can undo the deletion."), d.consequences());

        Command delete = ModelCommands.delete(domain, d);
        domain.getCommandStack().execute(delete);
        assertEquals(null, cited.eContainer());
        for (Alignment a : citing) {
            assertFalse(a.getKeyActivities().contains(cited));
        }
        domain.getCommandStack().undo();
        assertTrue(cited.eContainer() instanceof CorporateObjective);
        for (Alignment a : citing) {
            assertTrue(a.getKeyActivities().contains(cited));
        }
    }

    @Test
    void aDeletionOfAnElementInsideAnotherSelectedOneDeletesOnlyTheOuterAndNotTheFile() throws Exception {
        Plan plan = Examples.sample();
        CorporateObjective third = plan.getObjectives().get(2);
        KeyActivity inside = third.getKeyActivities().get(0);
        assertEquals(List.of(third), ModelCommands.deletion(List.of(inside, third), plan.eResource()).selected());
        assertEquals(List.of(), ModelCommands.deletion(List.of(plan), plan.eResource()).selected(),
                "the root of the file is not deleted from the editor");
    }

    @Test
    void pastedCopiesGetFreshIdsAndUndoRemovesThem() throws Exception {
        Plan plan = Examples.sample();
        AdapterFactoryEditingDomain domain = Domains.of(plan);
        CorporateObjective third = plan.getObjectives().get(2);
        Set<String> before = ids(plan);
        int n = plan.getObjectives().size();
        domain.getCommandStack().execute(ModelCommands.paste(domain, plan, List.of(third)));
        assertEquals(n + 1, plan.getObjectives().size());
        CorporateObjective copy = plan.getObjectives().get(n);
        assertEquals(third.getTitle(), copy.getTitle());
        assertEquals(third.getAlignments().size(), copy.getAlignments().size(), "the links are copied too");
        assertNotEquals(third.getId(), copy.getId());
        Set<String> after = ids(plan);
        assertEquals(after.size(), countIds(plan), "every id in the plan is unique after the paste");
        assertTrue(after.containsAll(before));
        domain.getCommandStack().undo();
        assertEquals(n, plan.getObjectives().size());
    }

    @Test
    void moveTakesAnElementOnePlaceAmongItsSiblings() throws Exception {
        Plan plan = Examples.sample();
        AdapterFactoryEditingDomain domain = Domains.of(plan);
        CorporateObjective second = plan.getObjectives().get(1);
        domain.getCommandStack().execute(ModelCommands.move(domain, second, -1));
        assertEquals(second, plan.getObjectives().get(0));
        assertFalse(ModelCommands.move(domain, second, -1).canExecute(), "the first cannot move up");
    }

    @Test
    void undoNamesSayWhatChanges() throws Exception {
        Plan plan = Examples.sample();
        CorporateObjective third = plan.getObjectives().get(2);
        assertEquals(3, third.getNumber());
        assertEquals("Rename Objective 3", Labelled.ofSet(third, PlantracePackage.Literals.NAMED__TITLE));
        Measure m = null;
        for (var it = plan.eAllContents(); it.hasNext() && m == null;) {
            if (it.next() instanceof Measure x && !x.getTargets().isEmpty()) {
                m = x;
            }
        }
        Target t = m.getTargets().get(0);
        assertTrue(Labelled.ofSet(t, PlantracePackage.Literals.TARGET__VALUE).startsWith("Set Target " + t.getYear() + " of "));
        assertEquals("Change Period Start of " + org.plantrace.core.Labels.shortName(plan),
                Labelled.ofSet(plan, PlantracePackage.Literals.PLAN__PERIOD_START));
    }

    private static Set<String> ids(Plan plan) {
        Set<String> s = new HashSet<>();
        for (var it = plan.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Identified e && e.getId() != null) {
                s.add(e.getId());
            }
        }
        return s;
    }

    private static int countIds(Plan plan) {
        int n = 0;
        for (var it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified e && e.getId() != null) {
                n++;
            }
        }
        return n;
    }
}

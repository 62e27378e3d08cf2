package org.plantrace.edit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.edit.commands.VersionCommands;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.io.ModelStore;
import org.plantrace.tests.support.Domains;
import org.plantrace.tests.support.Examples;

/** Going back to an earlier version of a plan file as one undoable command (Replace With > Local History). */
class VersionCommandsTest {

    private static final String VIOLENCE = "Reduce Serious Violence and Protect Young People";

    @Test
    void replacingWithTheSavedVersionUndoesEveryEditSinceAndIsItselfUndoable() throws Exception {
        byte[] saved = Files.readAllBytes(Examples.samplePlan());
        Plan plan = Examples.sample();
        Resource resource = plan.eResource();
        AdapterFactoryEditingDomain domain = Domains.of(plan);
        CorporateObjective violence = (CorporateObjective) resource.getEObject("obj-violence");
        assertEquals(VIOLENCE, violence.getTitle());
        int objectives = plan.getObjectives().size();
        int gaps = Coverage.of(TraceIndex.of(plan)).gaps().size();
        assertEquals(13, gaps, "the sample leaves 13 national priorities uncovered");
        int resources = resource.getResourceSet().getResources().size();

        domain.getCommandStack().execute(SetCommand.create(domain, violence, PlantracePackage.Literals.NAMED__TITLE, "Edited"));
        domain.getCommandStack().execute(RemoveCommand.create(domain, plan, PlantracePackage.Literals.PLAN__OBJECTIVES,
                plan.getObjectives().get(0)));
        domain.getCommandStack().execute(SetCommand.create(domain, plan, PlantracePackage.Literals.PLAN__VERSION, "2.0"));
        assertEquals(objectives - 1, plan.getObjectives().size());

        EObject version = ModelStore.load(ModelStore.newResourceSet(), saved,
                URI.createFileURI(Examples.samplePlan().toString()), "plan.plan (saved)").getContents().get(0);
        Command replace = VersionCommands.replaceWith(resource, version, "Replace with Version Saved 09:12");
        domain.getCommandStack().execute(replace);

        assertSame(plan, resource.getContents().get(0), "the plan stays the same object, so open views keep it");
        assertEquals(objectives, plan.getObjectives().size());
        assertEquals("1.0", plan.getVersion());
        assertEquals(VIOLENCE, ((CorporateObjective) resource.getEObject("obj-violence")).getTitle());
        assertEquals("obj-access", plan.getObjectives().get(0).getId());
        org.plantrace.model.AlignmentTarget ni15 = ((org.plantrace.model.Alignment) resource.getEObject("obj-violence-d1")).getTarget();
        assertEquals("ni-15", ni15.getId());
        assertSame(resource.getResourceSet(), ni15.eResource().getResourceSet(),
                "the links reach the frameworks loaded with the plan, not copies");
        for (org.plantrace.model.Framework f : plan.getFrameworks()) {
            assertSame(resource.getResourceSet(), f.eResource().getResourceSet(), "the plan lists its frameworks as loaded");
        }
        assertEquals(resources, resource.getResourceSet().getResources().size(), "no framework loaded twice");
        assertEquals(13, Coverage.of(TraceIndex.of(plan)).gaps().size(), "coverage as before the edits");
        assertEquals(new String(saved, java.nio.charset.StandardCharsets.UTF_8),
                new String(ModelStore.serialise(resource), java.nio.charset.StandardCharsets.UTF_8),
                "saving now writes the version back byte for byte");
        assertEquals("Replace with Version Saved 09:12", domain.getCommandStack().getUndoCommand().getLabel());

        domain.getCommandStack().undo();
        assertEquals(objectives - 1, plan.getObjectives().size(), "undo brings back the edits");
        assertEquals("2.0", plan.getVersion());
        assertEquals("Edited", ((CorporateObjective) resource.getEObject("obj-violence")).getTitle());
        domain.getCommandStack().redo();
        assertEquals(objectives, plan.getObjectives().size());
        assertEquals(VIOLENCE, ((CorporateObjective) resource.getEObject("obj-violence")).getTitle());
        assertArrayEquals(saved, ModelStore.serialise(resource));
    }

    @Test
    void aVersionOfAnotherKindOfModelIsRefused() throws Exception {
        Plan plan = Examples.sample();
        assertThrows(IllegalArgumentException.class, () -> VersionCommands.replaceWith(plan.eResource(),
                PlantraceFactory.eINSTANCE.createFramework(), "Replace"));
    }
}

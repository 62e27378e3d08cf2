package org.plantrace.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.ui.team.tests.TeamFixture.PLAN;
import static org.plantrace.ui.team.tests.TeamFixture.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.model.Plan;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.team.internal.ChangesExport;
import org.plantrace.ui.views.PlansView;

/**
 * "Changes to the Plan" between two plan files from the Plans view: the plan as published and the revision after the
 * Full Authority meeting, whose raised target carries a change note. The context menu offers Changes Document... for
 * the two files; the document lists the change with the note as its reason, in HTML and PDF.
 */
class ChangesDocumentTest {

    private static final String REVISED = "policing-london-2009-12/plan-revised.plan";

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        page().closeAllEditors(false);
        if (project != null && project.exists()) {
            project.delete(false, true, null);
        }
    }

    @Test
    void twoPlanFilesGiveAChangesDocumentWithTheChangeNotes() throws Exception {
        Path work = TeamFixture.sampleProject(Files.createTempDirectory("plantrace-changes-files").resolve("plans"));
        org.eclipse.jgit.api.Git.init().setDirectory(work.toFile()).call().close(); // one project (resource policy)
        Plan p = ModelStore.loadPlan(work.resolve(PLAN));
        Target t = (Target) p.eResource().getEObject("m-1-t2009");
        t.setValue("82%");
        t.setNote("Raised after the Full Authority meeting of 2 April");
        p.getObjectives().get(0).setTitle("Make our services more accessible to victims and witnesses");
        ModelStore.saveTo(p.eResource(), work.resolve(REVISED));
        Files.setLastModifiedTime(work.resolve(PLAN), FileTime.from(Instant.parse("2009-03-01T10:00:00Z")));
        Files.setLastModifiedTime(work.resolve(REVISED), FileTime.from(Instant.parse("2009-04-03T10:00:00Z")));

        project = TeamFixture.project("changes-files", work);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile published = project.getFile(PLAN);
        IFile revised = project.getFile(REVISED);

        // the Plans view's context menu offers the document for the two files selected
        PlansView plans = (PlansView) page().showView(PlantraceUi.PLANS_VIEW_ID);
        plans.getViewer().refresh();
        plans.getViewer().setSelection(new StructuredSelection(List.of(revised, published)), true);
        Screen.spin(300);
        assertEquals(2, plans.getViewer().getStructuredSelection().size(), "both files selected");
        Menu menu = plans.getViewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            items.add(i.getText() + (i.isEnabled() ? "" : " (disabled)"));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.contains("Changes &Document..."), items.toString());
        assertTrue(items.indexOf("Changes &Document...") == items.indexOf("Compare &Side by Side") + 1,
                "beside the compare: " + items);

        // the file saved first is offered as the earlier version, whatever the selection order
        assertEquals(List.of(published, revised),
                org.plantrace.ui.team.internal.ChangesDocumentHandler.earlierFirst(List.of(revised, published)));

        Path out = Files.createTempDirectory("plantrace-changes-out");
        List<Path> html = ChangesExport.write(published, revised, out.resolve("changes.html"));
        assertEquals(List.of(out.resolve("changes.html")), html);
        String text = Files.readString(html.get(0));
        assertTrue(text.contains("79% \u2192 82%"), "the target change");
        assertTrue(text.contains("Raised after the Full Authority meeting of 2 April"), "its change note as the reason");
        assertTrue(text.contains("policing-london-2009-12/plan.plan"), "the earlier file named");
        assertTrue(text.contains("policing-london-2009-12/plan-revised.plan"), "the later file named");
        assertTrue(text.indexOf("Make our services more accessible to victims and witnesses") < text.indexOf("79% \u2192 82%"),
                "objective 1's retitle before its measure's target, as in the plan");
        List<Path> pdf = ChangesExport.write(published, revised, out.resolve("changes.pdf"));
        byte[] bytes = Files.readAllBytes(pdf.get(0));
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String shots = System.getProperty("plantrace.screenshots");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.copy(pdf.get(0), Path.of(shots, "changes-two-files.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

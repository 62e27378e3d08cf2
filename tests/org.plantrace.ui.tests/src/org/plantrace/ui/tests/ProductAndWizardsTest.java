package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.docgen.Appendix;
import org.plantrace.docgen.Format;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.app.StartupTiming;
import org.plantrace.ui.internal.wizards.ExportAppendicesWizard;
import org.plantrace.core.plans.NewModels;
import org.plantrace.ui.internal.wizards.NewFrameworkWizard;

/** The product's window, and the wizards: new plan (rolled forward), new framework, export appendices. */
class ProductAndWizardsTest {

    @AfterEach
    void close() {
        Sample.page().closeAllEditors(false);
    }

    @Test
    void theProductWindowHasItsPerspectiveTitleAndRoomForTheOtherViews() throws Exception {
        PlanEditor editor = Sample.openPlan();
        var window = Sample.window();
        assertEquals(PlantraceUi.PERSPECTIVE_ID, Sample.page().getPerspective().getId());
        Ui.spin(200);
        assertEquals("Plantrace - Policing London Business Plan 2009-12 (plan.plan)", window.getShell().getText());
        assertTrue(StartupTiming.firstWindowMillis() > 0, "the first window was timed: " + StartupTiming.marks());
        assertNotNull(Sample.page().findView(PlantraceUi.COVERAGE_VIEW_ID), "Coverage is open");
        assertNotNull(Sample.page().findView(PlantraceUi.PLANS_VIEW_ID), "Plans is open");
        assertTrue(editor.getViewer().getTree().isVisible());
        Ui.screenshot("product-window");
        System.out.println("plantrace ui tests: start-up marks " + StartupTiming.marks());
    }

    @Test
    void comparingTwoPlansListsWhatChangedFromTheEarlierToTheLater() throws Exception {
        IFile sample = Sample.fresh();
        Path location = sample.getLocation().toPath();
        Path revisedLocation = location.resolveSibling("plan-revised.plan");
        Files.copy(location, revisedLocation, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Plan revised = ModelStore.loadPlan(revisedLocation);
        revised.setPeriodStart("2010/11");
        ((org.plantrace.model.CorporateObjective) revised.eResource().getEObject("obj-violence"))
                .setTitle("Cut serious violence and protect young Londoners");
        ModelStore.save(revised.eResource());
        sample.getParent().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ONE, null);
        IFile revisedFile = sample.getParent().getFile(new org.eclipse.core.runtime.Path("plan-revised.plan"));
        assertTrue(revisedFile.exists());

        var plans = (org.plantrace.ui.views.PlansView) Sample.page().showView(PlantraceUi.PLANS_VIEW_ID);
        // the later plan selected first: the dialog still compares from the earlier period to the later
        var dialog = plans.comparePlans(revisedFile, sample, false);
        assertNotNull(dialog);
        try {
            Ui.spin(300);
            List<String> rows = dialog.rows();
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).startsWith("retitled | Plan / Objective 3  [obj-violence] | "), rows.get(0));
            assertTrue(rows.get(0).endsWith("-> \"Cut serious violence and protect young Londoners\""), rows.get(0));
            assertTrue(Ui.distinctColours(Ui.snapshot(dialog.table().getTable())) > 10, "the table is painted");
            Ui.screenshot("compare-plans");
        } finally {
            dialog.close();
        }
    }

    @Test
    void aRolledForwardPlanOpensInTheEditorWithItsNewTitle(@TempDir Path tmp) throws Exception {
        IFile sample = Sample.fresh();
        Path previous = sample.getLocation().toPath();
        Path next = previous.getParent().resolve("plan-2010-13.plan");
        // what the file holds is tested headless (core NewModelsTest); here: the wizard's file opens in the editor
        byte[] bytes = NewModels.rollForward(previous, next,
                new NewModels.PlanDetails("Policing London Business Plan 2010-13", "Policing London 2010-13", "MPA/MPS",
                        "2010/11", "2012/13"));
        Files.write(next, bytes);
        sample.getParent().refreshLocal(1, null);
        PlanEditor editor = Sample.open(sample.getParent().getFile(new org.eclipse.core.runtime.Path("plan-2010-13.plan")));
        TreeItem root = editor.getViewer().getTree().getItem(0);
        assertEquals("Policing London Business Plan 2010-13", root.getText(0));
    }

    @Test
    void theNewFrameworkWizardCreatesAFrameworkFileAndOpensIt() throws Exception {
        IFile sample = Sample.fresh();
        NewFrameworkWizard wizard = new NewFrameworkWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(sample.getParent()));
        WizardDialog dialog = new WizardDialog(Sample.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.spin(300);
        Ui.screenshot("wizard-new-framework");
        var page = (org.eclipse.ui.dialogs.WizardNewFileCreationPage) wizard.getPages()[0];
        page.setFileName("community-safety.framework");
        assertTrue(wizard.performFinish());
        dialog.close();
        Ui.spin(300);
        IFile created = sample.getParent().getFile(new org.eclipse.core.runtime.Path("community-safety.framework"));
        assertTrue(created.exists());
        Framework f = ModelStore.loadFramework(created.getLocation().toPath());
        assertNotNull(f.getId());
        IEditorPart e = Sample.page().getActiveEditor();
        assertTrue(e instanceof PlanEditor pe && pe.getRoot() instanceof Framework, "the framework opens in the editor");
    }

    @Test
    void exportingAppendicesWritesEveryFormatAndCancellingWritesNothing(@TempDir Path out) throws Exception {
        IFile sample = Sample.fresh();
        Path plan = sample.getLocation().toPath();
        List<Path> extra = ExportAppendicesWizard.localFrameworks(plan);
        assertTrue(extra.stream().noneMatch(p -> p.getFileName().toString().startsWith("mayor-")),
                "frameworks the plan lists are not offered again: " + extra);
        ExportAppendicesWizard.Request req = new ExportAppendicesWizard.Request(plan, out.resolve("all"), "appendices",
                EnumSet.allOf(Appendix.class), List.of(Format.values()), extra);
        List<Path> written = new ArrayList<>();
        long errors = ExportAppendicesWizard.export(req, new NullProgressMonitor(), written);
        assertTrue(errors >= 1, "the sample has an error, so the documents are marked DRAFT");
        for (String name : List.of("appendices.docx", "appendices.html", "appendices.pdf", "appendices.xlsx")) {
            Path p = out.resolve("all").resolve(name);
            assertTrue(Files.size(p) > 1000, name + " is written inside the workbench (OSGi class loading)");
        }
        assertTrue(written.size() > 4);

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        ExportAppendicesWizard.Request again = new ExportAppendicesWizard.Request(plan, out.resolve("cancelled"),
                "appendices", EnumSet.allOf(Appendix.class), List.of(Format.values()), extra);
        assertThrows(OperationCanceledException.class,
                () -> ExportAppendicesWizard.export(again, cancelled, new ArrayList<>()));
        assertFalse(Files.exists(out.resolve("cancelled")), "a cancelled export writes nothing");
    }
}

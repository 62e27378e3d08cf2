package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.plantrace.core.validation.Rule;
import org.plantrace.model.Alignment;
import org.plantrace.model.Framework;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.markers.ProblemMarkers;
import org.plantrace.ui.internal.wizards.ReplaceFrameworkWizard;

/**
 * The model across time in the workbench: a framework file reworded makes the plan's links suspect until they are
 * reviewed; a link whose item has one successor moves there with a quick fix; Plan &gt; Replace Framework carries the
 * plan onto a new framework in one undoable command.
 */
class EraWorkbenchTest {

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(PlantraceUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            return new IMarker[0];
        }
    }

    private static List<IMarker> markers(IFile file, Rule rule, String elementId) {
        return Arrays.stream(markers(file)).filter(m -> rule.id().equals(m.getAttribute(ProblemMarkers.RULE, ""))
                && m.getAttribute(ProblemMarkers.ELEMENT_URI, "").endsWith("#" + elementId)).toList();
    }

    private static List<String> problemsShown() throws Exception {
        IViewPart view = Sample.page().showView(PlantraceUi.PROBLEMS_VIEW_ID);
        TreeViewer viewer = (TreeViewer) view.getSite().getSelectionProvider();
        viewer.expandAll();
        Ui.spin(30);
        List<String> out = new ArrayList<>();
        collect(viewer.getTree().getItems(), out);
        return out;
    }

    private static void collect(TreeItem[] items, List<String> out) {
        for (TreeItem i : items) {
            out.add(i.getText(0));
            collect(i.getItems(), out);
        }
    }

    @Test
    void aRewordedFrameworkItemMakesItsLinksSuspectUntilTheyAreReviewed() throws Exception {
        IFile plan = Sample.fresh();
        IFile nis = plan.getProject().getFile("frameworks/nis-2008.framework");
        List<String> lines = new ArrayList<>(Files.readAllLines(nis.getLocation().toPath(), StandardCharsets.UTF_8));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("id=\"ni-15\"")) {
                at = i;
            }
        }
        assertTrue(at >= 0, "NI 15 is in the NI framework file");
        assertTrue(lines.get(at).contains("title=\"Serious violent crime\""), lines.get(at));
        // The framework's owner rewords NI 15 in the framework file.
        lines.set(at, lines.get(at).replace("title=\"Serious violent crime\"",
                "title=\"Serious violent crime (most serious violence)\""));
        nis.setContents(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                IResource.FORCE, null);

        PlanEditor editor = Sample.open(plan);
        Ui.waitUntil("the link of objective 3 to NI 15 is suspect", 10_000,
                () -> !markers(plan, Rule.SUSPECT_LINK, "obj-violence-d1").isEmpty());
        IMarker suspect = markers(plan, Rule.SUSPECT_LINK, "obj-violence-d1").get(0);
        assertEquals(IMarker.SEVERITY_WARNING, suspect.getAttribute(IMarker.SEVERITY, -1));
        Ui.waitUntil("Problems lists it", 5_000, () -> {
            try {
                return problemsShown().stream().anyMatch(s -> s.contains("is suspect") && s.contains("NI 15"));
            } catch (Exception e) {
                return false;
            }
        });
        Ui.screenshot("era-suspect-link-problems");

        Alignment link = (Alignment) editor.element("obj-violence-d1");
        assertTrue(editor.getActions().reviewLinks(List.of(link)), "there was a link to review");
        assertEquals("Mark Link Reviewed", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        Ui.waitUntil("the suspect finding goes", 5_000, () -> markers(plan, Rule.SUSPECT_LINK, "obj-violence-d1").isEmpty());
        assertTrue(editor.isDirty(), "the review is an edit of the plan");

        editor.getEditingDomain().getCommandStack().undo();
        Ui.waitUntil("undo makes it suspect again", 5_000,
                () -> !markers(plan, Rule.SUSPECT_LINK, "obj-violence-d1").isEmpty());
    }

    @Test
    void problemsKeepsTheThirteenUncoveredPrioritiesApartFromTheLinksWithSuccessors() throws Exception {
        IFile plan = Sample.fresh();
        Sample.open(plan);
        // Two groups of information once shared one sort priority, and the Problems view put every link with a
        // successor under "National priority covered by no objective".
        Ui.waitUntil("Problems shows the 13 uncovered National Indicators as their own group", 10_000, () -> {
            try {
                return problemsShown().contains("National priority covered by no objective (13 items)");
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(problemsShown().stream().anyMatch(s -> s.startsWith("Linked priority has a successor (")),
                problemsShown().stream().filter(s -> !s.startsWith(" ")).toList().toString());
    }

    @Test
    void aQuickFixMovesALinkToItsItemsSingleSuccessorInOneUndoableChange() throws Exception {
        IFile plan = Sample.fresh();
        PlanEditor editor = Sample.open(plan);
        // Community sports funding (Mayor's priorities 2009-10) merged into the strategy Time for Action.
        Ui.waitUntil("the link's successor is reported", 10_000,
                () -> !markers(plan, Rule.SUCCEEDED_ITEM, "obj-violence-f4").isEmpty());
        IMarker marker = markers(plan, Rule.SUCCEEDED_ITEM, "obj-violence-f4").get(0);
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("Time for Action"), marker.getAttribute(IMarker.MESSAGE, ""));
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        IMarkerResolution follow = Arrays.stream(fixes).filter(f -> f.getLabel().contains("successor")).findFirst()
                .orElse(null);
        assertNotNull(follow, "a quick fix is offered: " + Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());

        // A withdrawn priority has no such fix: it needs a decision.
        IMarker withdrawn = markers(plan, Rule.SUCCEEDED_ITEM, "obj-access-f1").get(0);
        assertFalse(Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(withdrawn))
                .anyMatch(f -> f.getLabel().contains("successor")), "no automatic move for a withdrawn item");

        Alignment link = (Alignment) editor.element("obj-violence-f4");
        String before = link.getTarget().getId();
        follow.run(marker);
        assertEquals("mayor-time-for-action", link.getTarget().getId());
        assertTrue(editor.getPlan().getFrameworks().stream().anyMatch(f -> "mayor-strategies-2011".equals(f.getId())),
                "the plan lists the strategies' framework");
        Ui.waitUntil("the finding goes", 5_000, () -> markers(plan, Rule.SUCCEEDED_ITEM, "obj-violence-f4").isEmpty());
        String label = editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel();
        assertTrue(label.startsWith("Move Link to ") && label.contains("Time for Action"), label);

        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, link.getTarget().getId(), "one undo puts the link back");
        assertFalse(editor.getPlan().getFrameworks().stream().anyMatch(f -> "mayor-strategies-2011".equals(f.getId())),
                "and the framework list");
    }

    @Test
    void replaceFrameworkShowsWhatMovesAndCarriesThePlanInOneUndoableCommand() throws Exception {
        IFile plan = Sample.fresh();
        PlanEditor editor = Sample.open(plan);
        Framework mayor = editor.getPlan().getFrameworks().stream().filter(f -> "mayor-2009-10".equals(f.getId()))
                .findFirst().orElseThrow();
        ReplaceFrameworkWizard wizard = new ReplaceFrameworkWizard(editor);
        WizardDialog dialog = new WizardDialog(Sample.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Ui.spin(200);
            List<Combo> combos = new ArrayList<>();
            List<Text> texts = new ArrayList<>();
            find(dialog.getShell(), combos, texts);
            assertEquals(2, combos.size(), "framework replaced, replaced by");
            Combo from = combos.get(0);
            Combo to = combos.get(1);
            select(from, mayor.getLabel());
            select(to, "frameworks-2011/mayor-strategies-2011.framework");
            Ui.spin(200);
            Text report = texts.stream().filter(t -> t.getText().contains("MOVED")).findFirst().orElse(null);
            assertNotNull(report, "the page shows what will change");
            assertTrue(report.getText().contains("MOVED: 9 link(s)"), report.getText());
            assertTrue(report.getText().contains("NEEDS A DECISION: 23 link(s)"), report.getText());
            assertTrue(report.getText().contains("Time for Action"), report.getText());

            // The analyst decides two of them: the narrowed violence priority follows the VAW strategy, a
            // withdrawn one is removed; the others stay for later.
            combos.clear();
            find(dialog.getShell(), combos, new ArrayList<>());
            Combo violence = combos.stream().filter(c -> "obj-violence-f5".equals(c.getData("link"))).findFirst()
                    .orElseThrow(() -> new AssertionError("a decision row for obj-violence-f5"));
            Combo victims = combos.stream().filter(c -> "obj-access-f1".equals(c.getData("link"))).findFirst()
                    .orElseThrow(() -> new AssertionError("a decision row for obj-access-f1"));
            assertEquals(23, combos.stream().filter(c -> c.getData("link") != null).count(), "one row per decision");
            select(violence, Arrays.stream(violence.getItems()).filter(i -> i.startsWith("Follow ")).findFirst()
                    .orElseThrow());
            select(victims, "Remove the link");
            Ui.spin(100);
            assertTrue(report.getText().contains("DECIDED: 2 link(s)"), report.getText());
            assertTrue(report.getText().contains("NEEDS A DECISION: 21 link(s)"), report.getText());
            Ui.screenshot("era-replace-framework-wizard");
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Alignment moved = (Alignment) editor.element("obj-violence-f4");
        assertEquals("mayor-time-for-action", moved.getTarget().getId());
        assertTrue(editor.getPlan().getFrameworks().contains(mayor), "links needing a decision keep the old framework");
        Alignment undecided = (Alignment) editor.element("obj-access-f2");
        assertSame(mayor, org.plantrace.core.Labels.frameworkOf(undecided.getTarget()), "left as it was");
        Alignment followed = (Alignment) editor.element("obj-violence-f5");
        assertEquals("mayor-vaw-the-way-forward", followed.getTarget().getId(), "the chosen successor");
        Alignment removed = (Alignment) editor.element("obj-access-f1");
        assertTrue(removed == null || removed.eContainer() == null, "the removed link is gone");
        assertTrue(editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel().startsWith("Replace "));
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("mayor-2009-10", org.plantrace.core.Labels.frameworkOf(moved.getTarget()).getId(),
                "one undo takes every move back");
        assertNotNull(editor.element("obj-access-f1"), "and restores the removed link");
        assertEquals("mayor-2009-10", org.plantrace.core.Labels.frameworkOf(followed.getTarget()).getId());
    }

    private static void select(Combo c, String text) {
        int i = Arrays.asList(c.getItems()).indexOf(text);
        assertTrue(i >= 0, text + " in " + Arrays.toString(c.getItems()));
        c.select(i);
        c.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
    }

    private static void find(Control c, List<Combo> combos, List<Text> texts) {
        if (c instanceof Combo combo) {
            combos.add(combo);
        } else if (c instanceof Text t) {
            texts.add(t);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                find(child, combos, texts);
            }
        }
    }
}

package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.plantrace.ui.views.GettingStartedView;

/** Only Plantrace's commands and keys, one "Other..." in File > New, and a getting-started guide in the product. */
class HygieneTest {

    @Test
    void theIdesBuildContentAssistAndOpenResourceAreHidden() {
        IActivityManager am = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
        for (String id : List.of("org.eclipse.ui.ide/org.eclipse.ui.project.buildAll",
                "org.eclipse.ui.ide/org.eclipse.ui.navigate.openResource",
                "org.eclipse.ui.workbench.texteditor/org.eclipse.ui.edit.text.contentAssist.proposals")) {
            assertFalse(am.getIdentifier(id).isEnabled(), id + " is hidden");
        }
        assertTrue(am.getIdentifier("org.plantrace.ui/org.plantrace.ui.commands.validate").isEnabled(),
                "Plantrace's own commands are not");
        IBindingService bs = PlatformUI.getWorkbench().getService(IBindingService.class);
        var validate = bs.getPerfectMatch(KeySequence.getInstance(
                org.eclipse.jface.bindings.keys.KeyStroke.getInstance(org.eclipse.swt.SWT.MOD1 | org.eclipse.swt.SWT.MOD2, 'V')));
        assertNotNull(validate, "Ctrl+Shift+V is bound");
        assertEquals("org.plantrace.ui.commands.validate", validate.getParameterizedCommand().getId());
    }

    @Test
    void fileNewListsOtherOnce() {
        IMenuManager bar = ((org.eclipse.ui.internal.WorkbenchWindow) Sample.window()).getMenuBarManager();
        IMenuManager newMenu = (IMenuManager) ((IMenuManager) bar.find("file")).find("new");
        org.eclipse.swt.widgets.Menu popup = new org.eclipse.swt.widgets.Menu(Sample.window().getShell(),
                org.eclipse.swt.SWT.POP_UP);
        try {
            for (IContributionItem i : newMenu.getItems()) {
                i.fill(popup, -1);
            }
            List<String> texts = new ArrayList<>();
            for (org.eclipse.swt.widgets.MenuItem m : popup.getItems()) {
                texts.add(m.getText().replace("&", ""));
            }
            assertEquals(1, texts.stream().filter(t -> t.startsWith("Other")).count(), "one Other... entry: " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Plan")), "Plan is offered: " + texts);
        } finally {
            popup.dispose();
        }
    }

    @Test
    void fileMenuEndsWithExit() {
        // the File menu of the window's menu bar, as a user opens it
        org.eclipse.swt.widgets.Menu bar = Sample.window().getShell().getMenuBar();
        org.eclipse.swt.widgets.Menu file = null;
        for (org.eclipse.swt.widgets.MenuItem i : bar.getItems()) {
            if (i.getText().replace("&", "").equals("File")) {
                file = i.getMenu();
            }
        }
        assertNotNull(file, "the menu bar has File");
        file.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> texts = new ArrayList<>();
        for (org.eclipse.swt.widgets.MenuItem m : file.getItems()) {
            if ((m.getStyle() & org.eclipse.swt.SWT.SEPARATOR) == 0) {
                texts.add(m.getText().replace("&", ""));
            }
        }
        file.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        assertTrue(!texts.isEmpty() && texts.get(texts.size() - 1).startsWith("Exit"), "File ends with Exit: " + texts);
        assertTrue(texts.contains("Open Recent"), "the recently opened plans have their submenu: " + texts);
    }

    @Test
    void helpGettingStartedShowsTheGuide() throws Exception {
        PlanEditorTest.run("org.plantrace.ui.commands.gettingStarted");
        GettingStartedView v = (GettingStartedView) Sample.page().findView(GettingStartedView.ID);
        assertNotNull(v, "Help > Getting Started shows the guide");
        Ui.spin(300);
        assertTrue(GettingStartedView.guide().contains("Work through the problems"));
        assertTrue(Ui.distinctColours(Ui.snapshot(v.getText())) > 10, "the guide is painted");
        Ui.screenshot("help-getting-started");
        Sample.page().hideView(v);
    }
}

package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plantrace.model.CorporateObjective;
import org.plantrace.ui.editor.PlanEditor;

/**
 * Keyboard paths: Shift+F10 (or the Menu key) opens the editor's context menu at the selected row, not at the mouse
 * pointer; Alt+Enter shows the selection's properties.
 */
class KeyboardTest {

    @AfterEach
    void close() {
        Sample.page().closeAllEditors(false);
    }

    /** What SWT does on Shift+F10: a MenuDetect event (keyboard) at the pointer, which the listeners may move. */
    private static Point menuDetect(Tree tree, int detail) {
        Point pointer = tree.getDisplay().getCursorLocation();
        Event e = new Event();
        e.detail = detail;
        e.x = pointer.x;
        e.y = pointer.y;
        tree.notifyListeners(SWT.MenuDetect, e);
        return new Point(e.x, e.y);
    }

    @Test
    void shiftF10OpensTheContextMenuAtTheSelectedRow() throws Exception {
        PlanEditor editor = Sample.openPlan();
        CorporateObjective terrorism = (CorporateObjective) editor.element("obj-terrorism");
        editor.getViewer().setSelection(new StructuredSelection(terrorism), true);
        Ui.spin(100);
        Tree tree = editor.getViewer().getTree();
        TreeItem row = tree.getSelection()[0];
        assertTrue(row.getText(0).contains("Enhance Our Counter Terrorism"), row.getText(0));
        Rectangle rowOnScreen = row.getBounds(0);
        Point topLeft = tree.toDisplay(rowOnScreen.x, rowOnScreen.y);
        rowOnScreen = new Rectangle(topLeft.x, topLeft.y, rowOnScreen.width, rowOnScreen.height);
        tree.getDisplay().setCursorLocation(tree.toDisplay(tree.getClientArea().width - 5, 5)); // far from the row

        Point keyboard = menuDetect(tree, SWT.MENU_KEYBOARD);
        assertTrue(keyboard.x >= rowOnScreen.x && keyboard.x <= rowOnScreen.x + rowOnScreen.width,
                "the menu opens over the row horizontally: " + keyboard + " row " + rowOnScreen);
        assertEquals(rowOnScreen.y + rowOnScreen.height, keyboard.y, "the menu opens just below the selected row");

        Point mouse = menuDetect(tree, SWT.MENU_MOUSE);
        assertEquals(tree.getDisplay().getCursorLocation(), mouse, "a right-click keeps the menu at the pointer");

        // the menu as the user gets it there: it lists the editor's actions for the objective
        org.eclipse.swt.widgets.Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
            items.add(i.getText().replace("&", ""));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(s -> s.startsWith("Rename")), "the menu offers Rename: " + items);
        assertTrue(items.stream().anyMatch(s -> s.startsWith("Delete")), "the menu offers Delete: " + items);
    }

    @Test
    void altEnterShowsThePropertiesOfTheSelection() throws Exception {
        PlanEditor editor = Sample.openPlan();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        Binding b = bindings.getPerfectMatch(KeySequence.getInstance("M3+ENTER"));
        assertNotNull(b, "Alt+Enter is bound");
        ParameterizedCommand command = b.getParameterizedCommand();
        assertEquals("org.eclipse.ui.file.properties", command.getId());

        Sample.page().hideView(Sample.page().findView(IPageLayout.ID_PROP_SHEET));
        CorporateObjective terrorism = (CorporateObjective) editor.element("obj-terrorism");
        editor.getViewer().setSelection(new StructuredSelection(terrorism), true);
        editor.setFocus();
        Ui.spin(100);
        PlanEditorTest.run(command.getId());
        IViewPart sheet = Sample.page().findView(IPageLayout.ID_PROP_SHEET);
        assertNotNull(sheet, "Alt+Enter opens the Properties view");
        Ui.waitUntil("the Properties view shows the objective's title", 5_000, () -> {
            Tree t = findTree(sheet);
            return t != null && Ui.find(t, "Title") != null
                    && Ui.find(t, "Title").getText(1).contains("Enhance Our Counter Terrorism");
        });
        Ui.screenshot("keyboard-alt-enter-properties");
    }

    private static Tree findTree(IViewPart view) {
        org.eclipse.swt.widgets.Control c = view.getSite().getShell();
        return findTree(c, view);
    }

    private static Tree findTree(org.eclipse.swt.widgets.Control c, IViewPart view) {
        if (c instanceof Tree t && t.isVisible() && isInSheet(t, view)) {
            return t;
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                Tree hit = findTree(child, view);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static boolean isInSheet(Tree t, IViewPart view) {
        return view instanceof org.eclipse.ui.views.properties.PropertySheet sheet
                && sheet.getCurrentPage() != null && sheet.getCurrentPage().getControl() == t;
    }
}

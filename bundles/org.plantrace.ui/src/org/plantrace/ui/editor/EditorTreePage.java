package org.plantrace.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.ui.internal.editor.EditorActions;
import org.plantrace.ui.internal.editor.EditorSelectionProvider;
import org.plantrace.ui.internal.editor.PlanTree;

/**
 * The plan editor's Tree page: the model tree with its context menu and actions, or, when the file cannot be read,
 * why, with a Try Again button.
 */
final class EditorTreePage {

    /** What Try Again does: reads the file again; throws when it still cannot be read. */
    interface Retry {
        void run() throws ModelLoadException;
    }

    private final PlanEditor editor;
    private final ComposedAdapterFactory adapterFactory;
    private final LocalResourceManager resources;
    private final EditorSelectionProvider selectionProvider;
    final Composite top;
    private PlanTree tree;
    private EditorActions actions;

    EditorTreePage(Composite parent, PlanEditor editor, ComposedAdapterFactory adapterFactory,
            LocalResourceManager resources, EditorSelectionProvider selectionProvider) {
        this.editor = editor;
        this.adapterFactory = adapterFactory;
        this.resources = resources;
        this.selectionProvider = selectionProvider;
        top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(top);
    }

    PlanTree tree() {
        return tree;
    }

    EditorActions actions() {
        return actions;
    }

    TreeViewer viewer() {
        return tree == null ? null : tree.viewer();
    }

    boolean isGone() {
        return top.isDisposed();
    }

    /** Shows the tree of the file, or why it cannot be read ({@code loadError}). */
    void fill(ModelLoadException loadError, Retry retry) {
        if (loadError != null) {
            createErrorPage(loadError, retry);
        } else {
            createTree();
        }
    }

    private void createErrorPage(ModelLoadException loadError, Retry retry) {
        Label l = new Label(top, SWT.WRAP);
        l.setText("This file cannot be opened:\n\n" + loadError.getMessage()
                + "\n\nCorrect it in a text editor, then reopen it here.");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).indent(12, 12).applyTo(l);
        Button button = new Button(top, SWT.PUSH);
        button.setText("Try Again");
        GridDataFactory.swtDefaults().indent(12, 6).applyTo(button);
        button.addListener(SWT.Selection, e -> {
            try {
                retry.run();
            } catch (ModelLoadException ex) {
                l.setText("This file cannot be opened:\n\n" + ex.getMessage());
                top.layout(true, true);
            }
        });
    }

    /** Replaces what the page shows: the tree, or why the file cannot be read. */
    void rebuild(ModelLoadException loadError, Retry retry) {
        for (var c : top.getChildren()) {
            c.dispose();
        }
        if (tree != null) {
            tree.dispose();
            tree = null;
        }
        fill(loadError, retry);
        top.layout(true, true);
    }

    private void createTree() {
        tree = new PlanTree(top, editor, adapterFactory, resources);
        TreeViewer viewer = tree.viewer();
        tree.show(editor.getResource(), null);
        viewer.addSelectionChangedListener(selectionProvider::fire);
        viewer.addPostSelectionChangedListener(selectionProvider::firePost);
        actions = new EditorActions(editor);
        MenuManager mm = new MenuManager("#PopupMenu");
        mm.setRemoveAllWhenShown(true);
        mm.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(mm.createContextMenu(viewer.getControl()));
        editor.getSite().registerContextMenu(mm, selectionProvider);
    }

    /** Selects what {@code command} changed in {@code resource}, where the tree shows it. */
    void selectAffected(Command command, Resource resource) {
        TreeViewer viewer = viewer();
        if (command == null || viewer == null) {
            return;
        }
        List<Object> shown = new ArrayList<>();
        for (Object o : command.getAffectedObjects()) {
            if (o instanceof EObject e && e.eResource() == resource && tree.contentProvider().isShown(e)) {
                shown.add(e);
            }
        }
        if (!shown.isEmpty()) {
            viewer.setSelection(new StructuredSelection(shown), true);
        }
    }

    IStructuredSelection selection() {
        TreeViewer v = viewer();
        return v == null || v.getControl().isDisposed() ? StructuredSelection.EMPTY : v.getStructuredSelection();
    }

    /** Focus to the tree, else to the page. */
    void setFocus() {
        if (viewer() != null && !viewer().getControl().isDisposed()) {
            viewer().getControl().setFocus();
        } else if (!top.isDisposed()) {
            top.setFocus();
        }
    }

    void dispose() {
        if (tree != null) {
            tree.dispose();
        }
    }
}

package org.plantrace.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.internal.editor.EditorSaving;
import org.plantrace.ui.internal.editor.PlanTree;
import org.plantrace.ui.internal.editor.Prompts;
import org.plantrace.ui.internal.markers.WorkspaceValidation;
import org.plantrace.ui.internal.recovery.AutoRecover;

/**
 * The plan editor and its file: whether it is dirty, save, save as, reload from disk, restore a recovery copy and
 * follow a move in the workspace.
 */
final class EditorPersistence {

    private final PlanEditor editor;
    /** The model was restored from a recovery copy and not saved since: unsaved, whatever the command stack says. */
    private boolean restored;

    EditorPersistence(PlanEditor editor) {
        this.editor = editor;
    }

    boolean isDirty() {
        return editor.domain != null && (restored || ((BasicCommandStack) editor.domain.getCommandStack()).isSaveNeeded());
    }

    /** Try Again on a file that could not be read. */
    void retry() throws ModelLoadException {
        EditorFile model = editor.model;
        try {
            editor.domain.getResourceSet().getResources().clear();
            model.load(editor.disk);
            editor.found.forgetIndex();
            model.loadError = null;
        } catch (ModelLoadException ex) {
            model.loadError = ex;
            throw ex;
        }
        editor.page.rebuild(null, this::retry);
        editor.analyseNow();
        editor.getEditorSite().getActionBarContributor().setActiveEditor(editor);
    }

    /** Discards the in-memory model and reads the file again, keeping expansion and selection by id. */
    void reload() {
        EditorFile model = editor.model;
        EditorTreePage page = editor.page;
        PlanTree tree = page == null ? null : page.tree();
        PlanTree.State state = tree == null || model.resource == null ? null : tree.state(model.resource);
        boolean hadTree = tree != null;
        model.reload(editor.disk);
        editor.found.forgetIndex();
        editor.domain.getCommandStack().flush();
        restored = false;
        if (model.loadError != null || !hadTree) {
            page.rebuild(model.loadError, this::retry);
        }
        if (model.loadError == null) {
            page.tree().show(model.resource, state);
            editor.fireDirty();
        }
        editor.analyseNow();
    }

    /** Replaces the model with a recovered copy of unsaved changes; the editor is then dirty. */
    void restoreRecovered(byte[] content) throws ModelLoadException {
        EditorFile model = editor.model;
        EditorTreePage page = editor.page;
        ModelStore.loadContent(ModelStore.newResourceSet(), model.path, content); // a copy that cannot load changes nothing
        PlanTree tree = page == null ? null : page.tree();
        PlanTree.State state = tree == null || model.resource == null ? null : tree.state(model.resource);
        boolean hadTree = tree != null && model.loadError == null;
        model.restore(content);
        editor.found.forgetIndex();
        editor.domain.getCommandStack().flush();
        restored = true;
        if (!hadTree) {
            page.rebuild(null, this::retry);
        }
        page.tree().show(model.resource, state);
        editor.fireDirty();
        editor.analyseNow();
    }

    void doSave(IProgressMonitor monitor) {
        EditorFile model = editor.model;
        if (model.loadError != null || model.resource == null) {
            return;
        }
        if (editor.disk.changedByOthers()
                && !Prompts.get().overwriteChangedFile(editor.getSite().getShell(), model.path.getFileName().toString())) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        if (EditorSaving.write(model.resource, model.path, model.file, editor.disk, editor.getSite().getShell(), monitor)) {
            saved(model.file);
        }
    }

    private void saved(IFile f) {
        restored = false;
        ((BasicCommandStack) editor.domain.getCommandStack()).saveIsDone();
        AutoRecover.forget(editor.model.path);
        editor.fireDirty();
        EditorSaving.refresh(f);
        editor.validate();
        if (editor.getActions() != null) {
            editor.getActions().update();
        }
    }

    void doSaveAs() {
        EditorFile model = editor.model;
        IFile target = EditorSaving.saveAs(model.resource, model.file, editor.disk, editor.getSite().getShell());
        if (target != null) {
            model.path = target.getLocation().toPath();
            WorkspaceValidation.closed(model.file);
            model.file = target;
            WorkspaceValidation.opened(model.file);
            editor.follow(target);
            saved(target);
        }
    }

    /** The editor is closing. */
    void closed() {
        EditorFile model = editor.model;
        AutoRecover.forget(model == null ? null : model.path); // closed: its changes were saved or deliberately discarded
        WorkspaceValidation.closed(model == null ? null : model.file); // its markers go back to the file as saved
    }

    /** Other files of the resource set (frameworks) changed on disk: unload them, so they are read again. */
    void reloadOthers(List<Resource> changed) {
        editor.model.unload(changed);
        if (editor.getViewer() != null) {
            editor.getViewer().refresh(true);
        }
        editor.analysis.changed();
    }

    /** The file was moved (renamed) in the workspace: follow it. */
    void moved(IFile to) {
        EditorFile model = editor.model;
        WorkspaceValidation.closed(model.file);
        model.movedTo(to);
        WorkspaceValidation.opened(model.file);
        editor.follow(to);
    }
}

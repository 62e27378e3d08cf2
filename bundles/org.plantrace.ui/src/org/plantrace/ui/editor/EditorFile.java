package org.plantrace.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.plantrace.edit.commands.PlanEditingDomain;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.internal.editor.DiskSync;

/**
 * The file a plan editor edits and the model read from it: where it is (workspace file and location on disk), its
 * resource in the editing domain (the only writable one; the frameworks it refers to are read-only), or why it could
 * not be read. Loading, reloading and restoring a recovered copy all resolve the references at once, in the UI
 * thread, so the background analysis never loads into the resource set.
 */
final class EditorFile {

    final PlanEditingDomain domain;
    Path path;
    IFile file;
    Resource resource;
    ModelLoadException loadError;

    EditorFile(PlanEditingDomain domain, IEditorInput input) {
        this.domain = domain;
        this.path = pathOf(input);
        this.file = input instanceof IFileEditorInput fi ? fi.getFile() : null;
    }

    private static Path pathOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fi && fi.getFile().getLocation() != null) {
            return fi.getFile().getLocation().toPath();
        }
        if (input instanceof IURIEditorInput ui && "file".equals(ui.getURI().getScheme())) {
            return Path.of(ui.getURI());
        }
        return null;
    }

    /** Reads the file into the domain's resource set and tells {@code disk} what was read. */
    void load(DiskSync disk) throws ModelLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            bytes = null;
        }
        resource = ModelStore.load(domain.getResourceSet(), path);
        domain.setEditable(resource);
        resolveReferences();
        disk.synced(bytes);
    }

    /** Reads the file again after unloading everything; on failure {@link #loadError} says why. */
    void reload(DiskSync disk) {
        ResourceSet rs = domain.getResourceSet();
        for (Resource r : List.copyOf(rs.getResources())) {
            r.unload();
        }
        rs.getResources().clear();
        try {
            load(disk);
            loadError = null;
        } catch (ModelLoadException e) {
            loadError = e;
            resource = null;
        }
    }

    /** The frameworks in {@code changed} changed on disk: references to them resolve again. */
    void unload(List<Resource> changed) {
        for (Resource r : changed) {
            r.unload(); // references to it become proxies and resolve again on demand
        }
        resolveReferences();
    }

    void resolveReferences() {
        try {
            EcoreUtil.resolveAll(resource);
        } catch (RuntimeException e) {
            PlantraceUi.log("Could not resolve the references of " + path, e); // validation reports them
        }
    }

    /** The model as edited, serialised for a recovery copy; null when there is nothing to keep. */
    byte[] snapshot() {
        if (loadError != null || resource == null) {
            return null;
        }
        try {
            return ModelStore.serialise(resource);
        } catch (IOException | RuntimeException e) {
            PlantraceUi.log("Could not serialise " + path + " for recovery", e);
            return null;
        }
    }

    /** Replaces the model with {@code content} loaded as this file (a copy that cannot load changes nothing). */
    void restore(byte[] content) throws ModelLoadException {
        ModelStore.loadContent(ModelStore.newResourceSet(), path, content);
        ResourceSet rs = domain.getResourceSet();
        Resource r = ModelStore.loadContent(rs, path, content);
        for (Resource other : List.copyOf(rs.getResources())) {
            if (other != r) {
                other.unload();
                rs.getResources().remove(other);
            }
        }
        resource = r;
        domain.setEditable(resource);
        resolveReferences();
        loadError = null;
    }

    /** The file was moved (renamed) in the workspace. */
    void movedTo(IFile to) {
        file = to;
        path = to.getLocation().toPath();
        resource.setURI(URI.createFileURI(path.toAbsolutePath().toString()));
    }

    EObject root() {
        return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    }
}

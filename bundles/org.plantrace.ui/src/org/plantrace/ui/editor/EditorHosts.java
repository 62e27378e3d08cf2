package org.plantrace.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Shell;
import org.plantrace.ui.internal.editor.DiskSync;
import org.plantrace.ui.internal.editor.EditorAnalysis;

/** The plan editor as its live analysis and its disk synchronisation see it. */
final class EditorHosts {

    private EditorHosts() {
    }

    static final class Analysis implements EditorAnalysis.Host {
        private final PlanEditor editor;

        Analysis(PlanEditor editor) {
            this.editor = editor;
        }

        @Override
        public EObject root() {
            return editor.getRoot();
        }

        @Override
        public void writeMarkers(EditorAnalysis.Result result) {
            editor.refresh.writeMarkers(result.findings());
        }

        @Override
        public void publish(EditorAnalysis.Result result) {
            editor.refresh.publish(result);
        }

        @Override
        public boolean isDisposed() {
            return editor.isGone();
        }
    }

    static final class Disk implements DiskSync.Host {
        private final PlanEditor editor;

        Disk(PlanEditor editor) {
            this.editor = editor;
        }

        @Override
        public Path path() {
            return editor.model.path;
        }

        @Override
        public IFile file() {
            return editor.model.file;
        }

        @Override
        public void moved(IFile to) {
            editor.persistence.moved(to);
        }

        @Override
        public boolean isDirty() {
            return editor.isDirty();
        }

        @Override
        public boolean isUnreadable() {
            return editor.model.loadError != null;
        }

        @Override
        public void reload() {
            editor.reload();
        }

        @Override
        public void reloadOthers(List<Resource> changed) {
            editor.persistence.reloadOthers(changed);
        }

        @Override
        public void close() {
            editor.getSite().getPage().closeEditor(editor, false);
        }

        @Override
        public ResourceSet resourceSet() {
            return editor.domain.getResourceSet();
        }

        @Override
        public Resource resource() {
            return editor.model.resource;
        }

        @Override
        public Shell shell() {
            return editor.getSite().getShell();
        }

        @Override
        public boolean isGone() {
            return editor.isGone() || editor.getViewer() == null && editor.model.loadError == null;
        }
    }
}

package org.plantrace.ui.editor;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.plantrace.ui.internal.editor.DiskSync;
import org.plantrace.ui.internal.editor.EditorAnalysis;
import org.plantrace.ui.internal.markers.ValidationPreferences;

/**
 * What a plan editor listens to, hooked up and taken down together: its command stack (each change makes the analysis
 * stale at once, then the editor follows it in the UI thread), the workspace (its file and frameworks on disk), its
 * activation (check the disk) and the severity preferences (analyse again).
 */
final class EditorListeners {

    private final PlanEditor editor;
    private final DiskSync disk;
    private final EditorAnalysis analysis;
    private final CommandStack stack;
    private IWorkbenchPage page;
    private IPreferenceChangeListener severityListener;

    private final CommandStackListener commandStackListener;
    private final IPartListener2 activationListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                disk.checkOnActivation();
            }
        }
    };

    EditorListeners(PlanEditor editor, CommandStack stack, DiskSync disk, EditorAnalysis analysis, Runnable changed) {
        this.editor = editor;
        this.stack = stack;
        this.disk = disk;
        this.analysis = analysis;
        commandStackListener = event -> {
            analysis.changed(); // before anything else, so a run in progress is known to be stale
            Display.getDefault().asyncExec(changed);
        };
        stack.addCommandStackListener(commandStackListener);
    }

    /** Starts listening to the workspace, the page and the preferences (once the editor is initialised). */
    void start(IWorkbenchPage page) {
        this.page = page;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(disk, IResourceChangeEvent.POST_CHANGE);
        page.addPartListener(activationListener);
        severityListener = ValidationPreferences.onChange(() -> Display.getDefault().asyncExec(() -> {
            if (!editor.isGone()) {
                analysis.changed();
            }
        }));
    }

    void stop() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(disk);
        ValidationPreferences.removeListener(severityListener);
        if (page != null) {
            page.removePartListener(activationListener);
        }
        stack.removeCommandStackListener(commandStackListener);
    }
}

package org.plantrace.ui.internal.recovery;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;

/**
 * The question after an unclean exit, as Word's AutoRecover asks it: the files with recovered unsaved changes, and
 * Restore (open each in the plan editor with its recovered changes, unsaved), Discard (delete the copies) or Decide
 * Later (ask again at the next start).
 */
public final class RecoveryOffer {

    public static final String TITLE = "Recover Unsaved Changes";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private RecoveryOffer() {
    }

    /** The dialog's text for {@code copies}. */
    static String message(List<RecoveryStore.Entry> copies) {
        StringBuilder b = new StringBuilder(
                "Plantrace did not close normally last time. Changes that had not been saved were recovered for:\n\n");
        for (RecoveryStore.Entry e : copies) {
            b.append("  ").append(e.name());
            if (!e.label().isEmpty()) {
                b.append(" (").append(e.label()).append(')');
            }
            b.append(", as of ").append(TIME.format(e.written())).append('\n');
        }
        b.append("\nRestore opens them with the recovered changes, not yet saved: save to keep them. "
                + "Discard deletes the recovered copies; the files stay as last saved.");
        return b.toString();
    }

    /** Asks, then restores or discards; returns the editors restored. */
    public static List<PlanEditor> ask(IWorkbenchWindow window, RecoveryStore store, List<RecoveryStore.Entry> copies) {
        MessageDialog d = new MessageDialog(window.getShell(), TITLE, null, message(copies), MessageDialog.QUESTION, 0,
                "&Restore", "&Discard", "Decide &Later");
        int answer = d.open();
        if (answer == 0) {
            return restore(window, store, copies);
        }
        if (answer == 1) {
            copies.forEach(store::delete);
        }
        return List.of();
    }

    /** Opens each file in the plan editor and puts its recovered content in; reports those that cannot be. */
    public static List<PlanEditor> restore(IWorkbenchWindow window, RecoveryStore store,
            List<RecoveryStore.Entry> copies) {
        List<PlanEditor> restored = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        IWorkbenchPage page = window.getActivePage();
        for (RecoveryStore.Entry e : copies) {
            try {
                byte[] content = store.content(e);
                IEditorPart part = open(page, e);
                if (!(part instanceof PlanEditor editor)) {
                    failed.add(e.name() + ": the file no longer exists (the recovered copy is kept in "
                            + store.folder() + ")");
                    continue;
                }
                editor.restoreRecovered(content);
                restored.add(editor);
            } catch (IOException | CoreException | ModelLoadException ex) {
                PlantraceUi.log("Could not restore " + e.file(), ex);
                failed.add(e.name() + ": " + ex.getMessage());
            }
        }
        if (!failed.isEmpty()) {
            MessageDialog.openError(window.getShell(), TITLE,
                    "These could not be restored:\n\n" + String.join("\n", failed));
        }
        return restored;
    }

    private static IEditorPart open(IWorkbenchPage page, RecoveryStore.Entry e) throws CoreException {
        IFile f = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromFile(e.file().toFile()));
        if (f != null && f.exists()) {
            return IDE.openEditor(page, f, PlantraceUi.PLAN_EDITOR_ID, true);
        }
        if (java.nio.file.Files.isRegularFile(e.file())) {
            return IDE.openEditor(page, e.file().toUri(), PlantraceUi.PLAN_EDITOR_ID, true);
        }
        return null;
    }
}

package org.plantrace.ui.internal.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The questions the plan editor asks its user. Tests replace them with scripted answers
 * ({@link #set(Prompts)}); the product asks with dialogs.
 */
public interface Prompts {

    /** What to do when the file changed on disk while the editor has unsaved changes. */
    enum DiskConflict {
        /** Discard the editor's changes and load the file from disk. */
        RELOAD,
        /** Keep the editor's changes; a later save overwrites the file on disk. */
        KEEP_MINE
    }

    DiskConflict changedOnDisk(Shell shell, String fileName);

    /** Whether to overwrite a file that changed on disk since it was loaded. */
    boolean overwriteChangedFile(Shell shell, String fileName);

    /** Whether to go on with a deletion that also removes or breaks the links described. */
    boolean confirmDelete(Shell shell, String what, String consequences);

    /** Reports a problem the user must know about (a failed save, a file that cannot be read). */
    void error(Shell shell, String title, String message);

    Prompts DIALOGS = new Prompts() {
        @Override
        public DiskConflict changedOnDisk(Shell shell, String fileName) {
            MessageDialog d = new MessageDialog(shell, "File Changed on Disk", null,
                    "'" + fileName + "' has been changed on disk, and this editor has unsaved changes.\n\n"
                            + "Reload the file and discard your changes, or keep your changes "
                            + "(saving will then overwrite the file on disk)?",
                    MessageDialog.QUESTION, 0, "&Reload from Disk", "&Keep My Changes");
            return d.open() == 0 ? DiskConflict.RELOAD : DiskConflict.KEEP_MINE;
        }

        @Override
        public boolean overwriteChangedFile(Shell shell, String fileName) {
            MessageDialog d = new MessageDialog(shell, "File Changed on Disk", null,
                    "'" + fileName + "' has been changed on disk since it was opened.\n\n"
                            + "Overwrite it with the editor's version?",
                    MessageDialog.WARNING, 1, "&Overwrite", "Cancel");
            return d.open() == 0;
        }

        @Override
        public boolean confirmDelete(Shell shell, String what, String consequences) {
            return MessageDialog.openConfirm(shell, "Delete", "Delete " + what + "?\n\n" + consequences);
        }

        @Override
        public void error(Shell shell, String title, String message) {
            MessageDialog.openError(shell, title, message);
        }
    };

    final class Holder {
        private static volatile Prompts current = DIALOGS;

        private Holder() {
        }
    }

    static Prompts get() {
        return Holder.current;
    }

    /** Replaces the prompts (tests); {@code null} restores the dialogs. */
    static void set(Prompts prompts) {
        Holder.current = prompts == null ? DIALOGS : prompts;
    }
}

package org.plantrace.ui.team.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Plans view > Changes Document...: "Changes to the Plan" between two selected plan (or framework) files. Asks which
 * is the earlier version (the one saved first is offered first), then where to write the document.
 */
public final class ChangesDocumentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        List<IFile> files = CompareHandler.selectedFiles(event);
        if (files.size() != 2) {
            MessageDialog.openInformation(shell, ChangesExport.TITLE, "Select two plan files: the earlier and the later "
                    + "version of the plan (e.g. before and after the committee round).");
            return null;
        }
        List<IFile> order = earlierFirst(files);
        String a = order.get(0).getProjectRelativePath().toString();
        String b = order.get(1).getProjectRelativePath().toString();
        int answer = new MessageDialog(shell, ChangesExport.TITLE, null, "Which is the earlier version of the plan? "
                + "The document lists what changed from the earlier to the later one, with the later one's change notes "
                + "as the reasons.", MessageDialog.QUESTION, 0, "From " + a + " to " + b, "From " + b + " to " + a,
                IDialogConstants.CANCEL_LABEL).open();
        if (answer == 0) {
            ChangesExport.ask(shell, order.get(0), order.get(1));
        } else if (answer == 1) {
            ChangesExport.ask(shell, order.get(1), order.get(0));
        }
        return null;
    }

    /** The two files, the one saved first (the likelier earlier version) first; the selection order on a tie. */
    public static List<IFile> earlierFirst(List<IFile> files) {
        return files.stream().sorted(Comparator.comparingLong(IFile::getLocalTimeStamp)).toList();
    }
}

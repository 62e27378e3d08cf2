package org.plantrace.ui.internal.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.plantrace.ui.PlantraceUi;

/** What the New Plan and New Framework wizards share: labelled fields, and creating then opening the file. */
final class WizardParts {

    private WizardParts() {
    }

    /** A label and a text field filling the second column of a two-column grid. */
    static Text field(Composite c, String label, String value) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(t);
        return t;
    }

    /**
     * Creates the file of the page (its contents come from the page's initial contents) and opens it in the plan
     * editor; false, keeping the wizard open, when the file could not be created.
     */
    static boolean createAndOpen(WizardNewFileCreationPage page, IWorkbench workbench) {
        IFile f = page.createNewFile();
        if (f == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), f, PlantraceUi.PLAN_EDITOR_ID, true);
        } catch (PartInitException e) {
            PlantraceUi.log(e.getStatus());
        }
        return true;
    }
}

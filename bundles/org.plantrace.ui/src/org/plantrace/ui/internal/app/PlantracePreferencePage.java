package org.plantrace.ui.internal.app;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Plantrace: the parent of Plantrace's preference pages. */
public class PlantracePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText("Settings of the Plantrace workbench: the severity of each validation rule (Validation) and how"
                + " the traceability matrix is edited (Matrix).");
        return l;
    }
}

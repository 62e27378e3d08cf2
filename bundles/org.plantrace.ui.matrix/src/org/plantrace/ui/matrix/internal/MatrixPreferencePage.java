package org.plantrace.ui.matrix.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Plantrace > Matrix: what toggles a link in the matrix. */
public class MatrixPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Button doubleClick;
    private Button singleClick;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("How a link is made or removed in the traceability matrix.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        new Label(c, SWT.NONE).setText("Toggle a link with:");
        doubleClick = new Button(c, SWT.RADIO);
        doubleClick.setText("&Space or a double-click (a click only selects the cell)");
        singleClick = new Button(c, SWT.RADIO);
        singleClick.setText("Space or a single &click");
        boolean single = MatrixPreferences.singleClickToggles();
        doubleClick.setSelection(!single);
        singleClick.setSelection(single);
        return c;
    }

    @Override
    protected void performDefaults() {
        doubleClick.setSelection(true);
        singleClick.setSelection(false);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        MatrixPreferences.setSingleClickToggles(singleClick.getSelection());
        return true;
    }
}

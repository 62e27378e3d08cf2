package org.plantrace.ui.internal.markers;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.plantrace.core.validation.Rule;
import org.plantrace.core.validation.SeverityPolicy;

/**
 * Window > Preferences > Plantrace > Validation: the severity of each rule (Error, Warning, Info, Ignore). Open plan
 * editors validate again with the new severities when the page is applied.
 */
public class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    static final String[] SETTINGS = { "error", "warning", "info", SeverityPolicy.IGNORE };
    private static final String[] SHOWN = { "Error", "Warning", "Info", "Ignore" };

    private final Map<Rule, Combo> combos = new EnumMap<>(Rule.class);

    @Override
    public void init(IWorkbench workbench) {
        setDescription("The severity of each validation rule in the Problems view. A team may, for example, make"
                + " wording drift information while it works through the errors. Ignored rules are not reported.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(c);
        SeverityPolicy policy = ValidationPreferences.policy();
        for (Rule r : Rule.values()) {
            Label l = new Label(c, SWT.NONE);
            l.setText(RuleLabels.label(r.id()) + ":");
            l.setToolTipText(r.id());
            Combo combo = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setItems(SHOWN);
            combo.select(indexOf(policy.settingOf(r)));
            combo.setData("org.plantrace.rule", r.id());
            combo.getAccessible(); // a label for screen readers comes from the preceding Label
            GridDataFactory.swtDefaults().applyTo(combo);
            combos.put(r, combo);
        }
        return c;
    }

    private static int indexOf(String setting) {
        for (int i = 0; i < SETTINGS.length; i++) {
            if (SETTINGS[i].equals(setting)) {
                return i;
            }
        }
        return 1;
    }

    @Override
    protected void performDefaults() {
        for (var e : combos.entrySet()) {
            e.getValue().select(indexOf(SeverityPolicy.defaults().settingOf(e.getKey())));
        }
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        for (var e : combos.entrySet()) {
            ValidationPreferences.set(e.getKey(), SETTINGS[e.getValue().getSelectionIndex()]);
        }
        return true;
    }
}

package org.plantrace.ui.internal.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Edits long text (a note) or a list of strings (years, activity statements: one per line) in a dialog. */
public class LinesCellEditor extends DialogCellEditor {

    private final String title;
    private final boolean single;

    public LinesCellEditor(Composite parent, String title, boolean single) {
        super(parent);
        this.title = title;
        this.single = single;
    }

    @Override
    protected Object openDialogBox(Control window) {
        Object current = PropertyValue.unwrap(getValue());
        String text;
        if (current instanceof Collection<?> c) {
            List<String> lines = new ArrayList<>();
            for (Object o : c) {
                lines.add(String.valueOf(o));
            }
            text = String.join("\n", lines);
        } else {
            text = current == null ? "" : String.valueOf(current);
        }
        TextDialog d = new TextDialog(window.getShell(), title,
                single ? "Text:" : "One entry per line:", text);
        if (d.open() != Window.OK) {
            return null;
        }
        String result = d.result;
        if (single) {
            return result.isBlank() ? null : result;
        }
        List<String> out = new ArrayList<>();
        for (String line : result.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            String s = ModelPropertyDescriptor.valueText(PropertyValue.unwrap(value));
            getDefaultLabel().setText(s.replace('\n', ' '));
        }
    }

    private static final class TextDialog extends Dialog {
        private final String title;
        private final String message;
        private final String initial;
        private Text text;
        String result;

        TextDialog(Shell shell, String title, String message, String initial) {
            super(shell);
            this.title = title;
            this.message = message;
            this.initial = initial;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell s) {
            super.configureShell(s);
            s.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite c = (Composite) super.createDialogArea(parent);
            new Label(c, SWT.NONE).setText(message);
            text = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            text.setText(initial);
            GridDataFactory.fillDefaults().grab(true, true).hint(520, 220).applyTo(text);
            return c;
        }

        @Override
        protected void buttonPressed(int id) {
            if (id == IDialogConstants.OK_ID) {
                result = text.getText();
            }
            super.buttonPressed(id);
        }
    }
}

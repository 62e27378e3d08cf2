package org.plantrace.ui.team.internal;

import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Team > Commit: the reason for the change (the commit message), who made it, and the files it records. */
final class CommitDialog extends TitleAreaDialog {

    private final Set<String> files;
    private final PersonIdent author;
    private Text message;
    private Text name;
    private Text email;
    private String resultMessage;
    private PersonIdent resultAuthor;

    CommitDialog(Shell shell, Set<String> files, PersonIdent author) {
        super(shell);
        this.files = files;
        this.author = author;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("Commit");
        setTitle("Record the changes with their reason");
        setMessage("Say why the plan changed, as the change notes do (e.g. 'Target for measure 12 raised after the "
                + "Full Authority meeting'). The history and the Changes to the Plan section show it.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label l = new Label(c, SWT.NONE);
        l.setText("&Reason:");
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        message = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData md = new GridData(SWT.FILL, SWT.FILL, true, true);
        md.heightHint = 90;
        md.widthHint = 520;
        message.setLayoutData(md);
        message.addModifyListener(e -> validate());
        new Label(c, SWT.NONE).setText("&Author:");
        name = new Text(c, SWT.BORDER);
        name.setText(author.getName());
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.addModifyListener(e -> validate());
        new Label(c, SWT.NONE).setText("&E-mail:");
        email = new Text(c, SWT.BORDER);
        email.setText(author.getEmailAddress());
        email.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label fl = new Label(c, SWT.NONE);
        fl.setText("Files (" + files.size() + "):");
        fl.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        List list = new List(c, SWT.BORDER | SWT.V_SCROLL);
        for (String f : files) {
            list.add(f);
        }
        GridData ld = new GridData(SWT.FILL, SWT.FILL, true, false);
        ld.heightHint = 70;
        list.setLayoutData(ld);
        message.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Commit", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!message.getText().isBlank() && !name.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        resultMessage = message.getText().strip();
        resultAuthor = new PersonIdent(name.getText().strip(), email.getText().strip());
        super.okPressed();
    }

    String commitMessage() {
        return resultMessage;
    }

    PersonIdent commitAuthor() {
        return resultAuthor;
    }
}

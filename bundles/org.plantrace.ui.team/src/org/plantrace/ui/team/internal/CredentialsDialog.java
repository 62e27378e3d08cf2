package org.plantrace.ui.team.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.plantrace.team.Credentials;

/** Asks how to reach a shared repository: user name and access token (https), or a private key (ssh). */
final class CredentialsDialog extends TitleAreaDialog {

    private final String url;
    private final boolean ssh;
    private Text first;
    private Text secret;
    private Credentials result;

    CredentialsDialog(Shell shell, String url) {
        super(shell);
        this.url = url;
        this.ssh = url.startsWith("ssh:") || url.matches("^[\\w.-]+@[\\w.-]+:.*");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("Shared Plan Repository");
        setTitle("Sign in to " + url);
        setMessage(ssh ? "Your SSH private key and its passphrase (empty when it has none)."
                : "Your user name and a personal access token (or password). Kept for this session only.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(c, SWT.NONE).setText(ssh ? "&Private key:" : "&User name:");
        first = new Text(c, SWT.BORDER);
        first.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, ssh ? 1 : 2, 1));
        if (ssh) {
            first.setText(defaultKey().toString());
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog fd = new FileDialog(getShell(), SWT.OPEN);
                String f = fd.open();
                if (f != null) {
                    first.setText(f);
                }
            });
        }
        new Label(c, SWT.NONE).setText(ssh ? "Pass&phrase:" : "Access &token:");
        secret = new Text(c, SWT.BORDER | SWT.PASSWORD);
        secret.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return area;
    }

    /** The user's usual private key: the first of ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exists. */
    static Path defaultKey() {
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        for (String name : new String[] { "id_ed25519", "id_ecdsa", "id_rsa" }) {
            if (java.nio.file.Files.isRegularFile(ssh.resolve(name))) {
                return ssh.resolve(name);
            }
        }
        return ssh.resolve("id_ed25519");
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            result = ssh ? Credentials.sshKey(Path.of(first.getText().trim()), secret.getTextChars())
                    : Credentials.token(first.getText().trim(), secret.getTextChars());
        }
        super.buttonPressed(id);
    }

    Credentials credentials() {
        return result;
    }
}

package org.plantrace.ui.team.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.plantrace.team.HostKeyQuestion;

/**
 * Asks the user, on the UI thread whichever thread connects, whether to trust an SSH server met for the first time,
 * showing its key's fingerprints to compare with what the repository's administrator publishes.
 */
public final class HostKeyPrompt implements HostKeyQuestion {

    public static final String TITLE = "Unknown Server";

    private final Shell shell;

    public HostKeyPrompt(Shell shell) {
        this.shell = shell;
    }

    @Override
    public boolean trust(String host, String fingerprints) {
        boolean[] yes = new boolean[1];
        shell.getDisplay().syncExec(() -> yes[0] = MessageDialog.openQuestion(shell, TITLE, message(host, fingerprints)));
        return yes[0];
    }

    static String message(String host, String fingerprints) {
        return "Plantrace has not met the server " + host + " before, so it cannot tell that it is the right one.\n\n"
                + fingerprints + "\n\nCompare the fingerprint with the one your repository's administrator publishes. "
                + "Trust this server and remember it (in ~/.ssh/known_hosts)?";
    }
}

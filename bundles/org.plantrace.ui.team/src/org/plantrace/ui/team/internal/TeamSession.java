package org.plantrace.ui.team.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.window.Window;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Shell;
import org.plantrace.team.Credentials;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;

/**
 * What the workbench remembers for the session: the credentials given for each shared repository (in memory only,
 * never saved) and who commits.
 */
final class TeamSession {

    private static final Map<String, Credentials> CREDENTIALS = new HashMap<>();

    private TeamSession() {
    }

    /** The credentials for the repository's shared address: none for a folder, else asked once per session. */
    static Credentials credentials(Shell shell, PlanRepository repo) {
        if (!repo.needsCredentials()) {
            return Credentials.NONE;
        }
        String url = repo.sharedUrl();
        Credentials c = CREDENTIALS.get(url);
        if (c == null) {
            CredentialsDialog d = new CredentialsDialog(shell, url);
            if (d.open() != Window.OK) {
                return null;
            }
            c = d.credentials().withHostKeyQuestion(new HostKeyPrompt(shell));
            CREDENTIALS.put(url, c);
        }
        return c;
    }

    /** Forgets the credentials of a repository (after the server refused them). */
    static void forget(PlanRepository repo) {
        Credentials c = CREDENTIALS.remove(repo.sharedUrl());
        if (c != null) {
            c.clear();
        }
    }

    /** Who commits: the clone's configured user, else the user's machine name until they say. */
    static PersonIdent author(PlanRepository repo) {
        PersonIdent a = repo.author();
        return a != null ? a : new PersonIdent(System.getProperty("user.name", "analyst"), "");
    }

    static void rememberAuthor(PlanRepository repo, PersonIdent who) throws TeamException {
        PersonIdent now = repo.author();
        if (now == null || !now.getName().equals(who.getName()) || !now.getEmailAddress().equals(who.getEmailAddress())) {
            repo.setAuthor(who);
        }
    }
}

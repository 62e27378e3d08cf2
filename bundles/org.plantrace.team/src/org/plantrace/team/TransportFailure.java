package org.plantrace.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;

/**
 * Why reaching the shared repository failed, in words the user can act on (the key, the passphrase, the server's
 * identity, the address), instead of the transport's exception chain.
 */
final class TransportFailure {

    private TransportFailure() {
    }

    /** A TeamException saying why {@code what} ("update from ssh://...") failed. */
    static TeamException explain(String what, GitAPIException e, Credentials credentials) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < 12; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                chain.add(t.getMessage().strip());
            }
        }
        String all = String.join("\n", chain).toLowerCase(Locale.ROOT);
        String detail = chain.isEmpty() ? e.getClass().getSimpleName() : chain.get(chain.size() - 1);
        String head = "Cannot " + what + ": ";
        if (!(e instanceof TransportException) && !all.contains("ssh") && !all.contains("http")) {
            return new TeamException(head + firstLine(chain.isEmpty() ? detail : chain.get(0)), e);
        }
        String why;
        boolean refused = false;
        if (credentials != null && credentials.keyWasUnreadable() || all.contains("passphrase cannot read")
                || all.contains("could not be read. enter the passphrase") || all.contains("needs a passphrase")) {
            why = "the passphrase does not open the private key " + keyName(credentials)
                    + ". Give the key's passphrase (empty when it has none).";
            refused = true;
        } else if (all.contains("server key did not validate") || all.contains("authenticity of host")
                || all.contains("remote host identification has changed")) {
            why = "the server's identity (its host key) is not one you trusted: it is not in "
                    + "~/.ssh/known_hosts, or it changed since. Check the key's fingerprint with the server's "
                    + "administrator and accept it when asked.";
        } else if (all.contains("cannot log in") || all.contains("no more keys to try") || all.contains("no keys to try")
                || all.contains("not authorized") || all.contains("authentication") || all.contains("auth fail")
                || all.contains("credentials")) {
            why = credentials != null && credentials.isSsh()
                    ? "the server did not accept the private key " + keyName(credentials)
                            + ". Register its public key (" + keyName(credentials) + ".pub) with the shared repository, "
                            + "or choose the key that is registered."
                    : "the server refused the credentials. Give a user name and access token for https://, or a "
                            + "private key for ssh://.";
            refused = true;
        } else if (all.contains("connection refused") || all.contains("unknownhost") || all.contains("unknown host")
                || all.contains("unresolved") || all.contains("timed out") || all.contains("no route")) {
            why = "the server cannot be reached (" + firstLine(detail) + "). Check the address and your network.";
        } else {
            why = firstLine(detail);
        }
        return refused ? new CredentialsRefusedException(head + why, e) : new TeamException(head + why, e);
    }

    private static String keyName(Credentials c) {
        return c == null || c.sshKeyFile() == null ? "" : c.sshKeyFile().toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

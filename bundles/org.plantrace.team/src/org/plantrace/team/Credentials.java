package org.plantrace.team;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * What the user gives to reach the shared repository: nothing (a folder or file:// address), a user name with an
 * access token (HTTPS) or a private key file with its passphrase (SSH). Secrets are held as char arrays and never
 * written anywhere by Plantrace. For SSH, the server's identity is checked against known_hosts in the SSH folder
 * (~/.ssh unless given); a server met for the first time is trusted only when the {@link HostKeyQuestion} says so.
 */
public final class Credentials {

    /** No credentials: a local folder or file:// repository, or one that needs none. */
    public static final Credentials NONE = new Credentials(null, null, null, null, null, null);

    private final String user;
    private final char[] token;
    private final Path sshKey;
    private final char[] passphrase;
    private final Path sshDirectory;
    private final HostKeyQuestion hostKeys;
    /** Whether the last connection could not read the private key with the passphrase given. */
    private volatile boolean keyUnreadable;

    private Credentials(String user, char[] token, Path sshKey, char[] passphrase, Path sshDirectory,
            HostKeyQuestion hostKeys) {
        this.user = user;
        this.token = token;
        this.sshKey = sshKey;
        this.passphrase = passphrase;
        this.sshDirectory = sshDirectory;
        this.hostKeys = hostKeys;
    }

    /** HTTPS: a user name and a personal access token (or password). */
    public static Credentials token(String user, char[] token) {
        return new Credentials(user, token.clone(), null, null, null, null);
    }

    /** SSH: a private key file and its passphrase (empty when it has none). */
    public static Credentials sshKey(Path key, char[] passphrase) {
        return new Credentials(null, null, key, passphrase == null ? new char[0] : passphrase.clone(), null, null);
    }

    /** The same SSH credentials with known_hosts (and the SSH config) read from {@code folder} instead of ~/.ssh. */
    public Credentials withSshDirectory(Path folder) {
        return new Credentials(user, token, sshKey, passphrase, folder, hostKeys);
    }

    /** The same SSH credentials, asking {@code question} whether to trust a server met for the first time. */
    public Credentials withHostKeyQuestion(HostKeyQuestion question) {
        return new Credentials(user, token, sshKey, passphrase, sshDirectory, question);
    }

    public boolean isSsh() {
        return sshKey != null;
    }

    public boolean isToken() {
        return token != null;
    }

    /** The private key file (SSH), or null. */
    public Path sshKeyFile() {
        return sshKey;
    }

    /** Whether the last fetch, push or clone could not open the private key with the passphrase given. */
    boolean keyWasUnreadable() {
        return keyUnreadable;
    }

    /** Forgets the secrets. */
    public void clear() {
        if (token != null) {
            Arrays.fill(token, '\0');
        }
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Sets these credentials on a fetch, push or clone. */
    void applyTo(TransportCommand<?, ?> command) throws TeamException {
        if (token != null) {
            command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(user == null ? "" : user, token));
        }
        if (sshKey != null) {
            if (!Files.isRegularFile(sshKey) || !Files.isReadable(sshKey)) {
                throw new TeamException("The private key " + sshKey + " is not a readable file: choose the key "
                        + "whose public part is registered with the shared repository");
            }
            File home = new File(System.getProperty("user.home"));
            SshdSessionFactory factory = new SshdSessionFactoryBuilder()
                    .setHomeDirectory(home)
                    .setSshDirectory(sshDirectory != null ? sshDirectory.toFile() : new File(home, ".ssh"))
                    .setDefaultIdentities(dir -> List.of(sshKey))
                    .setPreferredAuthentications("publickey")
                    .setKeyPasswordProvider(cp -> new FixedPassphrase(this))
                    .build(null);
            keyUnreadable = false;
            command.setTransportConfigCallback(t -> {
                if (t instanceof SshTransport ssh) {
                    ssh.setSshSessionFactory(factory);
                }
            });
            command.setCredentialsProvider(new HostKeyAnswers(hostKeys));
        }
    }

    /** Gives the passphrase once; a wrong one fails (and is noted) instead of asking again. */
    private static final class FixedPassphrase implements KeyPasswordProvider {
        private final Credentials owner;
        private int attempts = 1;

        FixedPassphrase(Credentials owner) {
            this.owner = owner;
        }

        @Override
        public char[] getPassphrase(URIish uri, int attempt) {
            if (owner.passphrase.length == 0) {
                owner.keyUnreadable = true; // asked, so the key is encrypted, and no passphrase was given
            }
            return attempt < attempts ? owner.passphrase.clone() : null;
        }

        @Override
        public void setAttempts(int n) {
            attempts = Math.max(1, n);
        }

        @Override
        public boolean keyLoaded(URIish uri, int attempt, Exception error) {
            if (error != null) {
                owner.keyUnreadable = true;
            }
            return false;
        }
    }

    /**
     * Answers the SSH client's questions about the server's identity: a new server is trusted when the question says
     * so (none: never), the known_hosts file is created when missing, a changed key is refused.
     */
    private static final class HostKeyAnswers extends CredentialsProvider {
        private final HostKeyQuestion question;

        HostKeyAnswers(HostKeyQuestion question) {
            this.question = question;
        }

        @Override
        public boolean isInteractive() {
            return true;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            for (CredentialItem i : items) {
                if (!(i instanceof CredentialItem.InformationalMessage) && !(i instanceof CredentialItem.YesNoType)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
            List<String> lines = new ArrayList<>();
            List<CredentialItem.YesNoType> questions = new ArrayList<>();
            for (CredentialItem i : items) {
                if (i instanceof CredentialItem.InformationalMessage m) {
                    lines.add(m.getPromptText());
                } else if (i instanceof CredentialItem.YesNoType y) {
                    questions.add(y);
                } else {
                    throw new UnsupportedCredentialItem(uri, i.getPromptText());
                }
            }
            boolean yes;
            if (uri.getHost() == null) {
                yes = true; // "create the known_hosts file?" after a key was trusted
            } else if (questions.size() != 1 || String.join("\n", lines).contains("HAS CHANGED") || question == null) {
                yes = false;
            } else {
                String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
                yes = question.trust(host, String.join("\n", lines.subList(Math.min(1, lines.size()), lines.size())));
            }
            for (CredentialItem.YesNoType y : questions) {
                y.setValue(yes);
            }
            return yes || !questions.isEmpty();
        }
    }
}

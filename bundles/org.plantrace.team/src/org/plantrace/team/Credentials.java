package org.plantrace.team;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.api.TransportCommand;
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
 * written anywhere by Plantrace.
 */
public final class Credentials {

    /** No credentials: a local folder or file:// repository, or one that needs none. */
    public static final Credentials NONE = new Credentials(null, null, null, null);

    private final String user;
    private final char[] token;
    private final Path sshKey;
    private final char[] passphrase;

    private Credentials(String user, char[] token, Path sshKey, char[] passphrase) {
        this.user = user;
        this.token = token;
        this.sshKey = sshKey;
        this.passphrase = passphrase;
    }

    /** HTTPS: a user name and a personal access token (or password). */
    public static Credentials token(String user, char[] token) {
        return new Credentials(user, token.clone(), null, null);
    }

    /** SSH: a private key file and its passphrase (empty when it has none). */
    public static Credentials sshKey(Path key, char[] passphrase) {
        return new Credentials(null, null, key, passphrase == null ? new char[0] : passphrase.clone());
    }

    public boolean isSsh() {
        return sshKey != null;
    }

    public boolean isToken() {
        return token != null;
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
    void applyTo(TransportCommand<?, ?> command) {
        if (token != null) {
            command.setCredentialsProvider(provider());
        }
        if (sshKey != null) {
            SshdSessionFactory factory = new SshdSessionFactoryBuilder()
                    .setHomeDirectory(new java.io.File(System.getProperty("user.home")))
                    .setSshDirectory(new java.io.File(System.getProperty("user.home"), ".ssh"))
                    .setDefaultIdentities(dir -> List.of(sshKey))
                    .setPreferredAuthentications("publickey")
                    .setKeyPasswordProvider(cp -> new FixedPassphrase(passphrase))
                    .build(null);
            command.setTransportConfigCallback(t -> {
                if (t instanceof SshTransport ssh) {
                    ssh.setSshSessionFactory(factory);
                }
            });
        }
    }

    private CredentialsProvider provider() {
        return new UsernamePasswordCredentialsProvider(user == null ? "" : user, token);
    }

    /** Gives the passphrase once; a wrong one fails instead of asking again. */
    private static final class FixedPassphrase implements KeyPasswordProvider {
        private final char[] passphrase;
        private int attempts = 1;

        FixedPassphrase(char[] passphrase) {
            this.passphrase = passphrase;
        }

        @Override
        public char[] getPassphrase(URIish uri, int attempt) {
            return attempt < attempts ? passphrase.clone() : null;
        }

        @Override
        public void setAttempts(int n) {
            attempts = Math.max(1, n);
        }

        @Override
        public boolean keyLoaded(URIish uri, int attempt, Exception error) {
            return false;
        }
    }
}

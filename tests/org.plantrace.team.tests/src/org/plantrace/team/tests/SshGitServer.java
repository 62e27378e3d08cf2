package org.plantrace.team.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.threads.CloseableExecutorService;
import org.apache.sshd.common.util.threads.ThreadUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.command.AbstractCommandSupport;
import org.apache.sshd.server.shell.UnknownCommand;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A shared plan repository served over SSH on localhost for tests: Apache MINA sshd (the server half of the library
 * JGit's SSH transport uses) answering git-upload-pack and git-receive-pack with JGit for one bare repository, and
 * letting in only the public keys it was given. No shell, no password log-in.
 */
final class SshGitServer implements AutoCloseable {

    static {
        // sshd reports every session at INFO; the tests' output keeps only its warnings
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "warn");
    }

    private final SshServer server = SshServer.setUpDefaultServer();
    private final Repository repository;
    private final KeyPair hostKey;
    private final List<PublicKey> authorized = new CopyOnWriteArrayList<>();
    private final CloseableExecutorService executor = ThreadUtils.newFixedThreadPool("test-git-ssh", 2);

    SshGitServer(Path bareRepository) throws IOException, GeneralSecurityException {
        this.repository = new FileRepositoryBuilder().setGitDir(bareRepository.toFile()).setMustExist(true).build();
        this.hostKey = newKeyPair();
        server.setHost("localhost");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setPublickeyAuthenticator((user, key, session) -> authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        server.setShellFactory(null);
        server.setCommandFactory((channel, command) -> {
            if (command.startsWith("git-upload-pack")) {
                return new GitCommand(command, true);
            }
            if (command.startsWith("git-receive-pack")) {
                return new GitCommand(command, false);
            }
            return new UnknownCommand(command);
        });
    }

    /** Lets in whoever holds the private half of {@code key}. */
    void authorize(PublicKey key) {
        authorized.add(key);
    }

    /** Starts listening; returns the port. */
    int start() throws IOException {
        server.start();
        return server.getPort();
    }

    /** The line a known_hosts file has for this server, as ssh writes it for a port other than 22. */
    String knownHostsLine() throws IOException, GeneralSecurityException {
        return "[localhost]:" + server.getPort() + " " + publicKeyLine(hostKey.getPublic());
    }

    /** The SHA256 fingerprint of the server's host key, as ssh-keygen -l shows it. */
    String fingerprint() {
        return KeyUtils.getFingerPrint(org.apache.sshd.common.digest.BuiltinDigests.sha256, hostKey.getPublic());
    }

    @Override
    public void close() throws IOException {
        if (!server.isOpen()) {
            return;
        }
        server.stop(true);
        executor.shutdownNow();
        repository.close();
    }

    /** A new ECDSA (nistp256) key pair, as {@code ssh-keygen -t ecdsa} makes. */
    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    /**
     * Writes {@code key} as ssh-keygen does: the private key in OpenSSH format to {@code file} (encrypted with AES-256
     * and bcrypt when a passphrase is given) and the public key to {@code file}.pub.
     */
    static void writeKey(KeyPair key, Path file, String passphrase) throws IOException, GeneralSecurityException {
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setPassword(passphrase);
            encryption.setCipherName("AES");
            encryption.setCipherMode("CTR");
            encryption.setCipherType("256");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "analyst@plantrace.test", encryption, out);
        }
        Files.writeString(file.resolveSibling(file.getFileName() + ".pub"), publicKeyLine(key.getPublic()) + "\n",
                StandardCharsets.UTF_8);
    }

    private static String publicKeyLine(PublicKey key) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePublicKey(key, null, b);
        return b.toString(StandardCharsets.UTF_8).strip();
    }

    /** git-upload-pack (fetch, clone) or git-receive-pack (push) on the served repository. */
    private final class GitCommand extends AbstractCommandSupport {
        private final boolean upload;

        GitCommand(String command, boolean upload) {
            super(command, ThreadUtils.noClose(executor));
            this.upload = upload;
        }

        @Override
        public void run() {
            try {
                if (upload) {
                    new UploadPack(repository).upload(getInputStream(), getOutputStream(), getErrorStream());
                } else {
                    new ReceivePack(repository).receive(getInputStream(), getOutputStream(), getErrorStream());
                }
                onExit(0);
            } catch (IOException e) {
                onExit(-1, e.toString());
            }
        }
    }
}

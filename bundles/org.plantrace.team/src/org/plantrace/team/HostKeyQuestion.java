package org.plantrace.team;

/**
 * Asked when an SSH server is reached for the first time (its host key is not yet in known_hosts): whether to trust
 * it. A trusted key is remembered in known_hosts; a host whose key changed since is refused without asking.
 */
@FunctionalInterface
public interface HostKeyQuestion {

    /**
     * @param host         the server, e.g. {@code git.example.org:22}
     * @param fingerprints the server's key type and fingerprints (SHA256 and MD5), one per line, to compare with
     *                     what the server's administrator publishes
     * @return whether to trust the key and remember it
     */
    boolean trust(String host, String fingerprints);
}

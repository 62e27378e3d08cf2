package org.plantrace.team;

import java.time.Instant;

/**
 * A commit that touched a file: who, when and why (the commit message is the change's reason).
 *
 * @param id      the full commit id
 * @param author  the author's name
 * @param email   the author's e-mail
 * @param when    when it was committed (author time)
 * @param message the full message
 */
public record HistoryEntry(String id, String author, String email, Instant when, String message) {

    public String shortId() {
        return id.substring(0, Math.min(8, id.length()));
    }

    /** The first line of the message. */
    public String summary() {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}

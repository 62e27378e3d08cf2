package org.plantrace.team;

/** A team operation that cannot be done, with a message for the user (what to do next where there is one). */
public class TeamException extends Exception {

    private static final long serialVersionUID = 1L;

    public TeamException(String message) {
        super(message);
    }

    public TeamException(String message, Throwable cause) {
        super(message, cause);
    }
}

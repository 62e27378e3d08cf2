package org.plantrace.cli;

/** The command line itself is wrong (unknown option, missing argument): exit code 2 with a usage hint. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}

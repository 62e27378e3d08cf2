package org.plantrace.team;

/** The shared repository did not let the user in with what they gave (key, passphrase, token): ask again. */
public final class CredentialsRefusedException extends TeamException {

    private static final long serialVersionUID = 1L;

    CredentialsRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

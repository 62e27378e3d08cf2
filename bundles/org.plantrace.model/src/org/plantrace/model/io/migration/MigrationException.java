package org.plantrace.model.io.migration;

import java.io.IOException;

/** A file of an older format holds data that has no place in the current format. */
public class MigrationException extends IOException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }
}

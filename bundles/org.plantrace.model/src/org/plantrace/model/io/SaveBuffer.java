package org.plantrace.model.io;

import java.io.ByteArrayOutputStream;

/** The bytes of a save, which {@link PlantraceResource} writes into directly (and cuts back when it falls back to EMF). */
final class SaveBuffer extends ByteArrayOutputStream {

    SaveBuffer(int size) {
        super(size);
    }

    /** Forgets what was written after the first {@code size} bytes. */
    synchronized void truncate(int size) {
        count = Math.min(count, size);
    }
}

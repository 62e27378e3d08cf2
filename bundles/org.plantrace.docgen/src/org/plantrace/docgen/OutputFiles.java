package org.plantrace.docgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.plantrace.model.io.ModelStore;

/** Puts generated files in place: each written to a temporary file beside it, then renamed over it. */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes every output into {@code dir} (created if missing). An existing file is replaced
     * atomically, so a reader sees the old or the new file, never a half-written one.
     *
     * @return the files written, in order
     */
    public static List<Path> write(Path dir, List<Output> outputs) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>(outputs.size());
        for (Output o : outputs) {
            if (o.fileName().contains("/") || o.fileName().contains("\\") || o.fileName().startsWith(".")) {
                throw new IOException("refusing to write outside the output folder: " + o.fileName());
            }
            Path target = dir.resolve(o.fileName());
            ModelStore.writeAtomically(target, o.bytes());
            written.add(target);
        }
        return written;
    }
}

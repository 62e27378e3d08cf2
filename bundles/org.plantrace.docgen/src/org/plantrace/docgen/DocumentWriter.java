package org.plantrace.docgen;

import java.io.IOException;
import java.util.List;

/** Turns an {@link AppendixDocument} into the files of one format; writes nothing to disk itself. */
public interface DocumentWriter {

    Format format();

    /**
     * @param baseName file name without extension for single-file formats, prefix for per-table files
     */
    List<Output> write(AppendixDocument document, String baseName) throws IOException;
}

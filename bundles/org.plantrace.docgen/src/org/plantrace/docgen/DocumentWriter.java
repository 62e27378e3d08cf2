package org.plantrace.docgen;

import java.io.IOException;
import java.util.List;

/**
 * Turns an {@link AppendixDocument} into the files of one format, in memory; a {@link SingleFileWriter} also writes its
 * file into a sink as it is made (a staging folder).
 */
public interface DocumentWriter {

    Format format();

    /**
     * @param baseName file name without extension for single-file formats, prefix for per-table files
     */
    List<Output> write(AppendixDocument document, String baseName) throws IOException;
}

package org.plantrace.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link AppendixDocument} into the files of one format: in memory ({@link #write(AppendixDocument, String)}),
 * or into a sink as they are written ({@link #write(AppendixDocument, String, OutputSink)}, e.g. a staging folder).
 */
public interface DocumentWriter {

    Format format();

    /**
     * @param baseName file name without extension for single-file formats, prefix for per-table files
     */
    List<Output> write(AppendixDocument document, String baseName) throws IOException;

    /**
     * Writes the files into {@code sink} and returns their names, in order. A writer that {@link #streams()} writes
     * each file as it makes it; the others make them in memory first ({@link #write(AppendixDocument, String)}).
     */
    default List<String> write(AppendixDocument document, String baseName, OutputSink sink) throws IOException {
        List<String> names = new ArrayList<>();
        for (Output o : write(document, baseName)) {
            try (OutputStream out = sink.create(o.fileName())) {
                out.write(o.bytes());
            }
            names.add(o.fileName());
        }
        return names;
    }

    /**
     * Whether {@link #write(AppendixDocument, String, OutputSink)} writes the files as they are made (a few large
     * documents) rather than from memory (many small files are better handed to the staging's writers whole).
     */
    default boolean streams() {
        return false;
    }
}

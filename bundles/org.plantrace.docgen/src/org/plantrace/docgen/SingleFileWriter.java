package org.plantrace.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A writer of one file per document ({@code baseName.docx}, {@code .html}, {@code .pdf}, {@code .xlsx}), written as it
 * is made: into its file in a sink ({@link #write(AppendixDocument, String, OutputSink)}), or into memory. Many small
 * files (CSV's, one per table) are better handed whole to the staging's writers.
 */
public abstract class SingleFileWriter implements DocumentWriter {

    /** Writes the document to {@code out} as it is made ({@code out} may be closed by it). */
    protected abstract void write(AppendixDocument document, OutputStream out) throws IOException;

    @Override
    public List<Output> write(AppendixDocument document, String baseName) throws IOException {
        return List.of(new Output(fileName(baseName), bytes(document)));
    }

    /** The document's file, in memory. */
    public byte[] bytes(AppendixDocument document) throws IOException {
        Pieces out = new Pieces();
        write(document, out);
        return out.toByteArray();
    }

    /** Writes the file into {@code sink} as it is made; returns its name. */
    public final List<String> write(AppendixDocument document, String baseName, OutputSink sink) throws IOException {
        String name = fileName(baseName);
        try (OutputStream out = sink.create(name)) {
            write(document, out);
        }
        return List.of(name);
    }

    private String fileName(String baseName) {
        return baseName + "." + format().cliName();
    }
}

package org.plantrace.docgen;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a writer puts its files while it writes them ({@link SingleFileWriter#write(AppendixDocument, String, OutputSink)}):
 * the staging folder of a set of files ({@link OutputFiles.Staging}). A large document goes to its file as it is made
 * instead of being held whole (the 100x model's HTML is 80 MB, its PDF 29 MB).
 */
public interface OutputSink {

    /**
     * A new file of this set, named {@code fileName} (no folder): its bytes go to the stream; closing the stream ends
     * the file. A writer that fails leaves the files it made unnamed: only the names it returns are taken.
     *
     * @throws IOException the name is refused (outside the folder, taken, a folder in the way) or the file cannot be made
     */
    OutputStream create(String fileName) throws IOException;
}

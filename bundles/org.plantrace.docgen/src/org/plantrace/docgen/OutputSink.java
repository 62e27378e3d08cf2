package org.plantrace.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a writer puts its files while it writes them ({@link DocumentWriter#write(AppendixDocument, String, OutputSink)}):
 * the staging folder of a set of files ({@link OutputFiles.Staging}), or memory ({@link #inMemory}). A large document
 * goes to its file as it is made instead of being held whole (the 100x model's HTML is 80 MB, its PDF 29 MB).
 */
public interface OutputSink {

    /**
     * A new file of this set, named {@code fileName} (no folder): its bytes go to the stream; closing the stream ends
     * the file. A writer that fails leaves the files it made unnamed: only the names it returns are taken.
     *
     * @throws IOException the name is refused (outside the folder, taken, a folder in the way) or the file cannot be made
     */
    OutputStream create(String fileName) throws IOException;

    /** What a writer writes into a sink. */
    interface Writing {
        List<String> write(OutputSink sink) throws IOException;
    }

    /** The files {@code writing} makes, held in memory, in the order it names them. */
    static List<Output> inMemory(Writing writing) throws IOException {
        List<String> order = new ArrayList<>();
        List<Pieces> held = new ArrayList<>();
        List<String> names = writing.write(fileName -> {
            Pieces p = new Pieces();
            order.add(fileName);
            held.add(p);
            return p;
        });
        List<Output> out = new ArrayList<>(names.size());
        for (String n : names) {
            int i = order.indexOf(n);
            if (i < 0) {
                throw new IllegalStateException("the writer named a file it did not make: " + n);
            }
            out.add(new Output(n, held.get(i).toByteArray()));
        }
        return out;
    }
}

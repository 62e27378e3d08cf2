package org.plantrace.core.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plantrace.core.text.Json;
import org.plantrace.core.text.JsonReader;
import org.plantrace.model.io.AtomicFile;

/**
 * The conflicts of a merge, kept beside the merged file as {@code <file>.conflicts.json} until they are resolved, so
 * that the workbench can show and resolve them after a command-line or git merge.
 */
public final class ConflictFile {

    public static final String SUFFIX = ".conflicts.json";

    private ConflictFile() {
    }

    /** Where the conflicts of {@code modelFile} are kept. */
    public static Path of(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName() + SUFFIX);
    }

    /** Writes the conflicts of {@code modelFile} (removes the file when there are none). */
    public static void write(Path modelFile, List<MergeConflict> conflicts) throws IOException {
        Path p = of(modelFile);
        if (conflicts.isEmpty()) {
            Files.deleteIfExists(p);
            return;
        }
        AtomicFile.write(p, toJson(modelFile.getFileName().toString(), conflicts).getBytes(StandardCharsets.UTF_8));
    }

    /** The conflicts recorded for {@code modelFile}; empty when there is no conflict file. */
    public static List<MergeConflict> read(Path modelFile) throws IOException {
        Path p = of(modelFile);
        if (!Files.exists(p)) {
            return List.of();
        }
        try {
            return fromJson(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IOException(p + ": not a conflict file (" + e.getMessage() + ")", e);
        }
    }

    /** Removes the conflict file once everything is resolved. */
    public static void clear(Path modelFile) throws IOException {
        Files.deleteIfExists(of(modelFile));
    }

    static String toJson(String file, List<MergeConflict> conflicts) {
        Json j = new Json().beginObject().field("file", file).name("conflicts").beginArray();
        for (MergeConflict c : conflicts) {
            j.beginObject().field("kind", c.kind().name()).field("element", c.elementId()).field("feature", c.feature())
                    .field("description", c.description()).field("base", c.base()).field("ours", c.ours())
                    .field("theirs", c.theirs());
            list(j, "baseValue", c.baseValue());
            list(j, "oursValue", c.oursValue());
            list(j, "theirsValue", c.theirsValue());
            j.endObject();
        }
        return j.endArray().endObject().toString();
    }

    private static void list(Json j, String name, List<String> values) {
        j.name(name);
        if (values == null) {
            j.value((String) null);
            return;
        }
        j.beginArray();
        for (String v : values) {
            j.value(v);
        }
        j.endArray();
    }

    @SuppressWarnings("unchecked")
    static List<MergeConflict> fromJson(String text) {
        Map<String, Object> root = (Map<String, Object>) JsonReader.parse(text);
        List<MergeConflict> out = new ArrayList<>();
        for (Object o : (List<Object>) root.get("conflicts")) {
            Map<String, Object> m = (Map<String, Object>) o;
            out.add(new MergeConflict(MergeConflict.Kind.valueOf((String) m.get("kind")), (String) m.get("element"),
                    (String) m.get("feature"), (String) m.get("description"), (String) m.get("base"),
                    (String) m.get("ours"), (String) m.get("theirs"), strings(m.get("baseValue")),
                    strings(m.get("oursValue")), strings(m.get("theirsValue"))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return o == null ? null : ((List<Object>) o).stream().map(v -> (String) v).toList();
    }
}

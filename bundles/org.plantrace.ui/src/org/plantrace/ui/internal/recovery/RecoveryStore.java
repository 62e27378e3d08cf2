package org.plantrace.ui.internal.recovery;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.plantrace.model.io.AtomicFile;

/**
 * Recovery copies of unsaved editors, kept in a folder of the workspace's metadata (never beside the user's file):
 * for each edited file, {@code <key>.recovered} holds the model as it was in the editor and {@code <key>.properties}
 * says which file it belongs to and when it was written. Both are written atomically, the content first, so a crash
 * while writing leaves the previous copy or the new one.
 */
public final class RecoveryStore {

    /** One recovered file. */
    public record Entry(String key, Path file, String workspacePath, String label, Instant written) {
        /** The file's name as the user knows it: its workspace path when it has one. */
        public String name() {
            return workspacePath != null && !workspacePath.isEmpty() ? workspacePath : file.toString();
        }
    }

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes (or replaces) the recovery copy of {@code file}. */
    public void write(Path file, String workspacePath, String label, byte[] content) throws IOException {
        Files.createDirectories(folder);
        String key = keyOf(file);
        AtomicFile.write(folder.resolve(key + ".recovered"), content);
        Properties p = new Properties();
        p.setProperty("file", file.toAbsolutePath().normalize().toString());
        p.setProperty("workspacePath", workspacePath == null ? "" : workspacePath);
        p.setProperty("label", label == null ? "" : label);
        p.setProperty("written", Instant.now().toString());
        StringWriter w = new StringWriter();
        p.store(w, "Plantrace recovery copy (unsaved changes)");
        AtomicFile.write(folder.resolve(key + ".properties"), w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The recovery copies there are, oldest first; incomplete ones are skipped. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.properties")) {
            for (Path props : ds) {
                Entry e = read(props);
                if (e != null && Files.isRegularFile(folder.resolve(e.key() + ".recovered"))) {
                    out.add(e);
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Entry::written));
        return out;
    }

    private static Entry read(Path props) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
            p.load(r);
            String name = props.getFileName().toString();
            String key = name.substring(0, name.length() - ".properties".length());
            String file = p.getProperty("file");
            if (file == null || file.isEmpty()) {
                return null;
            }
            return new Entry(key, Path.of(file), p.getProperty("workspacePath", ""), p.getProperty("label", ""),
                    Instant.parse(p.getProperty("written", Instant.EPOCH.toString())));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The recovered content of {@code e}. */
    public byte[] content(Entry e) throws IOException {
        return Files.readAllBytes(folder.resolve(e.key() + ".recovered"));
    }

    /** Whether {@code file} has a recovery copy. */
    public boolean has(Path file) {
        return Files.exists(folder.resolve(keyOf(file) + ".properties"));
    }

    /** Removes the recovery copy of {@code file}, if any. */
    public void delete(Path file) {
        delete(keyOf(file));
    }

    public void delete(Entry e) {
        delete(e.key());
    }

    private void delete(String key) {
        try {
            Files.deleteIfExists(folder.resolve(key + ".properties"));
            Files.deleteIfExists(folder.resolve(key + ".recovered"));
        } catch (IOException e) {
            // a copy that cannot be removed is offered again next time; nothing is lost
        }
    }

    /** A file name for the copies of {@code file}: a hash of its absolute path. */
    static String keyOf(Path file) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.plantrace.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Replacing a file so that a crash, a kill or a power cut at any moment leaves either the old or the new content:
 * the bytes go to a temporary file beside the target ({@code .NAME.<random>.tmp}), which is flushed to disk, renamed
 * over the target, and the folder is flushed so the rename itself survives a power cut. A symbolic link is kept:
 * the file it points to is replaced. Where the file system cannot rename atomically the save fails, leaving the old
 * file untouched; it never falls back to overwriting in place. Temporary files a killed save left behind are
 * removed by the next save of the same file (and by a load, once they are a minute old).
 */
public final class AtomicFile {

    /** Age after which a load removes a temporary file; a save of the same file removes them at once. */
    static final Duration STALE_ON_LOAD = Duration.ofMinutes(1);

    private AtomicFile() {
    }

    /** Writes {@code bytes} to {@code target} atomically (see the class comment). */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path abs = realTarget(target.toAbsolutePath());
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        removeStaleTemporaries(abs, Duration.ZERO);
        Path tmp = Files.createTempFile(dir, prefix(abs), ".tmp");
        boolean done = false;
        try {
            keepPermissions(abs, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream os = Channels.newOutputStream(ch)) {
                os.write(bytes);
                os.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot save " + abs + ": its file system cannot replace a file atomically ("
                        + e.getMessage() + "); the file was left unchanged", e);
            }
            done = true;
            syncFolder(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The file a write to {@code target} replaces: {@code target} itself, or, when it is a symbolic link (or a chain
     * of them), the file the link points to, so that the link stays a link.
     */
    static Path realTarget(Path target) throws IOException {
        Path p = target;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new IOException("cannot save " + target + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            p = p.getParent() == null ? link : p.getParent().resolve(link);
        }
        return p.normalize();
    }

    /** Flushes a folder's entries (the rename) to disk; where the OS cannot open a folder (Windows) it is a no-op. */
    static void syncFolder(Path dir) throws IOException {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    private static String prefix(Path file) {
        return "." + file.getFileName() + ".";
    }

    /**
     * Removes the temporary files earlier saves of {@code file} left behind (a save killed before its rename) that
     * are at least {@code minAge} old. Returns how many were removed. Never fails: a file it cannot remove stays.
     */
    public static int removeStaleTemporaries(Path file, Duration minAge) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        String prefix = prefix(abs);
        Instant before = Instant.now().minus(minAge);
        int removed = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4
                    && n.substring(prefix.length(), n.length() - 4).matches("[0-9]+");
        })) {
            for (Path p : ds) {
                try {
                    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                    if (!t.toInstant().isAfter(before) && Files.deleteIfExists(p)) {
                        removed++;
                    }
                } catch (IOException e) {
                    // left for the next time
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    /**
     * A temporary file is created private (rw-------); give it the permissions of the file it replaces, or the usual
     * rw-r--r-- for a new file, so saving never changes who can read a plan.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }
}

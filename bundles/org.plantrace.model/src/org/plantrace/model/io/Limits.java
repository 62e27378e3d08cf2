package org.plantrace.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sizes a model file may have, our own and independent of the JDK's XML defaults: the file, the nesting of its
 * elements, one attribute value and one element's text. Far above any real plan (the 2009-12 sample is 0.2 MB,
 * nested 7 deep, its longest attribute under 1,000 characters), far below what slows loading down.
 *
 * @param maxFileBytes   largest model file
 * @param maxDepth       deepest element nesting
 * @param maxValueChars  longest attribute value or element text
 */
public record Limits(long maxFileBytes, int maxDepth, int maxValueChars) {

    /** 64 MB, 64 levels (below the JDK 25 default of 100, so ours is the one that applies), 100,000 characters. */
    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 64, 100_000);

    void checkFileSize(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return; // reported by the read that follows
        }
        if (size > maxFileBytes) {
            throw new LimitExceededException("the file is " + mb(size) + ", larger than the " + mb(maxFileBytes)
                    + " a model file may have");
        }
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A file beyond one of the limits. */
    public static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        public LimitExceededException(String message) {
            super(message);
        }
    }
}

package org.plantrace.model.io;

import java.nio.file.Path;

/**
 * A model file that cannot be used: missing, unreadable, not XML, not a Plantrace model, truncated.
 * The message names the file and, where the parser knows it, the line and column.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public ModelLoadException(Path file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(Path file, int line, int column, String reason) {
        StringBuilder b = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(reason).toString();
    }

    public Path getFile() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int getLine() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int getColumn() {
        return column;
    }

    /** The reason alone, without file and position. */
    public String getReason() {
        return reason;
    }
}

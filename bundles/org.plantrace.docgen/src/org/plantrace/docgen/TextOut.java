package org.plantrace.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The document's text on its way to its file, in UTF-8: taken from the builder a piece at a time (a few hundred
 * thousand characters), so neither the whole text nor its bytes are ever held at once (the 100x model's HTML is 80 MB).
 * A failed write is thrown unchecked ({@link UncheckedIOException}; the HTML writer throws its cause).
 */
public final class TextOut {

    /** Text is taken over once the builder holds this many chars. */
    private static final int PIECE = 1 << 18;

    private final OutputStream out;

    public TextOut(OutputStream out) {
        this.out = out;
    }

    /** Takes over (and empties) the text {@code b} holds once it holds a piece's worth; a surrogate pair is never cut. */
    public void take(StringBuilder b) {
        if (b.length() >= PIECE) {
            int end = Character.isHighSurrogate(b.charAt(b.length() - 1)) ? b.length() - 1 : b.length();
            put(b.substring(0, end));
            b.delete(0, end);
        }
    }

    /** Takes over all the text {@code b} holds. */
    public void finish(StringBuilder b) {
        put(b.toString());
        b.setLength(0);
    }

    private void put(String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

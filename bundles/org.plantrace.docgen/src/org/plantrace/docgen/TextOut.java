package org.plantrace.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The document's text on its way to its file, in UTF-8: taken from the builder a piece at a time (a few hundred
 * thousand characters), so neither the whole text nor its bytes are ever held at once (the 100x model's HTML is 80 MB).
 * The builder's characters are encoded straight into a buffer of bytes that is reused: no string of the piece and no
 * array of its bytes per piece (a builder that once held a character beyond Latin-1 keeps two bytes a character, and
 * the JDK's encoder of such a string makes an array three times its length and copies it). The bytes are those
 * {@code String.getBytes(UTF_8)} makes of the same characters ({@link Utf8}). A failed write is thrown unchecked
 * ({@link UncheckedIOException}) by {@link #take} and {@link #finish}, and as it is by {@link #write}.
 */
public final class TextOut {

    /** Text is taken over once the builder holds this many chars. */
    private static final int PIECE = 1 << 18;

    /** Characters copied out of the builder at a time. */
    private static final int CHARS = 1 << 13;

    private final OutputStream out;
    private final char[] chars = new char[CHARS];
    private final byte[] bytes = new byte[CHARS * 3];

    public TextOut(OutputStream out) {
        this.out = out;
    }

    /** Takes over (and empties) the text {@code b} holds once it holds a piece's worth; a surrogate pair is never cut. */
    public void take(StringBuilder b) {
        if (b.length() >= PIECE) {
            int end = Character.isHighSurrogate(b.charAt(b.length() - 1)) ? b.length() - 1 : b.length();
            unchecked(b, end);
            b.delete(0, end);
        }
    }

    /** Takes over all the text {@code b} holds. */
    public void finish(StringBuilder b) {
        unchecked(b, b.length());
        b.setLength(0);
    }

    /** Writes all the text {@code b} holds and empties it; a failed write is thrown as it is. */
    public void write(StringBuilder b) throws IOException {
        encode(b, b.length());
        b.setLength(0);
    }

    private void unchecked(StringBuilder b, int end) {
        try {
            encode(b, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the first {@code end} characters of {@code b} in UTF-8. */
    private void encode(StringBuilder b, int end) throws IOException {
        char[] c = chars;
        byte[] o = bytes;
        for (int from = 0; from < end;) {
            int to = Math.min(end, from + CHARS);
            if (to < end && Character.isHighSurrogate(b.charAt(to - 1))) {
                to--; // a pair stays together: its low half may follow
            }
            int n = to - from;
            b.getChars(from, to, c, 0);
            int p = 0;
            for (int i = 0; i < n; i++) {
                char ch = c[i];
                if (ch < 0x80) {
                    o[p++] = (byte) ch;
                } else {
                    int cp = Utf8.codePoint(ch, i + 1 < n ? c[i + 1] : -1);
                    p = Utf8.put(o, p, cp);
                    i += Character.charCount(cp) - 1;
                }
            }
            out.write(o, 0, p);
            from = to;
        }
    }
}

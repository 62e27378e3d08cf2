package org.plantrace.docgen.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.plantrace.docgen.Utf8;
import org.plantrace.docgen.XmlText;

/**
 * XML written as UTF-8 straight into a byte buffer that is handed to a stream when full: markup as it is, text escaped
 * ({@link XmlText#escape}) as it is encoded, numbers as digits. The DOCX body of the 100x model is 127 MB of XML made
 * of some two million short pieces; a {@code Writer} copied each into a char buffer (inflating the JDK's one-byte
 * strings) and encoded that again, and escaping and concatenation made a string per piece.
 *
 * <p>A character beyond ASCII is encoded by {@link Utf8}: the bytes {@code new OutputStreamWriter(out, UTF_8)} writes for
 * it, an unpaired surrogate (which {@link XmlText#clean} removes from text before it comes here) as {@code ?}.
 */
final class XmlBytes {

    /** The most bytes one character takes here: an escaped {@code "} in an attribute ({@code &quot;}). */
    private static final int MOST_PER_CHAR = 6;

    private final OutputStream out;
    private final byte[] buf;
    private int pos;

    XmlBytes(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[size];
    }

    /** {@code s} in UTF-8, for {@link #raw(byte[])}. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Markup already encoded ({@link #utf8}). */
    void raw(byte[] b) throws IOException {
        if (b.length > buf.length - pos) {
            flush(b.length);
            if (b.length > buf.length) {
                out.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** Markup, written as it is. */
    void raw(String s) throws IOException {
        put(s, false, false);
    }

    /** {@code s} as element content ({@code attribute} false) or an attribute value, escaped as {@link XmlText#escape}. */
    void text(String s, boolean attribute) throws IOException {
        put(s, true, attribute);
    }

    /** {@code s} in UTF-8, each character {@link XmlText#reference} names as that reference when {@code escape}. */
    private void put(String s, boolean escape, boolean attribute) throws IOException {
        int n = s.length();
        if (!room(n * (escape ? MOST_PER_CHAR : 3))) {
            for (int i = 0; i < n; i++) {
                String e = escape ? XmlText.reference(s.charAt(i), attribute) : null;
                if (e != null) {
                    raw(e);
                } else {
                    i = encode(s, i);
                }
            }
            return;
        }
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && (c > '>' || !escape)) {
                b[p++] = (byte) c;
                continue;
            }
            String e = escape && c <= '>' ? XmlText.reference(c, attribute) : null;
            if (e != null) {
                for (int j = 0; j < e.length(); j++) {
                    b[p++] = (byte) e.charAt(j);
                }
            } else if (c < 0x80) {
                b[p++] = (byte) c;
            } else {
                pos = p;
                i = encode(s, i);
                p = pos;
            }
        }
        pos = p;
    }

    /** A number's decimal digits. */
    void number(long v) throws IOException {
        if (buf.length - pos < 20) {
            flush(20);
        }
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                raw(Long.toString(v));
                return;
            }
            buf[pos++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long x = v / 10; x > 0; x /= 10) {
            digits++;
        }
        int p = pos + digits;
        pos = p;
        do {
            buf[--p] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
    }

    /**
     * Encodes the character at {@code i} (with the next, a surrogate pair) and returns the index of the last character
     * used.
     */
    private int encode(String s, int i) throws IOException {
        if (buf.length - pos < 4) {
            flush(4);
        }
        int cp = Utf8.codePoint(s.charAt(i), i + 1 < s.length() ? s.charAt(i + 1) : -1);
        pos = Utf8.put(buf, pos, cp);
        return i + Character.charCount(cp) - 1;
    }

    /** Hands the buffer to the stream when fewer than {@code room} bytes are free. */
    /**
     * Makes room for {@code need} more bytes in the buffer (writing out what it holds if they do not fit after it);
     * false when they cannot fit in it at all (the text is then written character by character).
     */
    private boolean room(int need) throws IOException {
        flush(need);
        return need <= buf.length;
    }

    private void flush(int room) throws IOException {
        if (buf.length - pos < room && pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** Hands what is buffered to the stream (which stays open). */
    void flush() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }
}

package org.plantrace.docgen;

/**
 * UTF-8 as the writers that encode text themselves ({@link TextOut}, the DOCX body's {@code XmlBytes}) write it: the
 * bytes {@code String.getBytes(UTF_8)} makes of the same characters, a character outside the Basic Multilingual Plane
 * as four bytes and an unpaired surrogate as {@code ?}.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The character {@code c} as a code point: with {@code next} (the character after it, or -1 when there is none) a
     * surrogate pair as one code point ({@link Character#charCount} tells how many characters it took), an unpaired
     * surrogate as {@code '?'}.
     */
    public static int codePoint(char c, int next) {
        if (!Character.isSurrogate(c)) {
            return c;
        }
        if (Character.isHighSurrogate(c) && next >= 0 && Character.isLowSurrogate((char) next)) {
            return Character.toCodePoint(c, (char) next);
        }
        return '?';
    }

    /** Writes {@code cp} in UTF-8 into {@code b} from {@code p} (which has room for four bytes); returns the end. */
    public static int put(byte[] b, int p, int cp) {
        if (cp < 0x80) {
            b[p++] = (byte) cp;
        } else if (cp < 0x800) {
            b[p++] = (byte) (0xC0 | cp >> 6);
            b[p++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            b[p++] = (byte) (0xE0 | cp >> 12);
            b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[p++] = (byte) (0x80 | cp & 0x3F);
        } else {
            b[p++] = (byte) (0xF0 | cp >> 18);
            b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[p++] = (byte) (0x80 | cp & 0x3F);
        }
        return p;
    }
}

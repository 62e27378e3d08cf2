package org.plantrace.docgen;

/**
 * Text as the XML-based formats (DOCX, XLSX, their document properties) can carry it. A model may hold characters
 * XML 1.0 forbids (an XML 1.1 file can contain control characters), and one of them in a title must not cost a
 * document: they are dropped, as are unpaired surrogates and the non-characters U+FFFE and U+FFFF.
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code s} without the characters XML 1.0 cannot carry; tab, line feed and carriage return are kept. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (printable(s)) {
            return s; // most text: one look at each character
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isLowSurrogate(c)
                        || c == '\t' || c == '\n' || c == '\r';
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** As {@link #clean(String)}, and line breaks become spaces (for one-line fields such as a document title). */
    public static String line(String s) {
        if (s != null && printable(s)) {
            return s; // most text: one look at each character rather than four
        }
        return clean(s).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Whether every character of {@code s} is one {@link #clean} keeps and {@link #line} does not replace: none is a
     * control character (line breaks included), a surrogate or a non-character.
     */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines of {@code s}, split at every line break as {@code s.split("\\R", -1)} splits it (CR LF, LF, CR, vertical
     * tab, form feed, NEL, line and paragraph separators), without a regular expression when {@code s} has none.
     */
    public static String[] lines(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return s.split("\\R", -1);
            }
        }
        return new String[] {s};
    }

    /**
     * {@code s} as XML element content ({@code attribute} false: ampersand, angle brackets and carriage return as
     * references) or as an attribute value (also quotes, tabs and line feeds, which an attribute would otherwise lose);
     * {@code s} itself when nothing needs escaping. Characters XML cannot carry are not removed here: see {@link #clean}.
     */
    public static String escape(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = reference(c, attribute);
            if (e != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (e != null) {
                    b.append(e);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * What {@link #escape} writes for {@code c}: its character reference, or null when {@code c} stands as it is (every
     * character above {@code '>'} does).
     */
    public static String reference(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            case '\r' -> "&#13;";
            default -> null;
        };
    }
}

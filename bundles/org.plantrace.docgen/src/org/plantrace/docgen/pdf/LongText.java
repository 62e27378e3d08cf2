package org.plantrace.docgen.pdf;

import java.util.Locale;

/**
 * Keeps the layout of the PDF bounded whatever the model holds: the page layout measures text word by word and a
 * word longer than a line is laid out again and again, so a 1,000,000-character word or a 200,000-character title
 * would take minutes. Before layout, in the body of the XHTML, every text longer than {@value #MAX_CHARS} characters
 * is cut there with a visible note giving its full length, and a run of more than {@value #MAX_WORD} characters
 * without a space gets a soft hyphen every {@value #MAX_WORD} characters (a line may break there, with a hyphen; the
 * page layout ignores zero-width spaces). Real plans are far below both (the 2009-12 sample's longest text has under 1,000 characters); the
 * HTML and Word appendices keep the whole text.
 */
final class LongText {

    /** The most characters one text of the PDF keeps (a little over two A4 pages of body text). */
    static final int MAX_CHARS = 8_000;

    /** The longest run of characters without a break opportunity (a space, a hyphen or a slash). */
    static final int MAX_WORD = 30;

    private static final char BREAK = '\u00AD';

    private LongText() {
    }

    /** The note that ends a text shortened from {@code chars} characters. */
    static String note(int chars) {
        return String.format(Locale.ROOT, " [... shortened in the PDF: %,d characters in all; the HTML and Word appendices"
                + " have the whole text]", chars);
    }

    /** {@code xhtml} with every text of its body bounded as described above; the same string when nothing is long. */
    static String bound(String xhtml) {
        int body = xhtml.indexOf("<body");
        if (body < 0 || !needsWork(xhtml, body)) {
            return xhtml;
        }
        StringBuilder out = new StringBuilder(xhtml.length() + 1024);
        out.append(xhtml, 0, body);
        int i = body;
        int n = xhtml.length();
        while (i < n) {
            int tagEnd = xhtml.indexOf('>', i);
            if (xhtml.charAt(i) == '<') {
                int end = tagEnd < 0 ? n : tagEnd + 1;
                out.append(xhtml, i, end);
                i = end;
                continue;
            }
            int next = xhtml.indexOf('<', i);
            int end = next < 0 ? n : next;
            text(xhtml, i, end, out);
            i = end;
        }
        return out.toString();
    }

    /** Whether some text of the body is too long, or has a run too long without a break: one quick pass. */
    private static boolean needsWork(String xhtml, int from) {
        int run = 0;
        int text = 0;
        for (int i = from; i < xhtml.length(); i++) {
            char c = xhtml.charAt(i);
            if (c == '<' || c == '>') {
                run = 0;
                text = 0;
            } else if (++text > MAX_CHARS) {
                return true;
            } else if (breaks(c)) {
                run = 0;
            } else if (++run > MAX_WORD) {
                return true;
            }
        }
        return false;
    }

    /** Appends the escaped text {@code s[from, to)}, shortened and broken up as needed. */
    private static void text(String s, int from, int to, StringBuilder out) {
        if (fits(s, from, to)) {
            out.append(s, from, to); // almost every text: nothing to cut or break, copied without counting entities
            return;
        }
        int total = 0;
        for (int i = from; i < to; i++) {
            total += counted(s, i);
        }
        int kept = 0;
        int run = 0;
        boolean inEntity = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!inEntity && kept >= MAX_CHARS && total > MAX_CHARS && !Character.isLowSurrogate(c)) {
                out.append(note(total));
                return;
            }
            if (c == '&') {
                inEntity = true;
            }
            if (breaks(c)) {
                run = 0;
            } else if (!inEntity && !Character.isLowSurrogate(c) && run >= MAX_WORD) {
                out.append(BREAK);
                run = 0;
            }
            out.append(c);
            if (counted(s, i) == 1) {
                kept++;
                if (!breaks(c)) {
                    run++;
                }
            }
            if (c == ';') {
                inEntity = false;
            }
        }
    }

    /**
     * Whether the text is kept as it is: at most {@value #MAX_CHARS} characters and no run of more than
     * {@value #MAX_WORD} without a break, counting every char (an entity or a surrogate pair counts more than once
     * here, so a text that fits here fits as the reader counts too).
     */
    private static boolean fits(String s, int from, int to) {
        if (to - from > MAX_CHARS) {
            return false;
        }
        int run = 0;
        for (int i = from; i < to; i++) {
            if (breaks(s.charAt(i))) {
                run = 0;
            } else if (++run > MAX_WORD) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line may break after {@code c} anyway. */
    private static boolean breaks(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '/' || c == BREAK;
    }

    /** 1 for a character as the reader sees it (an entity counts once, at its '&'), 0 for the rest of an entity. */
    private static int counted(String s, int i) {
        char c = s.charAt(i);
        if (c == '&' || Character.isLowSurrogate(c)) {
            return c == '&' ? 1 : 0;
        }
        // inside an entity: between '&' and ';' (entities are short: look back a few characters)
        for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
            char p = s.charAt(j);
            if (p == ';' || p == '<' || p == '>' || Character.isWhitespace(p)) {
                return 1;
            }
            if (p == '&') {
                return 0;
            }
        }
        return 1;
    }
}

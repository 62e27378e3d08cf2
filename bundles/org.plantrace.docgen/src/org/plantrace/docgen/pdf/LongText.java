package org.plantrace.docgen.pdf;

import java.util.Locale;

/**
 * Keeps the PDF bounded whatever the model holds: every text longer than {@value #MAX_CHARS} characters (a little over
 * two A4 pages of body text) is cut there with a visible note giving its full length; a 1,000,000-character word or a
 * 200,000-character title would otherwise fill hundreds of pages. (Words longer than a line are broken between
 * characters by {@link TextFlow}.) Real plans are far below this (the 2009-12 sample's longest text has under 1,000
 * characters); the HTML and Word appendices keep the whole text.
 */
final class LongText {

    /** The most characters one text of the PDF keeps. */
    static final int MAX_CHARS = 8_000;

    private LongText() {
    }

    /** The note that ends a text shortened from {@code chars} characters. */
    static String note(int chars) {
        return String.format(Locale.ROOT, " [... shortened in the PDF: %,d characters in all; the HTML and Word appendices"
                + " have the whole text]", chars);
    }

    /** {@code s} cut after {@value #MAX_CHARS} characters (code points) with the note; {@code s} itself when shorter. */
    static String cut(String s) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int total = s.codePointCount(0, s.length());
        if (total <= MAX_CHARS) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_CHARS)) + note(total);
    }
}

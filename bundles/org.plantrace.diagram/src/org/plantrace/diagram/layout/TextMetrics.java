package org.plantrace.diagram.layout;

/**
 * Text widths from a fixed table of glyph advances (Arial / Helvetica / Liberation Sans, 1/1000 em), so that layout
 * is the same on every machine, with or without a display or installed fonts, and identical in the workbench, SVG
 * and PNG.
 */
public final class TextMetrics {

    private static final short[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 };

    private static final short[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584 };

    private TextMetrics() {
    }

    /** Width of {@code text} in diagram units. */
    public static double width(String text, Font font) {
        return width(units(text, font), font);
    }

    /**
     * Width of {@code text} in 1/1000 em: the sum of its advances, exact, so that the units of a concatenation are the
     * sum of the units of its parts.
     */
    static long units(CharSequence text, Font font) {
        short[] table = font.bold() ? BOLD : REGULAR;
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += advance(text.charAt(i), table, font.bold());
        }
        return units;
    }

    /** Width in diagram units of text whose advances sum to {@code units} (1/1000 em). */
    static double width(long units, Font font) {
        return units * font.size() / 1000.0;
    }

    /** Advance of one character in 1/1000 em (multiply by {@code font.size() / 1000.0} for diagram units). */
    public static int advance(char c, Font font) {
        return advance(c, font.bold() ? BOLD : REGULAR, font.bold());
    }

    private static int advance(char c, short[] table, boolean bold) {
        if (c >= 32 && c < 127) {
            return table[c - 32];
        }
        return switch (c) {
            case '\u2018', '\u2019' -> bold ? 278 : 222; // quotes
            case '\u201c', '\u201d' -> bold ? 500 : 333;
            case '\u2014', '\u2026' -> 1000; // em dash, ellipsis
            case '\u00b7' -> 278; // middle dot
            case '\u00a0' -> 278;
            default -> 556; // en dash, pound, euro, accented letters: the common width
        };
    }
}

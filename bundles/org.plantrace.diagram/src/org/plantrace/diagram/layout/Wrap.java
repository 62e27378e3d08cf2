package org.plantrace.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap to a width, with at most a given number of lines; the last one ends in an ellipsis if cut. */
final class Wrap {

    static final String ELLIPSIS = "\u2026";

    private Wrap() {
    }

    static List<String> lines(String text, Font font, double width, int maxLines) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Words words = new Words(text.strip());
        long space = TextMetrics.advance(' ', font);
        StringBuilder line = new StringBuilder();
        // the line's width in 1/1000 em: a candidate line is measured as the line plus a space plus the word (integer
        // sums, so exactly what measuring the joined text gives) instead of measuring the joined text anew
        long lineUnits = 0;
        String word = words.next();
        while (word != null) {
            long candidate = (line.isEmpty() ? 0 : lineUnits + space) + TextMetrics.units(word, font);
            if (TextMetrics.width(candidate, font) <= width) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineUnits = candidate;
                word = words.next();
                continue;
            }
            if (line.isEmpty()) {
                // a single word wider than the box: break it
                int cut = fit(word, font, width);
                line.append(word, 0, cut);
                word = word.substring(cut);
            }
            out.add(line.toString());
            line.setLength(0);
            lineUnits = 0;
            if (out.size() == maxLines) {
                String last = out.remove(maxLines - 1);
                out.add(ellipsize(last, font, width));
                return out;
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /**
     * The words of a stripped text one by one, as {@code text.split("\\s+")} gives them (runs of space, tab, line
     * feed, vertical tab, form feed or carriage return separate words), read only as far as the lines need them and
     * without running a regular expression.
     */
    private static final class Words {

        private final String text;
        private int pos;

        Words(String text) {
            this.text = text;
        }

        /** The next word, or null after the last. */
        String next() {
            int n = text.length();
            while (pos < n && isSpace(text.charAt(pos))) {
                pos++;
            }
            if (pos == n) {
                return null;
            }
            int start = pos;
            while (pos < n && !isSpace(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        /** The characters of the regular expression class {@code \s}. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }

    /**
     * {@code text} shortened to fit {@code width} with a trailing ellipsis: the longest prefix that fits with it, found
     * in one pass over the prefix (measuring each shorter candidate anew made a long word quadratic).
     */
    static String ellipsize(String text, Font font, double width) {
        int n = longestPrefix(text, font, width, TextMetrics.advance(ELLIPSIS.charAt(0), font));
        return text.substring(0, n).stripTrailing() + ELLIPSIS;
    }

    /** The length (at least 1) of the longest prefix of {@code word} that fits {@code width}. */
    private static int fit(String word, Font font, double width) {
        return Math.max(1, longestPrefix(word, font, width, 0));
    }

    /**
     * The length of the longest prefix of {@code text} whose width plus {@code extraUnits} (1/1000 em) fits
     * {@code width}; widths are summed as {@link TextMetrics#width} sums them, so the result is the same.
     */
    private static int longestPrefix(String text, Font font, double width, long extraUnits) {
        long units = extraUnits;
        int n = 0;
        while (n < text.length()) {
            long next = units + TextMetrics.advance(text.charAt(n), font);
            if (next * font.size() / 1000.0 > width) {
                break;
            }
            units = next;
            n++;
        }
        return n;
    }
}

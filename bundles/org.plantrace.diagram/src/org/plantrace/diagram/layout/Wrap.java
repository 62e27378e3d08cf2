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
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String word = words[i];
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (TextMetrics.width(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                i++;
                continue;
            }
            if (line.isEmpty()) {
                // a single word wider than the box: break it
                int cut = fit(word, font, width);
                line.append(word, 0, cut);
                words[i] = word.substring(cut);
            }
            out.add(line.toString());
            line.setLength(0);
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

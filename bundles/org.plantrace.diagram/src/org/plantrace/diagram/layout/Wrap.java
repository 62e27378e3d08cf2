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

    /** {@code text} shortened to fit {@code width} with a trailing ellipsis. */
    static String ellipsize(String text, Font font, double width) {
        String t = text;
        while (!t.isEmpty() && TextMetrics.width(t + ELLIPSIS, font) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + ELLIPSIS;
    }

    private static int fit(String word, Font font, double width) {
        int n = word.length();
        while (n > 1 && TextMetrics.width(word.substring(0, n), font) > width) {
            n--;
        }
        return n;
    }
}

package org.plantrace.core.text;

import java.util.function.IntPredicate;

/**
 * White space in texts compared or fingerprinted: every run of spaces, tabs, line breaks, vertical tabs and form feeds
 * (the regular expression {@code \s}) becomes one space and the ends are trimmed ({@link String#trim()}), by a scan
 * rather than {@code replaceAll("\\s+", " ")}: a cold {@code validate} normalises every link's target (its
 * fingerprint) and every published wording, and the regular expression was a tenth of its checking.
 */
public final class Spaces {

    private Spaces() {
    }

    /** {@code s} with each run of white space as one space, trimmed. */
    public static String collapse(String s) {
        return collapseRuns(s, Spaces::isRegexSpace).trim();
    }

    /**
     * {@code s} with each run of characters that are {@code space} as one ' ', not trimmed (the PDF writer's lines
     * use {@link Character#isWhitespace}, the comparisons above the regular expression's {@code \s}).
     */
    public static String collapseRuns(String s, IntPredicate space) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (space.test(c)) {
                if (!inRun) {
                    b.append(' ');
                    inRun = true;
                }
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString();
    }

    private static boolean isRegexSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

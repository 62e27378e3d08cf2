package org.plantrace.core.text;

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
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString().trim();
    }
}

package org.plantrace.core.trace;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses key-activity citations as printed in plans: {@code "KA1 - 3 KA6, KA7, KA10 - 12"},
 * {@code "KA1 – 5, KA9"}, {@code "KA4"}; ranges expand to every number in them.
 */
public final class KeyActivityCitation {

    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d+)\\s*(?:[-\u2013\u2014]|to)\\s*(?:[A-Za-z]+\\s*)?(\\d+)|(\\d+)");
    private static final int MAX_RANGE = 1000;

    private KeyActivityCitation() {
    }

    public static SortedSet<Integer> parse(String citation) {
        SortedSet<Integer> out = new TreeSet<>();
        if (citation == null) {
            return out;
        }
        Matcher m = NUMBER_OR_RANGE.matcher(citation);
        while (m.find()) {
            if (m.group(3) != null) {
                out.add(Integer.valueOf(m.group(3)));
            } else {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                if (to < from || to - from > MAX_RANGE) {
                    out.add(from);
                    out.add(to);
                } else {
                    for (int i = from; i <= to; i++) {
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }
}

package org.plantrace.core.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses key-activity citations as printed in plans: {@code "KA1 - 3 KA6, KA7, KA10 - 12"},
 * {@code "KA1 – 5, KA9"}, {@code "KA4"}; ranges expand to every number in them. A number no plan could have
 * (above {@link #MAX_NUMBER}) is not a key activity: it is kept as rejected text, for validation to report.
 */
public final class KeyActivityCitation {

    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d+)\\s*(?:[-\u2013\u2014]|to)\\s*(?:[A-Za-z]+\\s*)?(\\d+)|(\\d+)");
    private static final int MAX_RANGE = 1000;
    /** The largest key-activity number a citation may name. */
    public static final int MAX_NUMBER = 100_000;

    /**
     * @param numbers  the key-activity numbers cited
     * @param rejected the parts of the citation naming numbers out of range (e.g. {@code "1-99999999999"})
     */
    public record Result(SortedSet<Integer> numbers, List<String> rejected) {
    }

    private KeyActivityCitation() {
    }

    /** The numbers cited; out-of-range parts are left out (see {@link #parseChecked}). */
    public static SortedSet<Integer> parse(String citation) {
        return parseChecked(citation).numbers();
    }

    public static Result parseChecked(String citation) {
        SortedSet<Integer> out = new TreeSet<>();
        List<String> rejected = new ArrayList<>();
        if (citation == null) {
            return new Result(out, rejected);
        }
        Matcher m = NUMBER_OR_RANGE.matcher(citation);
        while (m.find()) {
            if (m.group(3) != null) {
                int n = number(m.group(3));
                if (n < 0) {
                    rejected.add(m.group());
                } else {
                    out.add(n);
                }
            } else {
                int from = number(m.group(1));
                int to = number(m.group(2));
                if (from < 0 || to < 0) {
                    rejected.add(m.group());
                } else if (to < from || to - from > MAX_RANGE) {
                    out.add(from);
                    out.add(to);
                } else {
                    for (int i = from; i <= to; i++) {
                        out.add(i);
                    }
                }
            }
        }
        return new Result(out, rejected);
    }

    /** The number, or -1 when above {@link #MAX_NUMBER} (however many digits it has). */
    private static int number(String digits) {
        String d = digits.replaceFirst("^0+(?=\\d)", "");
        if (d.length() > 9) {
            return -1;
        }
        int n = Integer.parseInt(d);
        return n > MAX_NUMBER ? -1 : n;
    }
}

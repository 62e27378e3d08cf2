package org.plantrace.core.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Financial years as plans print them: "2009/10", "2009-10", "2009/2010" or "2009". */
public final class Years {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:([/-])(\\d{2}|\\d{4}))?");

    private Years() {
    }

    /** The year {@code n} years later in the same notation ("2009/10" + 1 = "2010/11"); unchanged if unknown. */
    public static String shift(String year, int n) {
        if (year == null) {
            return null;
        }
        Matcher m = YEAR.matcher(year.strip());
        if (!m.matches()) {
            return year;
        }
        int first = Integer.parseInt(m.group(1)) + n;
        if (m.group(2) == null) {
            return String.valueOf(first);
        }
        String second = m.group(3);
        int next = Integer.parseInt(second) + n;
        String nextText = second.length() == 2 ? String.format("%02d", Math.floorMod(next, 100)) : String.valueOf(next);
        return first + m.group(2) + nextText;
    }

    /** "2009/10" to "2011/12" for a three-year plan starting 2009/10. */
    public static String end(String start, int years) {
        return shift(start, years - 1);
    }

    /**
     * Every year from {@code start} to {@code end}, both included, in the start's notation ("2009/10" to "2011/12":
     * 2009/10, 2010/11, 2011/12); just the known ends when either is missing, not a year, or the span is backwards
     * or longer than {@value #MAX_SPAN} years.
     */
    public static List<String> between(String start, String end) {
        List<String> out = new ArrayList<>();
        Integer from = first(start);
        Integer to = first(end);
        if (from == null || to == null || to < from || to - from >= MAX_SPAN) {
            if (start != null && !start.isBlank()) {
                out.add(start.strip());
            }
            if (end != null && !end.isBlank() && !end.strip().equals(start == null ? null : start.strip())) {
                out.add(end.strip());
            }
            return out;
        }
        for (int n = 0; n <= to - from; n++) {
            out.add(shift(start.strip(), n));
        }
        return out;
    }

    /** The longest span {@link #between} spells out. */
    public static final int MAX_SPAN = 50;

    private static Integer first(String year) {
        if (year == null) {
            return null;
        }
        Matcher m = YEAR.matcher(year.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}

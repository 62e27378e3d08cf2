package org.plantrace.core.plans;

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
}

package org.plantrace.core.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Reporting periods: ISO dates, financial years (April to March) and the way reports print periods. */
public final class Periods {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final DateTimeFormatter MON_YY = DateTimeFormatter.ofPattern("MMMyy", Locale.UK);

    private Periods() {
    }

    /** The ISO date {@code text} (2008-06-30), or null when empty or not a date. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth()) {
                return LocalDate.of(y, m, d); // the common case, without the formatter's cost
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The financial year (April to March) a day falls in, as plans print it: "2008/09". */
    public static String financialYear(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
    }

    /** Number of whole calendar months from {@code from} to {@code to}, both inclusive (a year = 12). */
    public static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
    }

    /** Whether the period is one calendar month. */
    public static boolean isMonth(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()));
    }

    /**
     * The period as the Commissioner's reports print it: "Year to Jun 08" for twelve months, "Apr08 - Aug08" for a
     * span within a year, "Aug 08" for one month.
     */
    public static String label(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return to == null ? "" : "to " + MONTH_YEAR.format(to);
        }
        long months = months(from, to);
        if (months == 12) {
            return "Year to " + MONTH_YEAR.format(to);
        }
        if (months == 1) {
            return MONTH_YEAR.format(to);
        }
        return MON_YY.format(from) + " - " + MON_YY.format(to);
    }

    /** Today as an ISO date, for the as-of date of a round imported now. */
    public static String today() {
        return LocalDate.now().toString();
    }
}

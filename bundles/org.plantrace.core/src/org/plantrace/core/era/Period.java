package org.plantrace.core.era;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plantrace.model.Plan;

/**
 * A span of days, both ends inclusive; an open end ({@code null}) reaches as far as there is time. Plans are
 * written in financial years ({@code 2009/10} runs from 1 April 2009 to 31 March 2010), framework lifecycles in
 * ISO dates.
 */
public record Period(LocalDate from, LocalDate to) {

    /** A period with no known ends: everything is in force during it. */
    public static final Period ALWAYS = new Period(null, null);

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\s*(\\d{4})\\s*(?:[/-]\\s*(\\d{2}|\\d{4}))?\\s*");

    /** The days a plan runs: from the start of its first financial year to the end of its last. */
    public static Period ofPlan(Plan plan) {
        LocalDate from = financialYearStart(plan.getPeriodStart()).orElse(null);
        LocalDate to = financialYearStart(plan.getPeriodEnd() != null ? plan.getPeriodEnd() : plan.getPeriodStart())
                .map(d -> d.plusYears(1).minusDays(1)).orElse(null);
        return new Period(from, to);
    }

    /** 1 April of the financial year {@code 2009/10}, {@code 2009-10}, {@code 2009/2010} or {@code 2009}. */
    public static Optional<LocalDate> financialYearStart(String year) {
        if (year == null) {
            return Optional.empty();
        }
        Matcher m = FINANCIAL_YEAR.matcher(year);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 4, 1));
    }

    /** An ISO date ({@code 2011-03-31}); empty when blank or not a date. */
    public static Optional<LocalDate> date(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String s = iso.trim();
        if (isPlainIsoDate(s)) {
            // the common form, read directly: the formatter's parse is the costliest part of a cold validation's
            // date checks (the same result: LocalDate.of checks the day as strictly as ISO_LOCAL_DATE does)
            try {
                return Optional.of(LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code yyyy-mm-dd} with ASCII digits. */
    private static boolean isPlainIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** The period between two ISO dates; a blank or unreadable end is open. */
    public static Period between(String fromIso, String toIso) {
        return new Period(date(fromIso).orElse(null), date(toIso).orElse(null));
    }

    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        boolean endsAfterOtherStarts = to == null || other.from == null || !to.isBefore(other.from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** Whether this period ends on a day of {@code other} (and not after it). */
    public boolean endsWithin(Period other) {
        return to != null && (other.from == null || !to.isBefore(other.from)) && (other.to == null || !to.isAfter(other.to));
    }

    /**
     * Whether this period ends before the last day of {@code other} (during it or before it began): something in
     * force through {@code other}'s last day does not end during it.
     */
    public boolean endsBeforeEndOf(Period other) {
        return to != null && (other.to == null || to.isBefore(other.to));
    }

    /** Whether this period ended before {@code other} began. */
    public boolean endsBefore(Period other) {
        return to != null && other.from != null && to.isBefore(other.from);
    }

    public boolean isKnown() {
        return from != null || to != null;
    }

    /** As people write it: {@code 1 April 2009 to 31 March 2012}, {@code from 1 April 2008}. */
    @Override
    public String toString() {
        if (from == null && to == null) {
            return "at any time";
        }
        if (to == null) {
            return "from " + text(from);
        }
        if (from == null) {
            return "until " + text(to);
        }
        return text(from) + " to " + text(to);
    }

    private static String text(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /**
     * The months as {@code Month.getDisplayName(TextStyle.FULL, Locale.UK)} names them; written out because that call
     * loads the JDK's locale data on first use, a tenth of a cold {@code plantrace validate}'s checks.
     */
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
}

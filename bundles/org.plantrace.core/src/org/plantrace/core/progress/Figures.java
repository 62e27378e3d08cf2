package org.plantrace.core.progress;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plantrace.model.Unit;

/** Reading a plain printed figure ("78.9%", "-4%", "3.8% points", "2,250", "£5.4m") as a number. */
public final class Figures {

    private static final Pattern PLAIN = Pattern.compile(
            "([+\\-\u2212\u2013]?)\\s*£?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*"
                    + "(%|%\\s*(?:points?|pts?\\.?)|(?:percentage\\s+)?points?|pts?\\.?|m|k)?");

    private Figures() {
    }

    /**
     * The number a printed figure states when the text is nothing but that figure (with an optional sign, currency,
     * thousands separators and a unit such as %, points or m); empty for anything else ("Base lining", "Circa 2%
     * reduction on 2008/09", "N/A").
     */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        Matcher m = PLAIN.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(2).replace(",", ""));
        return OptionalDouble.of(m.group(1).isEmpty() || m.group(1).equals("+") ? v : -v);
    }

    /**
     * A figure for printing in its unit, as the reports print them: percentages with one decimal place and a % sign
     * (77.0%), percentage points with "pts", other figures without decimals when whole (208, 2,250) and with one
     * otherwise (29.2).
     */
    public static String format(double v, Unit unit) {
        String n;
        if (unit == Unit.PERCENT || unit == Unit.PERCENTAGE_POINTS || Math.abs(v - Math.rint(v)) >= 0.05) {
            n = String.format(Locale.ROOT, "%,.1f", v);
        } else {
            n = String.format(Locale.ROOT, "%,.0f", v);
        }
        return switch (unit == null ? Unit.UNSPECIFIED : unit) {
            case PERCENT -> n + "%";
            case PERCENTAGE_POINTS -> n + " pts";
            case MONEY -> (v < 0 ? "-£" + n.substring(1) : "£" + n);
            default -> n;
        };
    }
}

package org.plantrace.core.progress;

/**
 * Direction of travel of a measure: better, about the same, or worse than an earlier figure, whichever way is
 * better for the measure. Trend is not status: a measure can be red and improving.
 */
public enum Trend {
    POSITIVE("+ve"),
    STABLE("stable"),
    NEGATIVE("-ve"),
    /** No earlier comparable figure. */
    NONE("");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    /** The word printed in reports ("+ve", "stable", "-ve"), as the Authority's reports print it. */
    public String label() {
        return label;
    }

    /** The trend a printed word names ("+ve", "stable", "-ve", also "positive"/"negative"); NONE otherwise. */
    public static Trend ofLabel(String text) {
        if (text == null) {
            return NONE;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "+ve", "positive", "improving", "up" -> POSITIVE;
            case "stable", "steady" -> STABLE;
            case "-ve", "negative", "worsening", "down" -> NEGATIVE;
            default -> NONE;
        };
    }
}

package org.plantrace.docgen.template;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated part asked for by a team's template: a Word content control tagged {@code plantrace:appendix B}, or a
 * paragraph reading {@code {{plantrace appendix B}}} (turned into such a content control when filled, so that
 * regeneration finds it again).
 *
 * <ul>
 * <li>{@code appendix A}..{@code appendix J}, {@code appendix budgets}, {@code appendix diagrams}: a whole appendix
 * with its heading</li>
 * <li>{@code measures N}: the measures of objective N with their targets</li>
 * <li>{@code diagram N}: the alignment diagram of objective N</li>
 * <li>{@code budget N} or {@code budget LABEL}: one budget table (the N-th as the plan lists them, or by its
 * label)</li>
 * <li>{@code progress N}: the progress table of objective N (needs results)</li>
 * </ul>
 *
 * @param kind one of {@link #KINDS}, lower case
 * @param argument what follows the kind, trimmed (e.g. "B", "3", "Territorial Policing")
 */
public record Placeholder(String kind, String argument) {

    /** The prefix of a content control's tag. */
    public static final String TAG_PREFIX = "plantrace:";

    public static final java.util.List<String> KINDS = java.util.List.of("appendix", "measures", "diagram", "budget",
            "progress");

    private static final Pattern TAG = Pattern.compile("(?i)plantrace:\\s*(\\w+)\\s*(.*?)\\s*");
    private static final Pattern TEXT = Pattern.compile("(?i)\\s*\\{\\{\\s*plantrace[:\\s]\\s*(\\w+)\\s*(.*?)\\s*\\}\\}\\s*");

    /** The placeholder a content control's tag names, if it is one of Plantrace's. */
    public static Optional<Placeholder> ofTag(String tag) {
        return match(TAG, tag);
    }

    /** The placeholder a paragraph's whole text names ({@code {{plantrace appendix B}}}), if it is one. */
    public static Optional<Placeholder> ofText(String text) {
        return match(TEXT, text);
    }

    private static Optional<Placeholder> match(Pattern p, String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = p.matcher(s);
        return m.matches() ? Optional.of(new Placeholder(m.group(1).toLowerCase(Locale.ROOT), m.group(2).trim()))
                : Optional.empty();
    }

    /** The content control's tag, e.g. {@code plantrace:appendix B}. */
    public String tag() {
        return TAG_PREFIX + kind + (argument.isEmpty() ? "" : " " + argument);
    }

    /** The content control's title as Word shows it, e.g. "Plantrace: appendix B (generated)". */
    public String title() {
        return "Plantrace: " + kind + (argument.isEmpty() ? "" : " " + argument) + " (generated)";
    }

    @Override
    public String toString() {
        return tag();
    }
}

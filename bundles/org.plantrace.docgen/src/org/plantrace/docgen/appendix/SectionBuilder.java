package org.plantrace.docgen.appendix;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.plantrace.core.trace.Scheme;
import org.plantrace.docgen.Section;
import org.plantrace.model.FrameworkKind;

/** Builds one section of the document from the {@link Context}. */
public interface SectionBuilder {

    /** The section, or null when the model holds no data for it (see {@link #missing}). */
    Section build(Context context);

    /** Why {@link #build} returned null, e.g. "the model holds no Mayor's priorities (mayor) framework". */
    default String missing(Context context) {
        return "the model holds no " + describe(kinds()) + " framework";
    }

    /**
     * Whether the section reads the validation findings ({@link Context#findings()}, {@link Context#flagged}): the
     * others are built first, while validation may still run (the same sections either way).
     */
    default boolean readsFindings() {
        return false;
    }

    /** The framework kinds this section reads. */
    List<FrameworkKind> kinds();

    static String describe(List<FrameworkKind> kinds) {
        return kinds.stream().map(k -> {
            Scheme s = Scheme.of(k);
            return s.title() + " (" + s.cliName() + ")";
        }).collect(Collectors.joining(" or "));
    }

    /** A short note under a section's title saying where its rows come from. */
    static String sourceNote(String what) {
        return "Generated from the model: " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1);
    }
}

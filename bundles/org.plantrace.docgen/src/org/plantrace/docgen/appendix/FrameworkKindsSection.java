package org.plantrace.docgen.appendix;

import java.util.List;

import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;

/**
 * A section made from the frameworks of some kinds: holds its id and kinds, and builds nothing when the model
 * holds no framework of those kinds (the two families of appendices, {@link ObjectiveLinksSection} and
 * {@link FrameworkItemsSection}, differ only in what they build from the frameworks).
 */
abstract class FrameworkKindsSection implements SectionBuilder {

    final String id;
    final List<FrameworkKind> kinds;

    FrameworkKindsSection(String id, FrameworkKind... kinds) {
        this.id = id;
        this.kinds = List.of(kinds);
    }

    @Override
    public final List<FrameworkKind> kinds() {
        return kinds;
    }

    @Override
    public final org.plantrace.docgen.Section build(Context c) {
        List<Framework> frameworks = c.frameworks(kinds);
        return frameworks.isEmpty() ? null : build(c, frameworks);
    }

    /** The section from the model's frameworks of {@link #kinds()} (at least one). */
    abstract org.plantrace.docgen.Section build(Context c, List<Framework> frameworks);
}

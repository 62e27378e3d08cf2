package org.plantrace.diagram;

import java.util.EnumSet;
import java.util.Set;

import org.plantrace.core.trace.Scheme;

/**
 * What a diagram shows: which framework schemes (empty = all) and, for the strategy map, whether measures other than
 * headline measures are included. Immutable.
 */
public record DiagramOptions(Set<Scheme> schemes, boolean allMeasures) {

    /**
     * The schemes drawn unless asked otherwise: every framework but two. Corporate health indicators measure the
     * organisation and are not priorities (validation does not count them as coverage gaps either). Local area
     * agreement items are National Indicators chosen as local targets: drawn, they repeat every NI node one for one
     * (as its equivalent) and add nothing an objective aligns to. The framework filter can show both.
     */
    public static final Set<Scheme> DEFAULT_SCHEMES =
            Set.copyOf(EnumSet.complementOf(EnumSet.of(Scheme.LAA, Scheme.CHI)));

    /** Default schemes, headline measures. */
    public static final DiagramOptions DEFAULT = new DiagramOptions(DEFAULT_SCHEMES, false);

    /** Every scheme, headline measures. */
    public static final DiagramOptions ALL = new DiagramOptions(Set.of(), false);

    public DiagramOptions {
        schemes = schemes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(schemes));
    }

    /** Only these schemes (none = all). */
    public DiagramOptions withSchemes(Set<Scheme> only) {
        return new DiagramOptions(only, allMeasures);
    }

    public DiagramOptions withAllMeasures(boolean all) {
        return new DiagramOptions(schemes, all);
    }

    /** Whether items of this scheme are drawn. */
    public boolean shows(Scheme scheme) {
        return schemes.isEmpty() || schemes.contains(scheme);
    }
}

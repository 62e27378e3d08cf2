package org.plantrace.diagram.layout;

import org.plantrace.core.trace.Scheme;
import org.plantrace.diagram.NodeState;

/** Words of the legend. */
public final class Legend {

    private Legend() {
    }

    /** A short name of a scheme, as printed in plans. */
    public static String schemeName(Scheme s) {
        return switch (s) {
            case PSA -> "PSA";
            case SPP -> "SPP";
            case NI -> "NI";
            case APACS -> "APACS SPI";
            case PS -> "Protective services";
            case MAYOR -> "Mayor's priorities";
            case CONCERN -> "Public concerns";
            case LAA -> "LAA";
            case CHI -> "Health indicators";
            case NPP -> "National policing plan";
            case PLEDGE -> "Policing Pledge";
            case OTHER -> "Other";
        };
    }

    public static String stateName(NodeState s) {
        return switch (s) {
            case UNCOVERED -> "not covered by any objective";
            case UNTRACED -> "objective with no national link";
            case FOCUS -> "subject of the diagram";
        };
    }
}

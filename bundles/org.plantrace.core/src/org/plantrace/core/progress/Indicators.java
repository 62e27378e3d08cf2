package org.plantrace.core.progress;

import org.plantrace.model.Computation;
import org.plantrace.model.Measure;
import org.plantrace.model.PriorityItem;

/** How a measure is printed and what its figures are. */
public final class Indicators {

    private Indicators() {
    }

    /** The national indicator code the measure reports (SPI 1.1), else its code, else "Measure n", else its id. */
    public static String printedId(Measure m) {
        PriorityItem ni = m.getNationalIndicator();
        if (ni != null && !ni.eIsProxy() && ni.getCode() != null && !ni.getCode().isBlank()) {
            return ni.getCode();
        }
        if (m.getCode() != null && !m.getCode().isBlank()) {
            return m.getCode();
        }
        if (m.getNumber() != null && !m.getNumber().isBlank()) {
            return "Measure " + m.getNumber();
        }
        return m.getId();
    }

    /** Whether the measure's figure is itself a change on the previous year (-7.6 %), so it carries its own trend. */
    public static boolean isChange(Measure m) {
        return m.getComputation() == Computation.CHANGE_ON_PREVIOUS_YEAR;
    }
}

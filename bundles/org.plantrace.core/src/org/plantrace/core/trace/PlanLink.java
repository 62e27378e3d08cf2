package org.plantrace.core.trace;

import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;

/**
 * A link from an element of a local plan to an objective of a plan it delivers (its parent plan): the golden
 * thread from the national frameworks through the corporate plan to the local one.
 */
public record PlanLink(CorporateObjective objective, AlignableElement source, Alignment alignment,
        CorporateObjective target) {
}

package org.plantrace.core.trace;

import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;

/**
 * One alignment as traceability data: the plan element it starts from, the objective that element
 * belongs to (null for business-group measures), and the national item or framework it reaches.
 */
public record Link(CorporateObjective objective, AlignableElement source, Alignment alignment,
        AlignmentTarget target, Framework framework) {

    public Scheme scheme() {
        return Scheme.of(framework.getKind());
    }

    /** Whether the link reaches a national framework ({@link org.plantrace.core.era.Lifecycle#isNational}). */
    public boolean isNational() {
        return org.plantrace.core.era.Lifecycle.isNational(framework);
    }

    /** Whether the link starts at the objective itself rather than at one of its activities or measures. */
    public boolean isDirect() {
        return source == objective;
    }
}

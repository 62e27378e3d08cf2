package org.plantrace.core.progress;

import org.plantrace.model.Measure;
import org.plantrace.model.Polarity;
import org.plantrace.model.Target;
import org.plantrace.model.TargetDirection;

/** Which way is better for a measure: its polarity, else what its target's direction implies. */
public final class Direction {

    private Direction() {
    }

    /**
     * The polarity that decides status and trend: the measure's own when set; otherwise an increase or achieve target
     * means higher is better, a decrease target lower is better, a maintain target closer to the target; higher is
     * better when nothing says otherwise.
     */
    public static Polarity of(Measure measure, Target target) {
        if (measure != null && measure.getPolarity() != null && measure.getPolarity() != Polarity.UNSPECIFIED) {
            return measure.getPolarity();
        }
        TargetDirection d = target == null ? null : target.getDirection();
        if (d == null || d == TargetDirection.UNSPECIFIED || d == TargetDirection.TRACK) {
            for (Target t : measure == null ? java.util.List.<Target>of() : measure.getTargets()) {
                if (t.getDirection() != null && t.getDirection() != TargetDirection.UNSPECIFIED
                        && t.getDirection() != TargetDirection.TRACK) {
                    d = t.getDirection();
                    break;
                }
            }
        }
        if (d == null) {
            return Polarity.HIGHER_IS_BETTER;
        }
        return switch (d) {
            case DECREASE -> Polarity.LOWER_IS_BETTER;
            case MAINTAIN -> Polarity.CLOSER_TO_TARGET;
            default -> Polarity.HIGHER_IS_BETTER;
        };
    }
}

package org.plantrace.core.progress;

import org.plantrace.model.Polarity;

/** The two derivations of progress: status (RAG) against a target, and trend against an earlier figure. */
public final class Status {

    /** Comparisons allow for the rounding of printed figures. */
    private static final double EPSILON = 1e-9;

    private Status() {
    }

    /**
     * RAG of {@code value} against {@code target}: green when the target is met; amber when short of it by at most
     * {@code amberAmount}; red beyond. For a closer-to-target measure, green within {@code amberAmount} either side,
     * amber within twice that, red beyond. A null target is {@link Rag#BASELINING}, a null value {@link Rag#NO_RESULT}.
     */
    public static Rag rag(Polarity polarity, Double target, Double value, double amberAmount) {
        if (target == null) {
            return Rag.BASELINING;
        }
        if (value == null) {
            return Rag.NO_RESULT;
        }
        double shortfall = switch (polarity == null ? Polarity.HIGHER_IS_BETTER : polarity) {
            case LOWER_IS_BETTER -> value - target;
            case CLOSER_TO_TARGET -> Math.abs(value - target) - amberAmount;
            default -> target - value;
        };
        if (shortfall <= EPSILON) {
            return Rag.GREEN;
        }
        return shortfall <= amberAmount + EPSILON ? Rag.AMBER : Rag.RED;
    }

    /**
     * Trend from {@code earlier} to {@code later}: stable when they differ by at most {@code stableAmount}, else +ve
     * when the change is the better way for the polarity (for closer-to-target: when {@code later} is nearer the
     * target), -ve otherwise.
     */
    public static Trend trend(Polarity polarity, double earlier, double later, double stableAmount, Double target) {
        double change = later - earlier;
        if (Math.abs(change) <= stableAmount + EPSILON) {
            return Trend.STABLE;
        }
        boolean better = switch (polarity == null ? Polarity.HIGHER_IS_BETTER : polarity) {
            case LOWER_IS_BETTER -> change < 0;
            case CLOSER_TO_TARGET -> target == null ? false : Math.abs(later - target) < Math.abs(earlier - target);
            default -> change > 0;
        };
        if (polarity == Polarity.CLOSER_TO_TARGET && target == null) {
            return Trend.NONE;
        }
        return better ? Trend.POSITIVE : Trend.NEGATIVE;
    }
}

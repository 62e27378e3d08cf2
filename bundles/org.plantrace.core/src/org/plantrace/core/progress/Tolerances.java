package org.plantrace.core.progress;

import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.Tolerance;

/**
 * The tolerances that apply to a measure: its own, else its plan's default, else the built-in ones (amber within
 * 5 % of the target, stable within 1 % of the earlier figure). An empty field of a tolerance takes the built-in
 * value.
 */
public record Tolerances(double amberWithin, boolean amberRelative, double stableWithin, boolean stableRelative) {

    public static final double DEFAULT_AMBER_PERCENT = 5;
    public static final double DEFAULT_STABLE_PERCENT = 1;

    public static final Tolerances BUILT_IN = new Tolerances(DEFAULT_AMBER_PERCENT, true, DEFAULT_STABLE_PERCENT, true);

    /** The tolerances of {@code measure} in {@code plan} (either may be null). */
    public static Tolerances of(Measure measure, Plan plan) {
        Tolerance t = measure == null ? null : measure.getTolerance();
        if (t == null && plan != null) {
            t = plan.getDefaultTolerance();
        }
        return of(t);
    }

    /** The tolerances a model tolerance gives; built-in ones for null. */
    public static Tolerances of(Tolerance t) {
        if (t == null) {
            return BUILT_IN;
        }
        boolean amberGiven = t.getAmberWithin() != null;
        boolean stableGiven = t.getStableWithin() != null;
        return new Tolerances(amberGiven ? t.getAmberWithin() : DEFAULT_AMBER_PERCENT, !amberGiven || t.isRelative(),
                stableGiven ? t.getStableWithin() : DEFAULT_STABLE_PERCENT, !stableGiven || t.isRelative());
    }

    /** How far short of {@code target} a result may be and still be amber, in the measure's unit. */
    public double amberAmount(double target) {
        return amberRelative ? Math.abs(target) * amberWithin / 100 : amberWithin;
    }

    /**
     * How far a figure may move from {@code earlier} and still be stable, in the measure's unit. For a figure that
     * is itself a change on the previous year, the earlier figure is no change (0) and a relative tolerance is read
     * in the figure's own unit (stable within 1 % = a change of at most 1 %).
     */
    public double stableAmount(double earlier, boolean figureIsChange) {
        if (!stableRelative) {
            return stableWithin;
        }
        return figureIsChange ? stableWithin : Math.abs(earlier) * stableWithin / 100;
    }
}

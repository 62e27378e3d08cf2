package org.plantrace.core.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.plantrace.model.Measure;
import org.plantrace.model.Polarity;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.Target;

/** A measure's targets by year and scope, as status reads them. */
public final class Targets {

    private Targets() {
    }

    /** The target of {@code year} for {@code scope}: that scope's own, else the corporate one; null when none. */
    public static Target of(Measure m, String year, Scope scope) {
        Target corporate = null;
        for (Target t : m.getTargets()) {
            if (!Objects.equals(year, t.getYear())) {
                continue;
            }
            Scope s = Scope.of(t);
            if (s.equals(scope)) {
                return t;
            }
            if (s.kind() == ScopeKind.CORPORATE && corporate == null) {
                corporate = t;
            }
        }
        return corporate;
    }

    /**
     * The target as a number in the measure's unit: its figure when given, else its printed value when that is a
     * plain figure ("78.9%"); null when the target states no number (baselining, tracking, "Circa 2% reduction").
     */
    public static Double figure(Target t) {
        if (t == null) {
            return null;
        }
        if (t.getFigure() != null) {
            return t.getFigure();
        }
        OptionalDouble v = Figures.parse(t.getValue());
        return v.isPresent() ? v.getAsDouble() : null;
    }

    /** A target of a scope below corporate that asks less than the corporate target of the same year. */
    public record Weaker(Target scoped, Target corporate, double scopedFigure, double corporateFigure) {
    }

    /**
     * The borough, business-group and local-area-agreement targets of {@code m} that are weaker than its corporate
     * target of the same year: lower where higher is better, higher where lower is better, further from nothing where
     * closer to target is better (that polarity has no weaker direction, so none are reported).
     */
    public static List<Weaker> weakerThanCorporate(Measure m) {
        List<Weaker> out = new ArrayList<>();
        for (Target t : m.getTargets()) {
            if (Scope.of(t).kind() == ScopeKind.CORPORATE) {
                continue;
            }
            Target corporate = of(m, t.getYear(), Scope.CORPORATE);
            Double c = figure(corporate);
            Double s = figure(t);
            if (corporate == null || c == null || s == null || Scope.of(corporate).kind() != ScopeKind.CORPORATE) {
                continue;
            }
            Polarity p = Direction.of(m, corporate);
            boolean weaker = p == Polarity.HIGHER_IS_BETTER ? s < c - 1e-9 : p == Polarity.LOWER_IS_BETTER && s > c + 1e-9;
            if (weaker) {
                out.add(new Weaker(t, corporate, s, c));
            }
        }
        return out;
    }
}

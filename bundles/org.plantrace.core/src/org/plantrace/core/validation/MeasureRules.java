package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.plantrace.core.progress.Direction;
import org.plantrace.core.progress.Figures;
import org.plantrace.core.progress.Scope;
import org.plantrace.core.progress.Targets;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.Polarity;
import org.plantrace.model.Target;

/** The rules on a measure: a scope's target asks no less than the corporate one; targets are set for plan years. */
final class MeasureRules {

    private MeasureRules() {
    }

    static boolean validate(Measure m, DiagnosticChain d) {
        for (Targets.Weaker w : Targets.weakerThanCorporate(m)) {
            report(d, Rule.WEAKER_SCOPE_TARGET, w.scoped(), "(" + Scope.of(w.scoped()) + ", " + w.scoped().getYear()
                    + ": '" + w.scoped().getValue() + "') asks less than the corporate target of the year ('"
                    + w.corporate().getValue() + "'): " + Figures.format(w.scopedFigure(), m.getUnit()) + " against "
                    + Figures.format(w.corporateFigure(), m.getUnit()) + " where "
                    + (Direction.of(m, w.corporate()) == Polarity.LOWER_IS_BETTER ? "lower" : "higher")
                    + " is better");
        }
        Plan plan = PlanRules.planOf(m);
        if (plan == null || plan.getYears().isEmpty()) {
            return true;
        }
        for (Target t : m.getTargets()) {
            if (t.getYear() != null && !plan.getYears().contains(t.getYear())) {
                report(d, Rule.TARGET_YEAR, t, "is set for " + t.getYear() + ", which is not one of the plan's years "
                        + plan.getYears());
            }
        }
        return true;
    }
}

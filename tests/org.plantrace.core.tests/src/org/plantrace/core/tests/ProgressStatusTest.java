package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.plantrace.core.progress.Figures;
import org.plantrace.core.progress.Progress;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.progress.Rag;
import org.plantrace.core.progress.Status;
import org.plantrace.core.progress.Tolerances;
import org.plantrace.core.progress.Trend;
import org.plantrace.model.Computation;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Polarity;
import org.plantrace.model.Result;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.Target;
import org.plantrace.model.Tolerance;
import org.plantrace.model.Unit;

/** RAG and trend of both polarities, baselining, tolerance edges, missing periods and rolling years. */
class ProgressStatusTest {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    // ---- status against target ----

    @Test
    void higherIsBetterMeetingTheTargetIsGreenShortWithinToleranceAmberBeyondRed() {
        assertEquals(Rag.GREEN, Status.rag(Polarity.HIGHER_IS_BETTER, 67.0, 67.0, 2));
        assertEquals(Rag.GREEN, Status.rag(Polarity.HIGHER_IS_BETTER, 67.0, 70.0, 2));
        assertEquals(Rag.AMBER, Status.rag(Polarity.HIGHER_IS_BETTER, 67.0, 66.4, 2));
        assertEquals(Rag.AMBER, Status.rag(Polarity.HIGHER_IS_BETTER, 67.0, 65.0, 2), "exactly at the tolerance: amber");
        assertEquals(Rag.RED, Status.rag(Polarity.HIGHER_IS_BETTER, 67.0, 64.9, 2));
    }

    @Test
    void lowerIsBetterReadsTheOtherWay() {
        // serious acquisitive crime: target a 4% reduction (-4), result -7.6%: better than target
        assertEquals(Rag.GREEN, Status.rag(Polarity.LOWER_IS_BETTER, -4.0, -7.6, 1));
        assertEquals(Rag.AMBER, Status.rag(Polarity.LOWER_IS_BETTER, -6.0, -4.5, 2));
        assertEquals(Rag.RED, Status.rag(Polarity.LOWER_IS_BETTER, -6.0, -3.9, 2));
        assertEquals(Rag.RED, Status.rag(Polarity.LOWER_IS_BETTER, 3.8, 4.2, 0.19));
    }

    @Test
    void closerToTargetIsGreenWithinTheToleranceEitherSideAmberWithinTwice() {
        assertEquals(Rag.GREEN, Status.rag(Polarity.CLOSER_TO_TARGET, 100.0, 104.0, 5));
        assertEquals(Rag.GREEN, Status.rag(Polarity.CLOSER_TO_TARGET, 100.0, 95.0, 5));
        assertEquals(Rag.AMBER, Status.rag(Polarity.CLOSER_TO_TARGET, 100.0, 109.0, 5));
        assertEquals(Rag.RED, Status.rag(Polarity.CLOSER_TO_TARGET, 100.0, 89.0, 5));
    }

    @Test
    void noNumericTargetIsBaseliningAndNoValueIsNoResult() {
        assertEquals(Rag.BASELINING, Status.rag(Polarity.HIGHER_IS_BETTER, null, 31.6, 2));
        assertEquals(Rag.NO_RESULT, Status.rag(Polarity.HIGHER_IS_BETTER, 30.0, null, 2));
    }

    @Test
    void toleranceComesFromTheMeasureElseThePlanElseBuiltIn() {
        assertEquals(3.35, Tolerances.BUILT_IN.amberAmount(67), 1e-9, "5% of 67");
        Tolerance own = F.createTolerance();
        own.setAmberWithin(2.0);
        assertEquals(2.0, Tolerances.of(own).amberAmount(67), 1e-9);
        own.setRelative(true);
        assertEquals(1.34, Tolerances.of(own).amberAmount(67), 1e-9);
        Tolerance onlyStable = F.createTolerance();
        onlyStable.setStableWithin(0.5);
        assertEquals(3.35, Tolerances.of(onlyStable).amberAmount(67), 1e-9, "an empty field takes the built-in value");
        assertEquals(0.5, Tolerances.of(onlyStable).stableAmount(55.2, false), 1e-9);

        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.HIGHER_IS_BETTER, Unit.PERCENT);
        Tolerance planDefault = F.createTolerance();
        planDefault.setAmberWithin(1.0);
        fx.plan.setDefaultTolerance(planDefault);
        assertEquals(1.0, Tolerances.of(m, fx.plan).amberAmount(80), 1e-9);
        m.setTolerance(own);
        assertEquals(1.6, Tolerances.of(m, fx.plan).amberAmount(80), 1e-9);
    }

    // ---- trend ----

    @Test
    void trendRespectsPolarityAndIsNotStatus() {
        assertEquals(Trend.POSITIVE, Status.trend(Polarity.HIGHER_IS_BETTER, 64.0, 66.4, 0.5, 67.0));
        assertEquals(Trend.NEGATIVE, Status.trend(Polarity.LOWER_IS_BETTER, 64.0, 66.4, 0.5, 67.0));
        assertEquals(Trend.POSITIVE, Status.trend(Polarity.LOWER_IS_BETTER, 205, 190, 2.05, null));
        assertEquals(Trend.STABLE, Status.trend(Polarity.HIGHER_IS_BETTER, 77.0, 77.5, 0.77, 78.9));
        assertEquals(Trend.STABLE, Status.trend(Polarity.HIGHER_IS_BETTER, 77.0, 77.77, 0.77, 78.9), "edge: stable");
        assertEquals(Trend.POSITIVE, Status.trend(Polarity.HIGHER_IS_BETTER, 77.0, 77.8, 0.77, 78.9));
        assertEquals(Trend.POSITIVE, Status.trend(Polarity.CLOSER_TO_TARGET, 90, 98, 1, 100.0));
        assertEquals(Trend.NEGATIVE, Status.trend(Polarity.CLOSER_TO_TARGET, 98, 105, 1, 100.0));
    }

    @Test
    void printedFiguresAreReadOnlyWhenTheyAreNothingButAFigure() {
        assertEquals(OptionalDouble.of(78.9), Figures.parse("78.9%"));
        assertEquals(OptionalDouble.of(-4), Figures.parse("- 4%"));
        assertEquals(OptionalDouble.of(-7.6), Figures.parse("\u22127.6%"));
        assertEquals(OptionalDouble.of(3.8), Figures.parse("3.8% points"));
        assertEquals(OptionalDouble.of(2250), Figures.parse("2,250"));
        assertEquals(OptionalDouble.empty(), Figures.parse("Base lining"));
        assertEquals(OptionalDouble.empty(), Figures.parse("Circa 2% reduction on 2008/09 anticipated outcome"));
        assertEquals(OptionalDouble.empty(), Figures.parse("78.9% (2% increase)"));
        assertEquals("77.0%", Figures.format(77, Unit.PERCENT));
        assertEquals("2,250", Figures.format(2250, Unit.COUNT));
        assertEquals("29.2", Figures.format(29.2, Unit.MONTHLY_AVERAGE));
    }

    // ---- rows from results ----

    @Test
    void domesticViolenceArrestsAreAmberAndTrendingPositive() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.UNSPECIFIED, Unit.PERCENT);
        Target t = target(m, "2008/09", "67%");
        t.setDirection(org.plantrace.model.TargetDirection.ACHIEVE);
        Result before = result(m, 64.9, "2006-09-01", "2007-08-31");
        Result now = result(m, 66.4, "2007-09-01", "2008-08-31");
        ProgressRow row = single(fx, List.of(now, before));
        assertEquals("2008/09", row.year());
        assertEquals(Rag.AMBER, row.rag());
        assertEquals(Trend.POSITIVE, row.trend());
        assertEquals("vs same period last year (Year to Aug 07)", row.trendBasis());
        assertEquals("Year to Aug 08", row.period());
        assertEquals(66.4, row.rollingYear());
    }

    @Test
    void aMeasureInItsBaselineYearIsBaseliningWhateverItsResult() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.HIGHER_IS_BETTER, Unit.PERCENT);
        target(m, "2008/09", "Base lining");
        ProgressRow row = single(fx, List.of(result(m, 31.6, "2007-09-01", "2008-08-31")));
        assertEquals(Rag.BASELINING, row.rag());
        assertNull(row.targetFigure());
        assertEquals(Trend.NONE, row.trend());
    }

    @Test
    void aChangeOnThePreviousYearCarriesItsOwnTrend() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.LOWER_IS_BETTER, Unit.PERCENT);
        m.setComputation(Computation.CHANGE_ON_PREVIOUS_YEAR);
        Target t = target(m, "2008/09", "4% reduction");
        t.setFigure(-4.0);
        ProgressRow row = single(fx, List.of(result(m, -7.6, "2007-09-01", "2008-08-31")));
        assertEquals(Rag.GREEN, row.rag());
        assertEquals(Trend.POSITIVE, row.trend());
        assertEquals("change on previous year", row.trendBasis());
        ProgressRow small = single(new Fixture(), List.of());
        assertNull(small);
    }

    @Test
    void theTargetTheResultsPrintIsComparedWithThePlansAndAConflictReported() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.LOWER_IS_BETTER, Unit.PERCENT);
        Target t = target(m, "2008/09", "3.7% reduction on 2007/08");
        t.setFigure(-3.7);
        Result r = result(m, -7.6, "2007-09-01", "2008-08-31");
        r.setReportedTarget("-4%");
        ProgressRow row = single(fx, List.of(r));
        assertEquals(-3.7, row.targetFigure(), "the plan decides status");
        assertTrue(row.conflict().contains("'3.7% reduction on 2007/08' (-3.7%)") && row.conflict().contains("'-4%'"),
                row.conflict());
        r.setReportedTarget("-3.7%");
        assertEquals("", single(fx, List.of(r)).conflict());
    }

    @Test
    void withoutAPlanFigureTheTargetTheResultsPrintIsUsedAndSaidSo() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.HIGHER_IS_BETTER, Unit.MONTHLY_AVERAGE);
        target(m, "2008/09", "Increase on 2007/08 total (of 2,183)");
        Result r = result(m, 143, "2007-09-01", "2008-08-31");
        r.setBreakdown("Cocaine (including Crack)");
        r.setReportedTarget("136");
        ProgressRow row = single(fx, List.of(r));
        assertEquals(136.0, row.targetFigure());
        assertEquals(Rag.GREEN, row.rag());
        assertFalse(row.targetNote().isEmpty());
        assertEquals("", row.conflict());
    }

    @Test
    void monthlyResultsGiveARollingYearOnlyWhenNoMonthIsMissing() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.HIGHER_IS_BETTER, Unit.COUNT);
        target(m, "2009/10", "30");
        List<Result> monthly = new java.util.ArrayList<>();
        YearMonth start = YearMonth.of(2008, 4);
        for (int i = 0; i < 24; i++) {
            YearMonth ym = start.plusMonths(i);
            monthly.add(result(m, 10 + i, ym.atDay(1).toString(), ym.atEndOfMonth().toString()));
        }
        ProgressRow row = single(fx, monthly);
        // months 12..23 hold 22..33: sum 330
        assertEquals(330.0, row.rollingYear());
        assertEquals("Year to Mar 10", row.rollingNote());
        assertEquals(Trend.POSITIVE, row.trend());
        assertEquals("vs same period last year (Mar 09)", row.trendBasis());
        assertEquals(Rag.GREEN, row.rag(), "33 against 30");

        monthly.remove(20); // Dec 09
        monthly.remove(14); // Jun 09
        ProgressRow gaps = single(fx, monthly);
        assertNull(gaps.rollingYear());
        assertEquals("no rolling year: 2 of 12 months missing (Jun 09, Dec 09)", gaps.rollingNote());
    }

    @Test
    void withoutLastYearTheTrendComparesWithThePreviousPeriodOfTheSameLength() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.HIGHER_IS_BETTER, Unit.PERCENT);
        target(m, "2008/09", "78.9%");
        ProgressRow row = single(fx, List.of(result(m, 77.0, "2007-07-01", "2008-06-30"),
                result(m, 77.8, "2008-01-01", "2008-12-31"), result(m, 70.0, "2008-04-01", "2008-08-31")));
        assertEquals("Year to Dec 08", row.period());
        assertEquals(Trend.POSITIVE, row.trend(), "77.0 -> 77.8 is more than 1% of 77.0");
        assertEquals("vs previous period (Year to Jun 08)", row.trendBasis());
        assertEquals(Rag.AMBER, row.rag());
    }

    @Test
    void toleranceEdgesOfLowerIsBetterAndCloserToTarget() {
        // a reduction target of -6 with 0.5 either way: -5.5 is exactly at the tolerance (amber), -5.49 beyond it (red)
        assertEquals(Rag.GREEN, Status.rag(Polarity.LOWER_IS_BETTER, -6.0, -6.0, 0.5), "exactly on target: green");
        assertEquals(Rag.AMBER, Status.rag(Polarity.LOWER_IS_BETTER, -6.0, -5.5, 0.5), "exactly at the tolerance: amber");
        assertEquals(Rag.RED, Status.rag(Polarity.LOWER_IS_BETTER, -6.0, -5.49, 0.5));
        assertEquals(Rag.GREEN, Status.rag(Polarity.CLOSER_TO_TARGET, 100.0, 95.0, 5), "exactly at the band: green");
        assertEquals(Rag.AMBER, Status.rag(Polarity.CLOSER_TO_TARGET, 100.0, 110.0, 5), "exactly twice: amber");
        assertEquals(Rag.RED, Status.rag(Polarity.CLOSER_TO_TARGET, 100.0, 110.01, 5));
        // stable within 1 % of the earlier figure, the better way for lower is better: down
        assertEquals(Trend.STABLE, Status.trend(Polarity.LOWER_IS_BETTER, 200, 202, 2, null), "edge: stable");
        assertEquals(Trend.NEGATIVE, Status.trend(Polarity.LOWER_IS_BETTER, 200, 202.01, 2, null));
        assertEquals(Trend.POSITIVE, Status.trend(Polarity.LOWER_IS_BETTER, 200, 197.99, 2, null));
    }

    @Test
    void aMissingPeriodLeavesNoTrendRatherThanComparingUnlikePeriods() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.LOWER_IS_BETTER, Unit.COUNT);
        target(m, "2008/09", "190");
        // August 2008 against a year to date (five months): no same period last year, no earlier period of one month
        ProgressRow row = single(fx, List.of(result(m, 900, "2008-04-01", "2008-08-31"),
                result(m, 185, "2008-08-01", "2008-08-31")));
        assertEquals(Trend.NONE, row.trend(), row.trendBasis());
        assertEquals(Rag.GREEN, row.rag(), "185 against 190, lower is better");
        // with August 2007 it is trended against the same month last year: 185 after 205 is down, +ve
        row = single(fx, List.of(result(m, 205, "2007-08-01", "2007-08-31"), result(m, 900, "2008-04-01", "2008-08-31"),
                result(m, 185, "2008-08-01", "2008-08-31")));
        assertEquals(Trend.POSITIVE, row.trend());
        assertEquals("vs same period last year (Aug 07)", row.trendBasis());
    }

    @Test
    void eachScopeIsItsOwnRowAndABoroughIsMeasuredAgainstItsOwnTarget() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.HIGHER_IS_BETTER, Unit.PERCENT);
        target(m, "2008/09", "78.9%");
        Target lambeth = target(m, "2008/09", "75%");
        lambeth.setScope(ScopeKind.BOROUGH);
        lambeth.setScopeName("Lambeth");
        Result corporate = result(m, 77.0, "2007-07-01", "2008-06-30");
        Result inLambeth = result(m, 76.0, "2007-07-01", "2008-06-30");
        inLambeth.setScope(ScopeKind.BOROUGH);
        inLambeth.setScopeName("Lambeth");
        Result inBrent = result(m, 70.0, "2007-07-01", "2008-06-30");
        inBrent.setScope(ScopeKind.BOROUGH);
        inBrent.setScopeName("Brent");
        List<ProgressRow> rows = Progress.rows(fx.plan, List.of(inLambeth, inBrent, corporate));
        assertEquals(List.of("corporate", "borough Brent", "borough Lambeth"),
                rows.stream().map(r -> r.scope().toString()).toList());
        assertEquals(List.of(Rag.AMBER, Rag.RED, Rag.GREEN), rows.stream().map(ProgressRow::rag).toList());
        assertEquals("78.9%", rows.get(1).target().getValue(), "Brent has no target of its own: the corporate one");
    }

    // ---- helpers ----

    private static int ids;

    private static Measure measure(Fixture fx, Polarity p, Unit unit) {
        CorporateObjective o = fx.plan.getObjectives().isEmpty() ? fx.objective("obj", 0) : fx.plan.getObjectives().get(0);
        Measure m = F.createMeasure();
        m.setId("m-" + ids++);
        m.setTitle("Measure");
        m.setPolarity(p);
        m.setUnit(unit);
        o.getMeasures().add(m);
        return m;
    }

    private static Target target(Measure m, String year, String value) {
        Target t = F.createTarget();
        t.setId(m.getId() + "-t" + ids++);
        t.setYear(year);
        t.setValue(value);
        m.getTargets().add(t);
        return t;
    }

    private static Result result(Measure m, double value, String from, String to) {
        Result r = F.createResult();
        r.setId("r-" + ids++);
        r.setMeasure(m);
        r.setValue(value);
        r.setPeriodFrom(from);
        r.setPeriodTo(to);
        return r;
    }

    private static ProgressRow single(Fixture fx, List<Result> results) {
        List<ProgressRow> rows = Progress.rows(fx.plan, results);
        return rows.isEmpty() ? null : rows.get(0);
    }
}

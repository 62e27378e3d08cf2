package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.core.era.Period;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.FrameworkStatus;
import org.plantrace.model.Measure;
import org.plantrace.model.MeasureSet;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Succession;
import org.plantrace.model.SuccessionKind;
import org.plantrace.model.Target;

/**
 * The rules of plans across eras (period-aware tracing, ended links, suspect links, local objectives, parent plans)
 * and the rules that had no test of their own: each test fails when its rule is removed.
 */
class EraRulesTest {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    private static List<Finding> of(List<Finding> all, String rule) {
        return all.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Fixture plan2009() {
        Fixture fx = new Fixture();
        fx.plan.setPeriodStart("2009/10");
        fx.plan.setPeriodEnd("2011/12");
        return fx;
    }

    @Test
    void aPlanPeriodRunsFromTheFirstAprilToTheLastMarch() {
        Fixture fx = plan2009();
        Period p = Period.ofPlan(fx.plan);
        assertEquals("1 April 2009 to 31 March 2012", p.toString());
        assertTrue(Period.between("2008-04-01", "2011-03-31").overlaps(p));
        assertFalse(Period.between("2003-04-01", "2006-03-31").overlaps(p));
        assertTrue(Period.between("2008-04-01", "2011-03-31").endsWithin(p));
    }

    @Test
    void aFrameworkNotInForceDuringThePlanDoesNotCountAndThePlanIsToldOnce() {
        Fixture fx = new Fixture();
        fx.plan.setPeriodStart("2011/12");
        fx.plan.setPeriodEnd("2013/14");
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        psa.setInForceFrom("2008-04-01");
        psa.setInForceTo("2011-03-31");
        psa.setStatus(FrameworkStatus.SUPERSEDED);
        for (int i = 0; i < 5; i++) {
            fx.objective("obj-" + i, 0);
        }
        List<Finding> all = Validation.validate(fx.plan);
        assertEquals(0, of(all, "untraced-objective").size(), "no objective flagged: nothing national is in force");
        List<Finding> told = of(all, "no-national-framework-in-force");
        assertEquals(1, told.size());
        assertEquals(Severity.INFO, told.get(0).severity());
        assertTrue(told.get(0).message().contains("1 April 2011 to 31 March 2014"), told.get(0).message());
    }

    @Test
    void anObjectiveTracesOnlyToNationalItemsInForceDuringThePlan() {
        Fixture fx = plan2009();
        Framework npp = fx.framework("npp", FrameworkKind.NPP, "1");
        npp.setInForceFrom("2003-04-01");
        npp.setInForceTo("2006-03-31");
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        psa.setInForceFrom("2008-04-01");
        CorporateObjective old = fx.objective("obj-old", 0);
        fx.link(old, npp.getItems().get(0));
        CorporateObjective current = fx.objective("obj-current", 0);
        fx.link(current, psa.getItems().get(0));
        List<Finding> untraced = of(Validation.validate(fx.plan), "untraced-objective");
        assertEquals(List.of("obj-old"), untraced.stream().map(Finding::elementId).toList());
    }

    @Test
    void anObjectiveWithALocalRationaleIsInformationNotAnError() {
        Fixture fx = plan2009();
        fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj-local", 0);
        o.setLocalRationale("Internal efficiency programme; no national priority applies.");
        List<Finding> all = Validation.validate(fx.plan);
        assertTrue(of(all, "untraced-objective").isEmpty());
        List<Finding> local = of(all, "local-objective");
        assertEquals(1, local.size());
        assertEquals(Severity.INFO, local.get(0).severity());
        assertTrue(local.get(0).message().contains("Internal efficiency programme"));
    }

    @Test
    void aLinkToAnItemThatEndsDuringThePlanNamesItsSuccessor() {
        Fixture fx = plan2009();
        Framework nis = fx.framework("nis", FrameworkKind.NI, "NI 21");
        Framework kpis = fx.framework("kpis", FrameworkKind.OTHER, "KPI 6");
        PriorityItem ni21 = nis.getItems().get(0);
        ni21.setInForceTo("2010-06-30");
        Succession s = F.createSuccession();
        s.setKind(SuccessionKind.CHANGED_BASIS);
        s.getSuccessors().add(kpis.getItems().get(0));
        ni21.getSuccessions().add(s);
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, ni21);
        List<Finding> ended = of(Validation.validate(fx.plan), "ended-link");
        assertEquals(1, ended.size(), ended.toString());
        assertEquals(Severity.WARNING, ended.get(0).severity());
        assertTrue(ended.get(0).message().contains("measured on a changed basis as KPI 6"), ended.get(0).message());
    }

    @Test
    void linksIntoAFrameworkThatEndsAreToldOnceAsAWarningAndEachAsInformationWithItsSuccessor() {
        Fixture fx = plan2009();
        Framework nis = fx.framework("nis", FrameworkKind.NI, "NI 15", "NI 16");
        nis.setInForceTo("2011-03-31");
        Framework kpis = fx.framework("kpis", FrameworkKind.OTHER, "KPI 2");
        for (PriorityItem ni : nis.getItems()) {
            Succession s = F.createSuccession();
            s.setKind(SuccessionKind.MERGED);
            s.getSuccessors().add(kpis.getItems().get(0));
            ni.getSuccessions().add(s);
        }
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, nis.getItems().get(0));
        fx.link(o, nis.getItems().get(1));
        List<Finding> all = Validation.validate(fx.plan);
        assertEquals(List.of("plan"), of(all, "ended-link").stream().map(Finding::elementId).toList());
        List<Finding> each = of(all, "succeeded-item");
        assertEquals(2, each.size());
        assertEquals(Severity.INFO, each.get(0).severity());
        assertTrue(each.get(0).message().contains("merged into KPI 2"), each.get(0).message());
    }

    @Test
    void aFrameworkEndingDuringThePlanIsToldOnceWithItsLinkCount() {
        Fixture fx = plan2009();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 23", "PSA 24");
        psa.setInForceFrom("2008-04-01");
        psa.setInForceTo("2011-03-31");
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, psa.getItems().get(0));
        fx.link(o, psa.getItems().get(1));
        List<Finding> ended = of(Validation.validate(fx.plan), "ended-link");
        assertEquals(1, ended.size(), ended.toString());
        assertEquals("plan", ended.get(0).elementId());
        assertTrue(ended.get(0).message().contains("2 link(s)"), ended.get(0).message());
    }

    @Test
    void aFrameworkInForceThroughThePlansLastDayDoesNotEndDuringIt() {
        Fixture fx = plan2009(); // 1 April 2009 to 31 March 2012
        Framework kpis = fx.framework("kpis", FrameworkKind.NI, "KPI 1");
        kpis.setInForceFrom("2011-04-01");
        kpis.setInForceTo("2012-03-31");
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, kpis.getItems().get(0));
        assertEquals(List.of(), of(Validation.validate(fx.plan), "ended-link"), "it lasts as long as the plan");
        kpis.setInForceTo("2012-03-30");
        assertEquals(1, of(Validation.validate(fx.plan), "ended-link").size(), "one day short of the plan's end");
    }

    @Test
    void aLinkThatCanFollowItsSuccessorSaysSo() {
        Fixture fx = plan2009();
        Framework nis = fx.framework("nis", FrameworkKind.NI, "NI 15", "NI 18");
        nis.setInForceTo("2011-03-31");
        Framework kpis = fx.framework("kpis", FrameworkKind.OTHER, "KPI 2");
        Succession merged = F.createSuccession();
        merged.setKind(SuccessionKind.MERGED);
        merged.getSuccessors().add(kpis.getItems().get(0));
        nis.getItems().get(0).getSuccessions().add(merged);
        Succession withdrawn = F.createSuccession();
        withdrawn.setKind(SuccessionKind.WITHDRAWN);
        nis.getItems().get(1).getSuccessions().add(withdrawn);
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, nis.getItems().get(0));
        fx.link(o, nis.getItems().get(1));
        List<Finding> each = of(Validation.validate(fx.plan), "succeeded-item");
        assertEquals(2, each.size());
        assertTrue(each.get(0).message().contains("can follow it without a decision"), each.get(0).message());
        assertFalse(each.get(1).message().contains("without a decision"), each.get(1).message());
    }

    @Test
    void aLinkBecomesSuspectWhenItsTargetsWordingChangesAndClearsWhenReviewed() {
        Fixture fx = plan2009();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj", 0);
        Alignment a = fx.link(o, psa.getItems().get(0));
        a.setReviewedAgainst(SuspectLinks.fingerprint(a.getTarget()));
        assertTrue(of(Validation.validate(fx.plan), "suspect-link").isEmpty());

        psa.getItems().get(0).setTitle("Deliver a more effective, transparent and responsive criminal justice system");
        List<Finding> suspect = of(Validation.validate(fx.plan), "suspect-link");
        assertEquals(List.of(a.getId()), suspect.stream().map(Finding::elementId).toList());
        assertEquals(List.of(a), SuspectLinks.suspects(fx.plan));

        a.setReviewedAgainst(SuspectLinks.reviewedValue(a));
        assertTrue(of(Validation.validate(fx.plan), "suspect-link").isEmpty());
    }

    @Test
    void aLinkToAnObjectiveOfAnUnlistedPlanIsReported() {
        Fixture corporate = plan2009();
        corporate.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective target = corporate.objective("corp-obj", 0);
        corporate.link(target, corporate.plan.getFrameworks().get(0).getItems().get(0));

        Fixture local = new Fixture();
        local.plan.setPeriodStart("2009/10");
        local.rs.getResources().add(corporate.plan.eResource());
        CorporateObjective borough = local.objective("borough-obj", 0);
        local.link(borough, target);
        assertEquals(1, of(Validation.validate(local.plan), "unlisted-parent-plan").size());

        local.plan.getParentPlans().add(corporate.plan);
        List<Finding> all = Validation.validate(local.plan);
        assertTrue(of(all, "unlisted-parent-plan").isEmpty());
        assertTrue(of(all, "untraced-objective").isEmpty(), "traces through the corporate objective");
        assertTrue(org.plantrace.core.trace.TraceIndex.of(local.plan).tracesToNationalPriority(borough));
    }

    @Test
    void aMeasureOfAPlanLevelSetCountsForTheObjectivesItContributesTo() {
        Fixture fx = plan2009();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj", 0);
        MeasureSet kpis = F.createMeasureSet();
        kpis.setId("kpis");
        kpis.setTitle("Key performance indicators");
        Measure m = F.createMeasure();
        m.setId("kpi-1");
        m.setTitle("Violent crime");
        m.getContributesTo().add(o);
        kpis.getMeasures().add(m);
        fx.plan.getMeasureSets().add(kpis);
        assertEquals(1, of(Validation.validate(fx.plan), "untraced-objective").size());
        fx.link(m, psa.getItems().get(0));
        assertTrue(of(Validation.validate(fx.plan), "untraced-objective").isEmpty());
    }

    @Test
    void aWholeFrameworkLinkCoversTheFrameworkNotEachItem() {
        Fixture fx = plan2009();
        Framework npp = fx.framework("npp", FrameworkKind.NPP, "1", "2", "3", "4");
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, npp);
        Coverage c = Coverage.of(fx.plan);
        assertEquals(4, c.uncovered(npp).size());
        assertEquals(List.of(npp), List.copyOf(c.linkedAsWhole()));
        assertTrue(of(Validation.validate(fx.plan), "untraced-objective").isEmpty(), "the framework itself is national");
    }

    // ---- rules that had no test of their own ----

    @Test
    void anAlignmentWithoutATargetIsAnError() {
        Fixture fx = plan2009();
        CorporateObjective o = fx.objective("obj", 0);
        Alignment a = F.createAlignment();
        a.setId("al-empty");
        o.getAlignments().add(a);
        List<Finding> f = of(Validation.validate(fx.plan), "missing-target");
        assertEquals(List.of("al-empty"), f.stream().map(Finding::elementId).toList());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void aLinkToAGroupHeadingIsAWarning() {
        Fixture fx = plan2009();
        Framework mayor = fx.framework("mayor", FrameworkKind.MAYOR, "Theme 1");
        mayor.getItems().get(0).setGroup(true);
        Fixture.child(mayor.getItems().get(0), "P1");
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, mayor.getItems().get(0));
        assertEquals(1, of(Validation.validate(fx.plan), "group-target").size());
    }

    @Test
    void theSameLinkTwiceIsReportedOncePerRepeat() {
        Fixture fx = plan2009();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, psa.getItems().get(0));
        fx.link(o, psa.getItems().get(0));
        assertEquals(1, of(Validation.validate(fx.plan), "duplicate-alignment").size());
    }

    @Test
    void aLinkToAFrameworkThePlanDoesNotListIsAWarning() {
        Fixture fx = plan2009();
        fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        Framework spp = fx.framework("spp", FrameworkKind.SPP, "SPP 1");
        fx.plan.getFrameworks().remove(spp);
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, spp.getItems().get(0));
        List<Finding> f = of(Validation.validate(fx.plan), "unlisted-framework");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("spp"), f.get(0).message());
    }

    @Test
    void aPlanListingNoFrameworksIsTold() {
        Fixture fx = plan2009();
        fx.objective("obj", 0);
        assertEquals(1, of(Validation.validate(fx.plan), "no-frameworks").size());
    }

    @Test
    void anObjectiveWithoutTitleOrNameIsAnError() {
        Fixture fx = plan2009();
        fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj", 0);
        o.setTitle(null);
        fx.link(o, fx.plan.getFrameworks().get(0).getItems().get(0));
        List<Finding> f = of(Validation.validate(fx.plan), "missing-title");
        assertEquals(List.of("obj"), f.stream().map(Finding::elementId).toList());
    }

    @Test
    void aTargetForAYearOutsideThePlanIsAWarning() {
        Fixture fx = plan2009();
        fx.plan.getYears().add("2009/10");
        CorporateObjective o = fx.objective("obj", 0);
        Measure m = F.createMeasure();
        m.setId("m1");
        m.setTitle("Measure");
        Target t = F.createTarget();
        t.setId("m1-t");
        t.setYear("2015/16");
        m.getTargets().add(t);
        o.getMeasures().add(m);
        List<Finding> f = of(Validation.validate(fx.plan), "target-year");
        assertEquals(List.of("m1-t"), f.stream().map(Finding::elementId).toList());
    }

    @Test
    void twoMeasuresWithTheSamePrintedNumberAreReported() {
        Fixture fx = plan2009();
        CorporateObjective o = fx.objective("obj", 0);
        for (String id : List.of("m1", "m2")) {
            Measure m = F.createMeasure();
            m.setId(id);
            m.setTitle("Measure " + id);
            m.setNumber("13");
            o.getMeasures().add(m);
        }
        List<Finding> f = of(Validation.validate(fx.plan), "duplicate-measure-number");
        assertEquals(List.of("m2"), f.stream().map(Finding::elementId).toList());
    }

    @Test
    void anElementWithoutIdIsAnError() {
        Fixture fx = plan2009();
        CorporateObjective o = fx.objective("obj", 0);
        o.setId(null);
        List<Finding> f = of(Validation.validate(fx.plan), "missing-id");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("has no id"), f.get(0).message());
    }

    @Test
    void everyRuleIsExercisedBySomeTestOfThisBundle() throws Exception {
        // Guards the list above: a new rule needs a test here or in ValidationRulesTest.
        java.nio.file.Path dir = Fixture.examples().resolveSibling("tests/org.plantrace.core.tests/src/org/plantrace/core/tests");
        String tests = java.nio.file.Files.readString(dir.resolve("EraRulesTest.java"))
                + java.nio.file.Files.readString(dir.resolve("ValidationRulesTest.java"))
                + java.nio.file.Files.readString(dir.resolve("ScopeTargetRuleTest.java"));
        for (org.plantrace.core.validation.Rule r : org.plantrace.core.validation.Rule.values()) {
            if (r == org.plantrace.core.validation.Rule.MODEL_CONSTRAINT) {
                continue; // EMF's own structural checks
            }
            assertTrue(tests.contains("\"" + r.id() + "\"") || tests.contains(r.id() + "\""), "no test names rule " + r.id());
        }
    }
}

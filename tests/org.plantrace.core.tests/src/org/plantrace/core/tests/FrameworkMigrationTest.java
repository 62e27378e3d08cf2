package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.core.era.FrameworkMigration;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Succession;
import org.plantrace.model.SuccessionKind;

/** Carrying a plan onto the framework that replaces its old one, along typed item successions. */
class FrameworkMigrationTest {

    private static void succeed(PriorityItem item, SuccessionKind kind, PriorityItem... successors) {
        Succession s = PlantraceFactory.eINSTANCE.createSuccession();
        s.setKind(kind);
        s.getSuccessors().addAll(List.of(successors));
        item.getSuccessions().add(s);
    }

    @Test
    void linksFollowSameBroadenedAndMergedSuccessionsAndTheRestWaitForADecision() {
        Fixture fx = new Fixture();
        fx.plan.setPeriodStart("2011/12");
        Framework old = fx.framework("old", FrameworkKind.NI, "NI 15", "NI 16", "NI 21", "NI 30", "NI 47", "NI 99");
        Framework kpis = fx.framework("kpis", FrameworkKind.OTHER, "KPI 1", "KPI 2", "KPI 3", "KPI 4");
        kpis.setNational(true);
        fx.plan.getFrameworks().remove(kpis);
        succeed(Fixture.find(old, "NI 15"), SuccessionKind.SAME, Fixture.find(kpis, "KPI 1"));
        succeed(Fixture.find(old, "NI 16"), SuccessionKind.BROADENED, Fixture.find(kpis, "KPI 2"));
        succeed(Fixture.find(old, "NI 21"), SuccessionKind.SPLIT, Fixture.find(kpis, "KPI 3"), Fixture.find(kpis, "KPI 4"));
        succeed(Fixture.find(old, "NI 30"), SuccessionKind.WITHDRAWN);
        // NI 47: no succession recorded. NI 99: merged.
        succeed(Fixture.find(old, "NI 99"), SuccessionKind.MERGED, Fixture.find(kpis, "KPI 2"));
        CorporateObjective o1 = fx.objective("o1", 0);
        CorporateObjective o2 = fx.objective("o2", 0);
        Alignment same = fx.link(o1, Fixture.find(old, "NI 15"));
        Alignment broadened = fx.link(o1, Fixture.find(old, "NI 16"));
        Alignment split = fx.link(o2, Fixture.find(old, "NI 21"));
        Alignment withdrawn = fx.link(o2, Fixture.find(old, "NI 30"));
        Alignment none = fx.link(o2, Fixture.find(old, "NI 47"));
        Alignment merged = fx.link(o2, Fixture.find(old, "NI 99"));

        FrameworkMigration.Result r = FrameworkMigration.plan(fx.plan, old, kpis);
        assertEquals(List.of(same, broadened, merged), r.moves().stream().map(FrameworkMigration.Move::alignment).toList());
        assertEquals(List.of(split, withdrawn, none), r.decisions().stream().map(FrameworkMigration.Decision::alignment)
                .toList());
        assertEquals(List.of("KPI 3", "KPI 4"), r.decisions().get(0).candidates().stream().map(PriorityItem::getCode)
                .toList());
        assertTrue(r.decisions().get(1).reason().contains("withdrawn"));
        assertTrue(r.decisions().get(2).reason().contains("no succession"));
        // Working it out changes nothing.
        assertSame(Fixture.find(old, "NI 15"), same.getTarget());
        assertEquals(List.of(old), fx.plan.getFrameworks());
        // Before: the six old NIs, all linked. After: the KPIs are listed too (KPI 3 and 4 uncovered) and the old
        // framework stays listed while the three undecided links use it, so NI 15, 16 and 99 are now gaps: 5.
        assertEquals(0, r.gapsBefore());
        assertEquals(5, r.gapsAfter());
        String report = r.report();
        assertTrue(report.contains("MOVED: 3 link(s)") && report.contains("NEEDS A DECISION: 3 link(s)"), report);
        assertTrue(report.contains("NI 16 -> KPI 2 (broadened into)"), report);

        FrameworkMigration.apply(r);
        assertSame(Fixture.find(kpis, "KPI 1"), same.getTarget());
        assertSame(Fixture.find(kpis, "KPI 2"), broadened.getTarget());
        assertSame(Fixture.find(kpis, "KPI 2"), merged.getTarget());
        assertSame(Fixture.find(old, "NI 21"), split.getTarget(), "a split waits for a decision");
        assertEquals(List.of(old, kpis), fx.plan.getFrameworks(), "the old framework stays listed while linked");
        assertFalse(SuspectLinks.isSuspect(same));
        assertEquals(SuspectLinks.fingerprint(same.getTarget()), same.getReviewedAgainst());
    }

    @Test
    void whenEveryLinkMovesTheOldFrameworkIsNoLongerListed() {
        Fixture fx = new Fixture();
        Framework old = fx.framework("mayor", FrameworkKind.MAYOR, "P1");
        Framework strategies = fx.framework("strategies", FrameworkKind.MAYOR, "S1");
        fx.plan.getFrameworks().remove(strategies);
        succeed(Fixture.find(old, "P1"), SuccessionKind.SAME, Fixture.find(strategies, "S1"));
        CorporateObjective o = fx.objective("o", 0);
        fx.link(o, Fixture.find(old, "P1"));
        Alignment whole = fx.link(o, old);
        FrameworkMigration.Result r = FrameworkMigration.plan(fx.plan, old, strategies);
        assertEquals(2, r.moves().size());
        assertTrue(r.decisions().isEmpty());
        FrameworkMigration.apply(r);
        assertEquals(List.of(strategies), fx.plan.getFrameworks());
        assertSame(strategies, whole.getTarget());
    }

    @Test
    void theAnalystsDecisionsFollowAChosenItemRemoveOrKeepALinkAndTheCoverageAfterCountsThem() {
        Fixture fx = new Fixture();
        fx.plan.setPeriodStart("2011/12");
        Framework old = fx.framework("old", FrameworkKind.NI, "NI 17", "NI 18", "NI 30");
        old.setNational(true);
        Framework kpis = fx.framework("kpis", FrameworkKind.OTHER, "KPI 3", "KPI 4");
        kpis.setNational(true);
        fx.plan.getFrameworks().remove(kpis);
        succeed(Fixture.find(old, "NI 17"), SuccessionKind.SPLIT, Fixture.find(kpis, "KPI 3"), Fixture.find(kpis, "KPI 4"));
        succeed(Fixture.find(old, "NI 18"), SuccessionKind.WITHDRAWN);
        succeed(Fixture.find(old, "NI 30"), SuccessionKind.WITHDRAWN);
        CorporateObjective o = fx.objective("o", 0);
        Alignment split = fx.link(o, Fixture.find(old, "NI 17"));
        Alignment removed = fx.link(o, Fixture.find(old, "NI 18"));
        Alignment kept = fx.link(o, Fixture.find(old, "NI 30"));
        java.util.Map<String, FrameworkMigration.Choice> choices = new java.util.LinkedHashMap<>();
        choices.put(split.getId(), new FrameworkMigration.Choice.Follow("KPI 4"));
        choices.put(removed.getId(), new FrameworkMigration.Choice.Remove());
        choices.put(kept.getId(), new FrameworkMigration.Choice.Keep());

        FrameworkMigration.Result r = FrameworkMigration.plan(fx.plan, old, kpis, choices);
        assertTrue(r.decisions().isEmpty(), "every link is decided: " + r.decisions());
        assertEquals(3, r.decided().size());
        assertTrue(r.unknownChoices().isEmpty());
        assertEquals(3, o.getAlignments().size(), "working out the result leaves the model as it was");
        assertSame(Fixture.find(old, "NI 17"), split.getTarget());
        // KPI 3 stays uncovered after, KPI 4 is covered by the followed link; the kept NI 30 still counts
        assertEquals(0, r.gapsBefore(), r.report());
        assertEquals(3, r.gapsAfter(), "KPI 3 is not followed, NI 17 and NI 18 lose their links, NI 30 keeps its"
                + " link and KPI 4 gains one: " + r.report());
        FrameworkMigration.apply(r);
        assertSame(Fixture.find(kpis, "KPI 4"), split.getTarget());
        assertEquals(SuspectLinks.fingerprint(Fixture.find(kpis, "KPI 4")), split.getReviewedAgainst());
        assertEquals(List.of(split, kept), List.copyOf(o.getAlignments()), "the removed link is gone");
        assertTrue(fx.plan.getFrameworks().contains(old), "the kept link still needs the old framework listed");
        assertTrue(fx.plan.getFrameworks().contains(kpis));
        assertTrue(r.report().contains("DECIDED: 3 link(s)"), r.report());
        assertTrue(r.report().contains("follows KPI 4"), r.report());
    }

    @Test
    void aDecisionForNoSuchLinkOrItemIsReportedNotIgnored() {
        Fixture fx = new Fixture();
        Framework old = fx.framework("old", FrameworkKind.NI, "NI 17");
        Framework kpis = fx.framework("kpis", FrameworkKind.OTHER, "KPI 3");
        succeed(Fixture.find(old, "NI 17"), SuccessionKind.SPLIT, Fixture.find(kpis, "KPI 3"));
        CorporateObjective o = fx.objective("o", 0);
        Alignment split = fx.link(o, Fixture.find(old, "NI 17"));
        FrameworkMigration.Result r = FrameworkMigration.plan(fx.plan, old, kpis, java.util.Map.of(
                split.getId(), new FrameworkMigration.Choice.Follow("KPI 9"),
                "no-such-link", new FrameworkMigration.Choice.Remove()));
        assertEquals(2, r.unknownChoices().size(), r.unknownChoices().toString());
        assertEquals(List.of(split), r.decisions().stream().map(FrameworkMigration.Decision::alignment).toList(),
                "a follow to an item that does not exist leaves the link undecided");
    }
}

package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Measure;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Polarity;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.Target;
import org.plantrace.model.TargetDirection;

/** A borough (or business group, or LAA) target that asks less than the corporate one is reported. */
class ScopeTargetRuleTest {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    private static Target target(Measure m, String id, String value, ScopeKind scope, String name) {
        Target t = F.createTarget();
        t.setId(id);
        t.setYear("2009/10");
        t.setValue(value);
        t.setScope(scope);
        t.setScopeName(name);
        m.getTargets().add(t);
        return t;
    }

    private static List<Finding> weaker(Fixture fx) {
        return Validation.validate(fx.plan).stream().filter(f -> f.rule().equals("weaker-scope-target")).toList();
    }

    private static Measure measure(Fixture fx, Polarity p) {
        fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj", 0);
        Measure m = F.createMeasure();
        m.setId("m-sat");
        m.setTitle("Victim satisfaction");
        m.setPolarity(p);
        o.getMeasures().add(m);
        return m;
    }

    @Test
    void aBoroughTargetBelowTheCorporateOneWhereHigherIsBetterIsAWarning() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.HIGHER_IS_BETTER);
        target(m, "m-sat-t", "80%", ScopeKind.CORPORATE, null);
        target(m, "m-sat-lambeth", "78%", ScopeKind.BOROUGH, "Lambeth");
        target(m, "m-sat-camden", "82%", ScopeKind.BOROUGH, "Camden");
        target(m, "m-sat-hackney", "80%", ScopeKind.BOROUGH, "Hackney");
        List<Finding> f = weaker(fx);
        assertEquals(List.of("m-sat-lambeth"), f.stream().map(Finding::elementId).toList());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("borough Lambeth, 2009/10: '78%'")
                && f.get(0).message().contains("corporate target of the year ('80%')")
                && f.get(0).message().contains("higher is better"), f.get(0).message());
    }

    @Test
    void whereLowerIsBetterAHigherLaaTargetIsWeakerAndADeeperCutIsNot() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.UNSPECIFIED);
        Target corporate = target(m, "m-t", "-4%", ScopeKind.CORPORATE, null);
        corporate.setDirection(TargetDirection.DECREASE);
        target(m, "m-laa", "-2%", ScopeKind.LOCAL_AREA_AGREEMENT, "Croydon LAA");
        target(m, "m-bg", "-6%", ScopeKind.BUSINESS_GROUP, "TP");
        assertEquals(List.of("m-laa"), weaker(fx).stream().map(Finding::elementId).toList());
    }

    @Test
    void targetsWithoutAFigureOrOfAnotherYearAreNotCompared() {
        Fixture fx = new Fixture();
        Measure m = measure(fx, Polarity.HIGHER_IS_BETTER);
        target(m, "m-t", "Tracking measure", ScopeKind.CORPORATE, null);
        target(m, "m-b", "70%", ScopeKind.BOROUGH, "Brent");
        Target other = target(m, "m-c", "60%", ScopeKind.BOROUGH, "Ealing");
        other.setYear("2010/11");
        assertTrue(weaker(fx).isEmpty());
    }
}

package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Rule;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.SeverityPolicy;

class SeverityPolicyTest {

    private static Finding finding(Severity s, String rule) {
        return new Finding(s, rule, null, "x", "Plan / Objective 1", "plan.plan", rule + " message");
    }

    @Test
    void aTeamCanMakeWordingDriftInformationAndIgnoreAnotherRule() {
        SeverityPolicy p = SeverityPolicy.parse(Map.of("title-drift", "Info", "target-year", "ignore"));
        List<Finding> out = p.apply(List.of(finding(Severity.WARNING, "title-drift"),
                finding(Severity.WARNING, "target-year"), finding(Severity.ERROR, "untraced-objective")));
        assertEquals(2, out.size());
        assertEquals(Severity.INFO, out.get(0).severity());
        assertEquals("title-drift message", out.get(0).message());
        assertEquals(Severity.ERROR, out.get(1).severity(), "rules left alone keep their severity");
        assertEquals("info", p.settingOf(Rule.TITLE_DRIFT));
        assertEquals("ignore", p.settingOf(Rule.TARGET_YEAR));
        assertEquals("error", p.settingOf(Rule.UNTRACED_OBJECTIVE));
    }

    @Test
    void theDefaultsAreTheRulesOwnSeverities() {
        SeverityPolicy d = SeverityPolicy.defaults();
        assertEquals(Severity.WARNING, d.severityOf(Rule.TITLE_DRIFT).orElseThrow());
        assertEquals(Severity.ERROR, d.severityOf(Rule.UNTRACED_OBJECTIVE).orElseThrow());
        assertEquals(Severity.INFO, d.severityOf(Rule.UNCOVERED_PRIORITY).orElseThrow());
        assertTrue(d.with(Rule.TITLE_DRIFT, null).severityOf(Rule.TITLE_DRIFT).isEmpty());
    }

    @Test
    void unknownRulesAndValuesAreNamedInTheError() {
        var e = assertThrows(IllegalArgumentException.class, () -> SeverityPolicy.parse(Map.of("no-such", "info")));
        assertTrue(e.getMessage().contains("no-such"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SeverityPolicy.parse(Map.of("title-drift", "loud")));
        assertTrue(e.getMessage().contains("loud") && e.getMessage().contains("title-drift"), e.getMessage());
    }
}

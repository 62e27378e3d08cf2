package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Wording;

class ValidationRulesTest {

    private static List<Finding> of(List<Finding> all, String rule) {
        return all.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void objectiveWithoutAnyNationalLinkIsAnError() {
        Fixture fx = new Fixture();
        fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj-new", 0);
        List<Finding> untraced = of(Validation.validate(fx.plan), "untraced-objective");
        assertEquals(1, untraced.size());
        Finding f = untraced.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("obj-new", f.elementId());
        assertEquals("Plan / Objective 1", f.path());
        assertTrue(f.message().contains("no national priority"), f.message());
        assertTrue(f.toLine().startsWith("ERROR   Plan / Objective 1 [obj-new]: "), f.toLine());
        assertSame(o, f.element());
    }

    private static void assertSame(Object a, Object b) {
        org.junit.jupiter.api.Assertions.assertSame(a, b);
    }

    @Test
    void linksToLocalFrameworksAloneDoNotCountAsNational() {
        Fixture fx = new Fixture();
        fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        Framework ps = fx.framework("ps", FrameworkKind.PS, "Counter Terrorism");
        ps.setNational(false);
        CorporateObjective o = fx.objective("obj", 2);
        fx.link(o, ps.getItems().get(0));
        assertEquals(1, of(Validation.validate(fx.plan), "untraced-objective").size());
    }

    @Test
    void theNationalFlagDecidesWhatCountsNotTheKind() {
        Fixture fx = new Fixture();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        psa.setNational(false);
        Framework other = fx.framework("strategy", FrameworkKind.OTHER, "Strategy 1");
        CorporateObjective viaPsa = fx.objective("obj-psa", 1);
        fx.link(viaPsa, psa.getItems().get(0));
        CorporateObjective viaOther = fx.objective("obj-other", 1);
        fx.link(viaOther, other.getItems().get(0));
        List<Finding> untraced = of(Validation.validate(fx.plan), "untraced-objective");
        assertEquals(List.of("obj-psa"), untraced.stream().map(Finding::elementId).toList());
    }

    @Test
    void objectiveLinkedToPsaButNoNationalIndicatorIsAWarning() {
        Fixture fx = new Fixture();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        fx.framework("nis", FrameworkKind.NI, "NI 16");
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, psa.getItems().get(0));
        List<Finding> all = Validation.validate(fx.plan);
        assertTrue(of(all, "untraced-objective").isEmpty());
        List<Finding> ni = of(all, "no-national-indicator");
        assertEquals(1, ni.size());
        assertEquals(Severity.WARNING, ni.get(0).severity());
    }

    @Test
    void aKeyActivityOrMeasureLinkCountsForItsObjective() {
        Fixture fx = new Fixture();
        Framework nis = fx.framework("nis", FrameworkKind.NI, "NI 16");
        CorporateObjective o = fx.objective("obj", 2);
        fx.link(o.getKeyActivities().get(1), nis.getItems().get(0));
        List<Finding> all = Validation.validate(fx.plan);
        assertTrue(of(all, "untraced-objective").isEmpty(), all.toString());
        assertTrue(of(all, "no-national-indicator").isEmpty(), all.toString());
    }

    @Test
    void anApacsIndicatorEquivalentToAnNiCountsAsNationalIndicator() {
        Fixture fx = new Fixture();
        Framework nis = fx.framework("nis", FrameworkKind.NI, "NI 16");
        Framework apacs = fx.framework("apacs", FrameworkKind.APACS, "SPI 5.2", "SPI 1.1");
        nis.getItems().get(0).getCorrespondsTo().add(apacs.getItems().get(0));
        CorporateObjective a = fx.objective("a", 0);
        CorporateObjective b = fx.objective("b", 0);
        fx.link(a, apacs.getItems().get(0));
        fx.link(b, apacs.getItems().get(1));
        List<Finding> ni = of(Validation.validate(fx.plan), "no-national-indicator");
        assertEquals(List.of("b"), ni.stream().map(Finding::elementId).toList());
    }

    @Test
    void citingKeyActivitiesTheObjectiveDoesNotHaveIsAnError() {
        Fixture fx = new Fixture();
        Framework ps = fx.framework("ps", FrameworkKind.PS);
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 22");
        CorporateObjective o = fx.objective("events", 7);
        fx.link(o, psa.getItems().get(0));
        Alignment all = fx.link(o, ps);
        all.setPublishedKeyActivities("KA1 - 9");
        all.getKeyActivities().addAll(o.getKeyActivities());
        List<Finding> missing = of(Validation.validate(fx.plan), "missing-key-activity");
        assertEquals(1, missing.size());
        String m = missing.get(0).message();
        assertTrue(m.contains("KA8, KA9") && m.contains("has 7 key activities"), m);
        assertEquals(Severity.ERROR, missing.get(0).severity());
    }

    @Test
    void aPublishedCitationThatNoLongerMatchesTheLinkedActivitiesIsReported() {
        Fixture fx = new Fixture();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj", 3);
        Alignment a = fx.link(o, psa.getItems().get(0));
        a.setPublishedKeyActivities("KA3");
        a.getKeyActivities().add(o.getKeyActivities().get(2));
        assertTrue(of(Validation.validate(fx.plan), "citation-mismatch").isEmpty());
        o.getKeyActivities().move(0, 2); // the linked activity is now KA1, the printed text still says KA3
        List<Finding> mismatch = of(Validation.validate(fx.plan), "citation-mismatch");
        assertEquals(1, mismatch.size());
        assertTrue(mismatch.get(0).message().contains("links KA1"), mismatch.get(0).message());
    }

    @Test
    void linkingAnotherObjectivesKeyActivityIsAnError() {
        Fixture fx = new Fixture();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective a = fx.objective("a", 1);
        CorporateObjective b = fx.objective("b", 1);
        Alignment al = fx.link(a, psa.getItems().get(0));
        al.getKeyActivities().add(b.getKeyActivities().get(0));
        assertEquals(1, of(Validation.validate(fx.plan), "foreign-key-activity").size());
    }

    @Test
    void duplicateIdsAreErrorsNamingBothElements() {
        Fixture fx = new Fixture();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective a = fx.objective("same", 0);
        CorporateObjective b = fx.objective("other", 0);
        fx.link(a, psa.getItems().get(0));
        fx.link(b, psa.getItems().get(0));
        b.setId("same");
        List<Finding> dup = of(Validation.validate(fx.plan), "duplicate-id");
        assertEquals(1, dup.size());
        assertTrue(dup.get(0).message().contains("'same' is also used by Objective 1"), dup.get(0).message());
    }

    @Test
    void aFrameworkValidatedOnItsOwnReportsItsDuplicateIdsWithThePathOfTheItem() {
        Fixture fx = new Fixture();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 23", "PSA 24");
        psa.getItems().get(1).setId(psa.getItems().get(0).getId());
        List<Finding> dup = of(Validation.validate(psa), "duplicate-id");
        assertEquals(1, dup.size(), Validation.validate(psa).toString());
        assertTrue(dup.get(0).path().contains("PSA 24"), dup.get(0).path());
        assertTrue(of(Validation.validate(psa), "uncovered-priority").isEmpty(),
                "coverage is a plan's question: a framework on its own has no uncovered priorities");
    }

    @Test
    void aRecordedDifferentWordingOfATitleIsReported() {
        Fixture fx = new Fixture();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24");
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, psa.getItems().get(0));
        o.setTitle("Make our services more accessible");
        Wording same = PlantraceFactory.eINSTANCE.createWording();
        same.setSource("Appendix C");
        same.setText("Make  our services more accessible ");
        Wording other = PlantraceFactory.eINSTANCE.createWording();
        other.setSource("Appendix B");
        other.setText("Make our service more accessible");
        o.getWordings().add(same);
        o.getWordings().add(other);
        List<Finding> drift = of(Validation.validate(fx.plan), "title-drift");
        assertEquals(1, drift.size());
        assertTrue(drift.get(0).message().contains("Appendix B"), drift.get(0).message());

        other.setReviewed(true);
        assertTrue(of(Validation.validate(fx.plan), "title-drift").isEmpty(),
                "a wording an analyst has reviewed and accepted is no longer reported");
        assertTrue(Validation.validate(fx.plan).stream().noneMatch(f -> f.message().contains("Appendix B")));
    }

    @Test
    void nationalPrioritiesCoveredByNoObjectiveAreReported() {
        Fixture fx = new Fixture();
        Framework psa = fx.framework("psa", FrameworkKind.PSA, "PSA 24", "PSA 27");
        PriorityItem pa1 = Fixture.child(psa.getItems().get(0), "PA1");
        Fixture.child(psa.getItems().get(0), "PA2");
        CorporateObjective o = fx.objective("obj", 0);
        fx.link(o, pa1);
        List<String> uncovered = of(Validation.validate(fx.plan), "uncovered-priority").stream()
                .map(Finding::elementId).toList();
        assertEquals(List.of("psa-24-pa2", "psa-27"), uncovered);
    }

    @Test
    void unresolvedCrossFileReferenceNamesFileAndId() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("pt");
        java.nio.file.Path fw = dir.resolve("nis.framework");
        java.nio.file.Files.writeString(fw, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:plantrace="http://plantrace.org/model/1.0" id="nis" kind="ni">
                  <items id="ni-16" code="NI 16" name="Serious acquisitive crime"/>
                </plantrace:Framework>
                """);
        java.nio.file.Path plan = dir.resolve("p.plan");
        java.nio.file.Files.writeString(plan, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:plantrace="http://plantrace.org/model/1.0" id="p" title="P" frameworks="nis.framework#nis">
                  <objectives id="o1" title="One">
                    <alignments id="a1" target="plantrace:PriorityItem nis.framework#ni-16"/>
                    <alignments id="a2" target="plantrace:PriorityItem nis.framework#ni-99"/>
                    <alignments id="a3" target="plantrace:PriorityItem missing.framework#spp-1"/>
                  </objectives>
                </plantrace:Plan>
                """);
        List<Finding> unresolved = of(Validation.validate(org.plantrace.model.io.ModelStore.loadPlan(plan)),
                "unresolved-reference");
        assertEquals(List.of("a2", "a3"), unresolved.stream().map(Finding::elementId).toList());
        assertTrue(unresolved.get(0).message().contains("'ni-99' in nis.framework")
                && unresolved.get(0).message().contains("no element with id 'ni-99'"), unresolved.get(0).message());
        assertTrue(unresolved.get(1).message().contains("missing.framework")
                && unresolved.get(1).message().contains("cannot be found"), unresolved.get(1).message());
        assertFalse(unresolved.stream().anyMatch(f -> f.severity() != Severity.ERROR));
    }
}

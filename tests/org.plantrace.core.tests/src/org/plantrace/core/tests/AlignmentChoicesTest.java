package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.AlignmentChoices;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;

class AlignmentChoicesTest {

    private static List<String> codes(AlignmentChoices.Group g) {
        return g.items().stream().map(Labels::printedId).toList();
    }

    @Test
    void itemsAreGroupedByFrameworkInNaturalOrderAndLocalCopiesOfIndicatorsAreHidden() {
        Fixture fx = new Fixture();
        Framework ni = fx.framework("nis", FrameworkKind.NI, "NI 111", "NI 16", "NI 15");
        Framework laa = fx.framework("laa", FrameworkKind.LAA, "NI 15", "LAA local 1");
        laa.getItems().get(0).getCorrespondsTo().add(Fixture.find(ni, "NI 15"));

        List<AlignmentChoices.Group> hidden = AlignmentChoices.of(TraceIndex.of(fx.plan), false);
        assertEquals(2, hidden.size());
        assertEquals(ni, hidden.get(0).framework());
        assertEquals(List.of("NI 15", "NI 16", "NI 111"), codes(hidden.get(0)));
        assertEquals(List.of("LAA local 1"), codes(hidden.get(1)), "the LAA copy of NI 15 is hidden");

        List<AlignmentChoices.Group> all = AlignmentChoices.of(TraceIndex.of(fx.plan), true);
        assertEquals(List.of("LAA local 1", "NI 15"), codes(all.get(1)), "shown when asked for");
    }

    @Test
    void theSamplesLocalAreaAgreementRepeatsIndicatorsThatAreHiddenByDefault() throws Exception {
        Plan plan = ModelStore.loadPlan(Fixture.examples().resolve("policing-london-2009-12/plan.plan"));
        TraceIndex ix = TraceIndex.of(plan);
        var laa = AlignmentChoices.of(ix, true).stream().filter(g -> g.framework().getKind() == FrameworkKind.LAA)
                .findFirst().orElseThrow();
        assertTrue(laa.items().stream().anyMatch(AlignmentChoices::isLocalCopyOfNationalIndicator));
        var laaHidden = AlignmentChoices.of(ix, false).stream()
                .filter(g -> g.framework().getKind() == FrameworkKind.LAA).findFirst().orElseThrow();
        assertFalse(laaHidden.items().stream().anyMatch(AlignmentChoices::isLocalCopyOfNationalIndicator));
        var nis = AlignmentChoices.of(ix, false).stream().filter(g -> g.framework().getKind() == FrameworkKind.NI)
                .findFirst().orElseThrow();
        List<String> c = codes(nis);
        assertTrue(c.indexOf("NI 15") < c.indexOf("NI 111") || !c.contains("NI 111"), c.toString());
    }
}

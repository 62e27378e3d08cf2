package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.Scheme;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.io.ModelStore;

/**
 * The 2009-12 sample against the published appendices of the Policing London Business Plan 2009-12.
 * The expectations below are read off the seed document's appendix tables (codes only), independently
 * of the sample file, so a transcription slip in either shows up here.
 */
class SampleTraceabilityTest {

    private static final List<String> OBJECTIVES = List.of("obj-access", "obj-neighbourhoods", "obj-violence",
            "obj-networks", "obj-terrorism", "obj-events", "obj-resources");

    private static Plan plan;
    private static TraceIndex index;

    @BeforeAll
    static void load() throws Exception {
        plan = ModelStore.loadPlan(Fixture.examples().resolve("policing-london-2009-12/plan.plan"));
        index = TraceIndex.of(plan);
    }

    private static CorporateObjective objective(String id) {
        return plan.getObjectives().stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow();
    }

    private static List<Link> direct(String objective, Scheme scheme) {
        return index.linksOf(objective(objective)).stream().filter(l -> l.isDirect() && l.scheme() == scheme).toList();
    }

    private static String topLevelCode(EObject item) {
        EObject top = item;
        while (top.eContainer() instanceof PriorityItem p) {
            top = p;
        }
        return ((PriorityItem) top).getCode();
    }

    @Test
    void theSampleHasThePlansShape() {
        assertEquals(OBJECTIVES, plan.getObjectives().stream().map(CorporateObjective::getId).toList());
        assertEquals(List.of(8, 7, 12, 5, 4, 7, 7),
                plan.getObjectives().stream().map(o -> o.getKeyActivities().size()).toList());
        long headline = plan.getObjectives().stream().flatMap(o -> o.getMeasures().stream())
                .filter(m -> m.getKind() == org.plantrace.model.MeasureKind.HEADLINE).count();
        assertEquals(71, headline);
        long bg = plan.getBusinessGroups().stream().mapToLong(b -> b.getMeasures().size()).sum();
        assertEquals(45, bg);
        assertEquals(3, plan.getOutcomes().size());
    }

    @Test
    void appendixE_publicServiceAgreements() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("obj-access", Set.of("PSA 24"));
        expected.put("obj-neighbourhoods", Set.of("PSA 21", "PSA 23"));
        expected.put("obj-violence", Set.of("PSA 13", "PSA 14"));
        expected.put("obj-networks", Set.of("PSA 25"));
        expected.put("obj-terrorism", Set.of("PSA 26"));
        expected.put("obj-events", Set.of("PSA 22"));
        expected.put("obj-resources", Set.of("PSA 15", "PSA 27"));
        for (String o : OBJECTIVES) {
            Set<String> actual = direct(o, Scheme.PSA).stream().map(l -> topLevelCode(l.target()))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(expected.get(o)), actual, "PSAs of " + o);
        }
    }

    @Test
    void appendixE_priorityActionsUnderTheirPsa() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("obj-access", List.of("PSA 24 PA1", "PSA 24 PA2", "PSA 24 PA3", "PSA 24 PA4", "PSA 24 PA5"));
        expected.put("obj-neighbourhoods", List.of("PSA 23 PA1", "PSA 23 PA2", "PSA 23 PA3", "PSA 23 PA4"));
        expected.put("obj-events", List.of("PSA 22 Priority 1"));
        expected.put("obj-resources", List.of("PSA 15 PA1", "PSA 15 PA2", "PSA 15 PA3", "PSA 15 PA4", "PSA 15 PA5"));
        for (String o : OBJECTIVES) {
            List<String> actual = direct(o, Scheme.PSA).stream().map(l -> Labels.printedId(l.target()))
                    .filter(s -> s.contains(" PA") || s.contains("Priority")).toList();
            assertEquals(expected.getOrDefault(o, List.of()), actual, "priority actions of " + o + ", in order");
        }
    }

    @Test
    void appendixE_strategicPolicingPriorities() {
        Map<String, List<String>> expected = Map.of("obj-access", List.of(), "obj-neighbourhoods", List.of("SPP 1"),
                "obj-violence", List.of(), "obj-networks", List.of("SPP 2"), "obj-terrorism", List.of("SPP 3"),
                "obj-events", List.of(), "obj-resources", List.of("SPP 4"));
        for (String o : OBJECTIVES) {
            assertEquals(expected.get(o), direct(o, Scheme.SPP).stream().map(l -> Labels.printedId(l.target())).toList(),
                    "SPPs of " + o);
        }
    }

    @Test
    void appendixD_nationalIndicatorsAndStandaloneApacsIndicators() {
        Map<String, List<String>> ni = new LinkedHashMap<>();
        ni.put("obj-access", List.of());
        ni.put("obj-neighbourhoods", List.of("NI 16", "NI 17", "NI 18", "NI 20", "NI 21", "NI 27", "NI 30", "NI 33",
                "NI 38", "NI 41", "NI 47", "NI 48"));
        ni.put("obj-violence", List.of("NI 15", "NI 19", "NI 28", "NI 29", "NI 32", "NI 34", "NI 111"));
        ni.put("obj-networks", List.of("NI 42"));
        ni.put("obj-terrorism", List.of("NI 35", "NI 36"));
        ni.put("obj-events", List.of());
        ni.put("obj-resources", List.of());
        Map<String, List<String>> spi = new LinkedHashMap<>();
        spi.put("obj-access", List.of("SPI 1.1", "SPI 1.2", "SPI 1.3", "SPI 1.4", "SPI 2.3", "SPI 2.4", "SPI 2.5"));
        spi.put("obj-neighbourhoods", List.of("SPI 6.2", "SPI 6.3", "SPI 6.4"));
        spi.put("obj-violence", List.of("SPI 6.1", "SPI 8.1"));
        spi.put("obj-networks", List.of());
        spi.put("obj-terrorism", List.of());
        spi.put("obj-events", List.of());
        spi.put("obj-resources", List.of("SPI 3.1", "SPI 3.2", "SPI 12.1", "SPI 13.1", "SPI 13.2"));
        for (String o : OBJECTIVES) {
            assertEquals(ni.get(o), direct(o, Scheme.NI).stream().map(l -> Labels.printedId(l.target())).toList(),
                    "NIs of " + o);
            assertEquals(spi.get(o), direct(o, Scheme.APACS).stream().map(l -> Labels.printedId(l.target())).toList(),
                    "standalone APACS SPIs of " + o);
        }
    }

    @Test
    void appendixD_eachNationalIndicatorCarriesItsApacsIndicator() {
        Map<String, String> expected = Map.of("NI 16", "SPI 5.2", "NI 17", "SPI 4.1", "NI 15", "SPI 5.1", "NI 28",
                "SPI 5.6", "NI 47", "SPI 9.1", "NI 42", "SPI 4.3", "NI 111", "SPI 11.3");
        Framework nis = index.frameworks().stream().filter(f -> f.getId().equals("nis-2008")).findFirst().orElseThrow();
        for (var e : expected.entrySet()) {
            PriorityItem ni = index.items(nis).stream().filter(i -> e.getKey().equals(i.getCode())).findFirst()
                    .orElseThrow();
            assertEquals(List.of(e.getValue()), ni.getCorrespondsTo().stream().map(Labels::printedId).toList(), e.getKey());
        }
    }

    /** Protective service id -> key-activity numbers linked, per objective (appendix B). */
    @Test
    void appendixB_protectiveServicesWithTheirKeyActivities() {
        Map<String, Map<String, List<Integer>>> expected = new LinkedHashMap<>();
        expected.put("obj-access", Map.of("ps-critical-incidents", List.of(3, 4, 6), "ps-major-crime", List.of(3, 4, 8),
                "ps-protecting-vulnerable-people", List.of(3, 4), "ps-serious-organised-crime", List.of(3, 4)));
        expected.put("obj-neighbourhoods", Map.of("ps-civil-contingencies", List.of(1), "ps-counter-terrorism",
                List.of(1), "ps-critical-incidents", List.of(5), "ps-major-crime", List.of(3, 5, 7),
                "ps-protecting-vulnerable-people", List.of(5), "ps-public-order", List.of(2), "ps-roads-policing",
                List.of(7)));
        expected.put("obj-violence", Map.of("ps-critical-incidents", List.of(1, 2, 3, 6, 7, 10, 11, 12),
                "ps-protecting-vulnerable-people", List.of(4, 5, 6, 7, 11, 12), "ps-serious-organised-crime",
                List.of(1, 2, 3, 4, 5, 9, 10, 12)));
        expected.put("obj-networks", Map.of("ps-serious-organised-crime", List.of(1, 2, 3, 4, 5)));
        expected.put("obj-terrorism", Map.of("ps-civil-contingencies", List.of(4), "ps-counter-terrorism",
                List.of(1, 2, 3, 4), "ps-critical-incidents", List.of(4), "ps-domestic-extremism", List.of(1)));
        // "Protective Service: All" for the last two objectives: a link to the whole framework.
        expected.put("obj-events", Map.of("protective-services", List.of(1, 2, 3, 4, 5, 6, 7)));
        expected.put("obj-resources", Map.of("protective-services", List.of(1, 2, 3, 4, 5, 6, 7)));
        for (String o : OBJECTIVES) {
            Map<String, List<Integer>> actual = new TreeMap<>();
            for (Link l : direct(o, Scheme.PS)) {
                actual.put(l.target().getId(), l.alignment().getKeyActivities().stream().map(KeyActivity::getNumber)
                        .sorted().toList());
            }
            assertEquals(new TreeMap<>(expected.get(o)), actual, "protective services of " + o);
        }
        assertTrue(direct("obj-events", Scheme.PS).get(0).target() instanceof Framework, "All = whole framework");
    }

    @Test
    void validationFindsThePlansRealGaps() {
        List<Finding> findings = Validation.validate(plan, index);
        List<String> noNi = findings.stream().filter(f -> f.rule().equals("no-national-indicator"))
                .map(Finding::elementId).toList();
        assertTrue(noNi.contains("obj-events"), "objective 6 traces to no National Indicator: " + noNi);
        assertTrue(!noNi.contains("obj-neighbourhoods") && !noNi.contains("obj-violence"), noNi.toString());

        List<Finding> missingKa = findings.stream().filter(f -> f.rule().equals("missing-key-activity")).toList();
        assertEquals(1, missingKa.size(), missingKa.toString());
        Finding ka = missingKa.get(0);
        assertEquals(Severity.ERROR, ka.severity());
        assertTrue(ka.path().startsWith("Plan / Objective 6 / "), ka.path());
        assertTrue(ka.message().contains("KA8, KA9") && ka.message().contains("has 7 key activities"), ka.message());

        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("untraced-objective")), "all trace to PSA/SPP");
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("unresolved-reference")
                || f.rule().equals("duplicate-id") || f.rule().equals("missing-id")), findings.stream()
                        .filter(Finding::isError).map(Finding::toLine).collect(Collectors.joining("\n")));
    }

    @Test
    void backwardCoverageListsTheObjectivesOfEachPriority() {
        Framework psa = plan.getFrameworks().stream().filter(f -> f.getId().equals("psa-2008-11")).findFirst()
                .orElseThrow();
        PriorityItem psa24 = index.items(psa).stream().filter(i -> "PSA 24".equals(i.getCode())).findFirst().orElseThrow();
        assertEquals(List.of(1), index.coveringObjectives(psa24).stream().map(CorporateObjective::getNumber).toList());
        Framework ps = plan.getFrameworks().stream().filter(f -> f.getId().equals("protective-services")).findFirst()
                .orElseThrow();
        PriorityItem firearms = index.items(ps).stream().filter(i -> i.getId().equals("ps-firearms")).findFirst()
                .orElseThrow();
        // Firearms is named in no objective's row; objectives 6 and 7 link to the protective services as a whole,
        // which covers the framework, not each of its items.
        assertEquals(List.of(), index.coveringObjectives(firearms));
        assertEquals(List.of(6, 7), index.wholeFrameworkLinks(ps).stream().map(l -> l.objective().getNumber()).toList());
        assertEquals(List.of("ps-firearms"), index.uncovered(ps).stream().map(PriorityItem::getId).toList());
    }
}

package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.FrameworkStatus;
import org.plantrace.model.Measure;
import org.plantrace.model.MeasureSet;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Succession;
import org.plantrace.model.SuccessionKind;
import org.plantrace.model.io.ModelStore;

/**
 * The example models across eras, checked against the source documents: the frameworks' lifecycles, the
 * 2011-era framework set drawn from Met Forward Two, the successions that carry the 2009-12 sample onto it, Met
 * Forward Two's native shape and the 2003-04 plan's trace to the National Policing Plan. Expected values are read
 * from the documents (and, where marked, the public record), never from the files under test.
 */
class ExampleErasTest {

    private static Path ex(String rel) {
        return ExamplesTest.examples().resolve(rel);
    }

    private static Framework framework(String rel) throws Exception {
        return ModelStore.loadFramework(ex(rel));
    }

    private record Life(String file, String from, String to, FrameworkStatus status, Set<String> supersededBy,
            boolean national) {
    }

    @Test
    void everyExampleFrameworkHasTheLifecycleOfItsDocuments() throws Exception {
        Set<String> none = Set.of();
        List<Life> expected = List.of(
                // 2008 Comprehensive Spending Review, 2008-11; superseded after the 2010 spending review (public record)
                new Life("frameworks/psa-2008-11.framework", "2008-04-01", "2011-03-31", FrameworkStatus.SUPERSEDED, none, true),
                // from April 2008; the Single Data List from April 2011 (public record)
                new Life("frameworks/nis-2008.framework", "2008-04-01", "2011-03-31", FrameworkStatus.SUPERSEDED, none, true),
                // from April 2008; withdrawn in 2010 with the removal of central targets (29 June 2010, public record)
                new Life("frameworks/apacs-2008-09.framework", "2008-04-01", "2010-06-28", FrameworkStatus.WITHDRAWN, none, true),
                // the priorities for 2009/10, set annually
                new Life("frameworks/spp-2009-10.framework", "2009-04-01", "2010-03-31", FrameworkStatus.SUPERSEDED, none, true),
                // not named by Met Forward Two 2011/14: split between two of its corporate priorities
                new Life("frameworks/protective-services.framework", null, "2011-03-31", FrameworkStatus.WITHDRAWN, none, false),
                // LAAs 2008-11, removed without replacement (Met Forward Two, Met Partners)
                new Life("policing-london-2009-12/laa-2008-11.framework", "2008-04-01", "2011-03-31", FrameworkStatus.WITHDRAWN, none, false),
                // GLA Group Budget Guidance 2009/10 -> the named Mayoral strategies of Met Forward Two
                new Life("policing-london-2009-12/mayor-2009-10.framework", "2009-04-01", "2010-03-31", FrameworkStatus.SUPERSEDED,
                        Set.of("mayor-strategies-2011"), false),
                new Life("policing-london-2009-12/chi-2009-10.framework", "2009-04-01", "2010-03-31", FrameworkStatus.SUPERSEDED, none, false),
                // 2008/09 concerns inform the corporate objectives for 2009/10 (Appendix C)
                new Life("policing-london-2009-12/concerns-2008-09.framework", "2009-04-01", "2010-03-31", FrameworkStatus.SUPERSEDED, none, false),
                // National Policing Plan 2003-2006 (public record)
                new Life("policing-performance-2003-04/npp-2003-06.framework", "2003-04-01", "2006-03-31", FrameworkStatus.SUPERSEDED, none, true),
                // the MPS Policing Pledge (Appendix A of the 2009-12 plan), launched December 2008
                new Life("policing-london-2009-12/pledge-2009.framework", "2008-12-01", null, FrameworkStatus.IN_FORCE, none, false),
                new Life("frameworks-2011/mayor-strategies-2011.framework", "2011-04-01", null, FrameworkStatus.IN_FORCE, none, false),
                new Life("frameworks-2011/mpa-kpis-2011-12.framework", "2011-04-01", "2012-03-31", FrameworkStatus.IN_FORCE, none, false));
        List<String> wrong = new ArrayList<>();
        for (Life life : expected) {
            Framework f = framework(life.file());
            Life actual = new Life(life.file(), f.getInForceFrom(), f.getInForceTo(), f.getStatus(),
                    f.getSupersededBy().stream().map(Framework::getId).collect(Collectors.toSet()), f.isNational());
            if (!life.equals(actual)) {
                wrong.add("expected " + life + " but was " + actual);
            }
            if (life.status() != FrameworkStatus.IN_FORCE && (f.getNote() == null || !f.getNote().contains("Lifecycle"))) {
                wrong.add(life.file() + " does not say where its lifecycle comes from");
            }
        }
        assertEquals(13, ExamplesTest.modelFiles().stream().filter(p -> p.toString().endsWith(".framework")).count(),
                "every example framework is in the table above");
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSingleConfidenceIndicatorEndsBeforeItsFrameworks() throws Exception {
        // scrapped 'with immediate effect' on 29 June 2010 (public record); removed per Met Forward Two
        Framework nis = framework("frameworks/nis-2008.framework");
        Framework laa = framework("policing-london-2009-12/laa-2008-11.framework");
        assertEquals("2010-06-28", item(nis, "NI 21").getInForceTo());
        assertEquals("2010-06-28", item(laa, "NI 21").getInForceTo());
        assertNull(item(nis, "NI 16").getInForceTo(), "other indicators run to the end of the set");
    }

    @Test
    void theKpis2011HaveTheirSevenPrintedGroupsAndNineIndicators() throws Exception {
        Framework kpis = framework("frameworks-2011/mpa-kpis-2011-12.framework");
        assertEquals(FrameworkKind.OTHER, kpis.getKind());
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (PriorityItem g : kpis.getItems()) {
            assertTrue(g.isGroup(), g.getTitle());
            groups.put(g.getTitle(), g.getChildren().size());
        }
        Map<String, Integer> printed = new LinkedHashMap<>();
        printed.put("Violence", 3);
        printed.put("Property crime", 1);
        printed.put("Anti-social behaviour", 1);
        printed.put("Local police doing a good job", 1);
        printed.put("User satisfaction", 1);
        printed.put("Delivering a safe and secure Olympics", 1);
        printed.put("Efficient use of our assets", 1);
        assertEquals(printed, groups);
        assertEquals("The number of sanction detections for all rapes", kpis.getItems().get(0).getChildren().get(1).getTitle());
    }

    @Test
    void theMayoralStrategiesAreTheFourMetForwardTwoNames() throws Exception {
        Framework ms = framework("frameworks-2011/mayor-strategies-2011.framework");
        assertEquals(List.of("A Safe Journey", "Time for Action", "The Way Forward", "Race and Faith Inquiry"),
                ms.getItems().stream().map(PriorityItem::getName).toList());
        PriorityItem safeJourney = ms.getItems().get(0);
        assertEquals(5, safeJourney.getChildren().size(), "the five pan-London objectives listed under 'Safer travel'");
        assertTrue(safeJourney.getTitle().contains("2010-2013"));
    }

    @Test
    void everySuccessionIsTypedExplainedAndResolvesToALaterItem() throws Exception {
        ResourceSet rs = ModelStore.newResourceSet();
        List<Framework> frameworks = new ArrayList<>();
        for (Path p : ExamplesTest.modelFiles()) {
            if (p.toString().endsWith(".framework")) {
                frameworks.add(ModelStore.loadRoot(rs, p, Framework.class));
            }
        }
        int successions = 0;
        Map<SuccessionKind, Integer> kinds = new TreeMap<>();
        for (Framework f : frameworks) {
            for (PriorityItem item : allItems(f)) {
                for (Succession s : item.getSuccessions()) {
                    successions++;
                    kinds.merge(s.getKind(), 1, Integer::sum);
                    String where = f.getId() + "#" + item.getId() + " (" + s.getKind() + ")";
                    assertTrue(s.getNote() != null && !s.getNote().isBlank(), where + " says why");
                    switch (s.getKind()) {
                        case WITHDRAWN -> assertTrue(s.getSuccessors().isEmpty(), where);
                        case SPLIT -> assertTrue(s.getSuccessors().size() >= 2, where);
                        default -> assertFalse(s.getSuccessors().isEmpty(), where);
                    }
                    for (PriorityItem next : s.getSuccessors()) {
                        assertFalse(next.eIsProxy(), where + " -> " + EcoreUtil.getURI(next));
                        Framework later = frameworkOf(next);
                        assertNotNull(later.getInForceFrom(), where);
                        String end = item.getInForceTo() != null ? item.getInForceTo() : f.getInForceTo();
                        assertTrue(end != null && later.getInForceFrom().compareTo(end) > 0,
                                where + ": the successor's framework starts after the item ends");
                    }
                }
            }
        }
        assertTrue(successions > 0);
        assertEquals(Set.of(SuccessionKind.values()), kinds.keySet(), "every kind of succession is exemplified: " + kinds);
    }

    @Test
    void theItemsMetForwardTwoContinuesSucceedAsDocumented() throws Exception {
        Framework nis = framework("frameworks/nis-2008.framework");
        Framework apacs = framework("frameworks/apacs-2008-09.framework");
        Framework mayor = framework("policing-london-2009-12/mayor-2009-10.framework");
        assertSuccession(item(nis, "NI 16"), SuccessionKind.BROADENED, "The number of property crimes (including robbery)");
        assertSuccession(item(nis, "NI 21"), SuccessionKind.CHANGED_BASIS,
                "Percentage of people who think the police in their area are doing a good job");
        assertSuccession(item(nis, "NI 47"), SuccessionKind.SAME,
                "The percentage change in the number of people killed or seriously injured in road traffic collisions");
        assertSuccession(item(nis, "NI 15"), SuccessionKind.MERGED,
                "The number of violent crimes (including all victim based crime types)");
        assertSuccession(item(apacs, "SPI 2.3"), SuccessionKind.SAME,
                "Percentage of people who think the police in their area are doing a good job");
        assertSuccession(item(apacs, "SPI 6.4"), SuccessionKind.NARROWED, "The number of sanction detections for all rapes");
        assertTrue(only(item(apacs, "SPI 1.1")).getSuccessors().get(0).getTitle().startsWith("Percentage of victims satisfied"));
        PriorityItem youth = allItems(mayor).stream().filter(i -> i.getId().equals("mayor-youth-violence-prevention"))
                .findFirst().orElseThrow();
        assertEquals("Time for Action", only(youth).getSuccessors().get(0).getName());
    }

    @Test
    void everyItemThe2009PlanLinksInAnEndedFrameworkSaysWhatFollows() throws Exception {
        Plan plan = ModelStore.loadPlan(ex("policing-london-2009-12/plan.plan"));
        Set<FrameworkKind> replaced = Set.of(FrameworkKind.PSA, FrameworkKind.NI, FrameworkKind.APACS, FrameworkKind.SPP,
                FrameworkKind.PS, FrameworkKind.MAYOR);
        List<String> without = new ArrayList<>();
        int linked = 0;
        for (EObject o : (Iterable<EObject>) plan::eAllContents) {
            if (o instanceof Alignment a && a.getTarget() instanceof PriorityItem item
                    && replaced.contains(frameworkOf(item).getKind())) {
                linked++;
                if (item.getSuccessions().isEmpty()) {
                    without.add(item.getId());
                }
            }
        }
        assertTrue(linked > 100, "links to items: " + linked);
        assertEquals(List.of(), without, "linked items with no succession for plantrace migrate");
    }

    @Test
    void metForwardTwoHoldsEachCorporatePriorityOnceServingItsOtherDrivers() throws Exception {
        Plan plan = ModelStore.loadPlan(ex("met-forward-2011-14/plan.plan"));
        // Figure 1: five strategic drivers
        assertEquals(List.of("Fight crime and reduce criminality", "Increase confidence in policing",
                "Protect the most vulnerable from harm", "Deliver value for money",
                "Deliver safe Olympics and Paralympics Games in 2012"),
                plan.getOutcomes().stream().map(StrategicOutcome::getTitle).toList());
        Function<StrategicOutcome, Integer> driverNo = d -> plan.getOutcomes().indexOf(d) + 1;
        // Table 3: the drivers whose rows list each priority (by section number), the first row holding it
        Map<String, List<Integer>> rows = new TreeMap<>();
        rows.put("1", List.of(1, 3, 4)); // Met Streets
        rows.put("2", List.of(2)); // Met Oversight and Governance
        rows.put("3", List.of(1, 2)); // Met Specialist
        rows.put("4", List.of(1, 3)); // Met Partners
        rows.put("5", List.of(2)); // Met Connect
        rows.put("6", List.of(1, 4)); // Met People
        rows.put("7", List.of(5)); // Met Olympic and Paralympic Games
        rows.put("8", List.of(4)); // Met Support
        rows.put("9", List.of(1, 4)); // Met Standards
        Map<String, List<Integer>> actual = new TreeMap<>();
        List<String> codes = new ArrayList<>();
        for (StrategicOutcome driver : plan.getOutcomes()) {
            for (StrategicOutcome p : driver.getChildren()) {
                codes.add(p.getCode());
                assertTrue(p.getChildren().isEmpty());
                List<Integer> drivers = new ArrayList<>();
                drivers.add(driverNo.apply(driver));
                p.getServes().forEach(s -> drivers.add(driverNo.apply(s)));
                actual.put(p.getCode(), drivers);
            }
        }
        assertEquals(9, codes.size(), "nine corporate priorities, each held once: " + codes);
        assertEquals(rows, actual);
    }

    @Test
    void metForwardTwoKeepsItsKpisAsOneMeasureSetAndHasNoPseudoObjective() throws Exception {
        Plan plan = ModelStore.loadPlan(ex("met-forward-2011-14/plan.plan"));
        assertEquals(1, plan.getMeasureSets().size());
        MeasureSet kpis = plan.getMeasureSets().get(0);
        assertEquals("Key performance indicators and targets 2011/12", kpis.getTitle());
        List<String> targets = new ArrayList<>();
        for (Measure m : kpis.getMeasures()) {
            targets.add(m.getTargets().get(0).getValue());
            assertEquals(1, m.getAlignments().size(), m.getTitle());
            AlignmentTarget kpi = m.getAlignments().get(0).getTarget();
            assertEquals("mpa-kpis-2011-12", frameworkOf((PriorityItem) kpi).getId());
            assertEquals(m.getTitle(), kpi.getTitle());
        }
        assertEquals(List.of("-2%", "+4%", "-2%", "-1%", "Baseline", "+1%", "+1%", "Green", "Budget requirement: £2,713million"),
                targets);
        // 5 MPA key objectives + 14 Met corporate objectives + 24 delivery objectives (Table 3), and nothing else
        assertEquals(43, plan.getObjectives().size());
        assertEquals(Map.of("MPA key objective for 2011/12", 5L, "Met corporate objective", 14L, "Delivery objective", 24L),
                plan.getObjectives().stream().collect(Collectors.groupingBy(CorporateObjective::getTier, Collectors.counting())));
        assertTrue(plan.getObjectives().stream().allMatch(o -> o.getMeasures().isEmpty()), "no objective holds the KPIs");
        assertEquals(Set.of("mayor-strategies-2011", "mpa-kpis-2011-12"),
                plan.getFrameworks().stream().map(Framework::getId).collect(Collectors.toSet()));
        CorporateObjective raceFaith = plan.getObjectives().stream()
                .filter(o -> o.getTitle().equals("To implement the Mayoral recommendations from the Race and Faith Inquiry report"))
                .findFirst().orElseThrow();
        assertEquals("Race and Faith Inquiry", raceFaith.getAlignments().get(0).getTarget().getName());
    }

    @Test
    void thePlanOf2003TracesToTheNationalPolicingPlanOrSaysWhyNot() throws Exception {
        Plan plan = ModelStore.loadPlan(ex("policing-performance-2003-04/plan.plan"));
        assertEquals(27, plan.getObjectives().size());
        Map<Integer, String> toPriority = new TreeMap<>();
        List<Integer> local = new ArrayList<>();
        for (CorporateObjective o : plan.getObjectives()) {
            boolean rationale = o.getLocalRationale() != null && !o.getLocalRationale().isBlank();
            List<AlignmentTarget> targets = o.getAlignments().stream().map(Alignment::getTarget).toList();
            assertTrue(rationale != !targets.isEmpty(), "objective " + o.getNumber() + ": a link or a rationale, not both");
            if (rationale) {
                local.add(o.getNumber());
            }
            for (AlignmentTarget t : targets) {
                assertEquals(FrameworkKind.NPP, (t instanceof Framework f ? f : frameworkOf((PriorityItem) t)).getKind());
                toPriority.put(o.getNumber(), t instanceof Framework ? "whole plan" : t.getCode());
            }
        }
        // street crime, gun crime and offences brought to justice are named in NPP priorities 2 and 4
        assertEquals("2", toPriority.get(2));
        assertEquals("2", toPriority.get(7));
        assertEquals("4", toPriority.get(15));
        // objective 27 'in accordance with the National Policing Plan' links the plan as a whole
        assertEquals("whole plan", toPriority.get(27));
        // diversity (A) and staff and resources (C) of the priorities for excellence address none of the four
        assertTrue(local.containsAll(List.of(17, 21, 22, 23, 24, 25, 26)), local.toString());
        assertEquals(27, toPriority.size() + local.size());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<PriorityItem> allItems(Framework f) {
        List<PriorityItem> all = new ArrayList<>();
        f.eAllContents().forEachRemaining(o -> {
            if (o instanceof PriorityItem i) {
                all.add(i);
            }
        });
        return all;
    }

    private static PriorityItem item(Framework f, String code) {
        return allItems(f).stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    private static Framework frameworkOf(PriorityItem item) {
        return (Framework) Stream.iterate((EObject) item, o -> o != null, EObject::eContainer)
                .filter(Framework.class::isInstance).findFirst().orElseThrow();
    }

    private static Succession only(PriorityItem item) {
        assertEquals(1, item.getSuccessions().size(), item.getId());
        return item.getSuccessions().get(0);
    }

    private static void assertSuccession(PriorityItem item, SuccessionKind kind, String successorTitle) {
        Succession s = only(item);
        assertEquals(kind, s.getKind(), item.getId());
        assertEquals(List.of(successorTitle), s.getSuccessors().stream().map(PriorityItem::getTitle).toList(), item.getId());
    }
}

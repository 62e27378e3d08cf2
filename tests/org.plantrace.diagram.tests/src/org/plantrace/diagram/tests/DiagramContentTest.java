package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.Cover;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.Scheme;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.EdgeKind;
import org.plantrace.diagram.NodeState;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;

/** What the diagrams draw: every alignment as one edge, the marks for uncovered items and untraced objectives. */
class DiagramContentTest {

    @Test
    void everyAlignmentOfThePlanIsOneEdgeOfTheWholePlanDiagram() throws Exception {
        Plan plan = Samples.london();
        Diagram d = Diagrams.alignment(plan, DiagramOptions.ALL);
        TraceIndex index = TraceIndex.of(plan);
        int links = 0;
        for (CorporateObjective o : plan.getObjectives()) {
            for (Link l : index.linksOf(o)) {
                assertAlignmentEdge(d, l);
                links++;
            }
        }
        long alignmentEdges = d.edges().stream().filter(e -> e.kind() == EdgeKind.ALIGNMENT).count();
        assertEquals(links, alignmentEdges, "alignment edges that are not alignments of an objective");
        assertTrue(links > 150, "the sample has " + links + " objective alignments");
    }

    @Test
    void everyAlignmentOfEachObjectiveIsOneEdgeOfItsDiagram() throws Exception {
        Plan plan = Samples.london();
        TraceIndex index = TraceIndex.of(plan);
        for (CorporateObjective o : plan.getObjectives()) {
            Diagram d = Diagrams.alignment(o, DiagramOptions.ALL);
            for (Link l : index.linksOf(o)) {
                assertAlignmentEdge(d, l);
            }
            assertEquals(index.linksOf(o).size(), d.edges().stream().filter(e -> e.kind() == EdgeKind.ALIGNMENT).count());
            assertTrue(Geometry.only(d.nodesOf(o), o.getId()).is(NodeState.FOCUS));
        }
    }

    @Test
    void theFrameworkFilterDropsOtherSchemes() throws Exception {
        Plan plan = Samples.london();
        Diagram d = Diagrams.alignment(plan, DiagramOptions.ALL.withSchemes(Set.of(Scheme.PSA)));
        for (DiagramNode n : d.nodes()) {
            assertTrue(n.scheme() == null || n.scheme() == Scheme.PSA, () -> n + " is not a PSA item");
        }
        TraceIndex index = TraceIndex.of(plan);
        for (Link l : index.links(Scheme.PSA)) {
            if (l.objective() != null) {
                assertAlignmentEdge(d, l);
            }
        }
    }

    @Test
    void objective3TracesToPsaSppNiApacsProtectiveServicesAndMayorsPriorities() throws Exception {
        Diagram d = Diagrams.alignment(Samples.objective3(), DiagramOptions.DEFAULT);
        Set<Scheme> schemes = new HashSet<>(d.schemes());
        for (Scheme s : List.of(Scheme.PSA, Scheme.NI, Scheme.APACS, Scheme.PS, Scheme.MAYOR)) {
            assertTrue(schemes.contains(s), () -> "objective 3 shows no " + s + " item: " + schemes);
        }
        // NI 15 and its equivalent APACS SPI 5.1: the equivalence is drawn, NI first
        DiagramEdge eq = d.edges().stream().filter(e -> e.kind() == EdgeKind.CORRESPONDENCE
                && "NI 15".equals(e.source().heading())).findFirst().orElse(null);
        assertNotNull(eq, "no equivalence drawn from NI 15");
        assertEquals("SPI 5.1", eq.target().heading());
        assertTrue(eq.source().column() < eq.target().column());
    }

    @Test
    void theGapsOfTheCoverageEngineAreMarkedInTheWholePlanDiagram() throws Exception {
        Plan plan = Samples.london();
        Diagram d = Diagrams.alignment(plan, DiagramOptions.DEFAULT);
        // The 13 National Indicators no objective of the 2009-12 plan covers (the sample's Appendix D has no row for
        // them); local frameworks such as the protective services are not gaps, even where an item is not linked.
        java.util.Set<String> expected = java.util.Set.of("NI 22", "NI 23", "NI 37", "NI 39", "NI 40", "NI 43", "NI 44",
                "NI 45", "NI 46", "NI 115", "NI 185", "NI 186", "NI 188");
        java.util.Set<String> marked = new java.util.TreeSet<>();
        for (DiagramNode n : d.nodes()) {
            if (n.is(NodeState.UNCOVERED)) {
                marked.add(n.heading());
            }
        }
        assertEquals(new java.util.TreeSet<>(expected), marked);
        TraceIndex index = TraceIndex.of(plan);
        for (DiagramNode n : d.nodes()) {
            if (n.is(NodeState.UNCOVERED)) {
                assertFalse(index.isCovered((PriorityItem) n.element()), () -> n + " is covered");
            }
        }
    }

    @Test
    void objectivesWithoutNationalLinksAreMarkedUntraced() {
        PlantraceFactory f = PlantraceFactory.eINSTANCE;
        Plan plan = f.createPlan();
        plan.setId("p");
        Framework psa = f.createFramework();
        psa.setId("psa");
        psa.setKind(FrameworkKind.PSA);
        PriorityItem psa23 = f.createPriorityItem();
        psa23.setId("psa-23");
        psa23.setCode("PSA 23");
        psa.getItems().add(psa23);
        Framework mayor = f.createFramework();
        mayor.setId("mayor");
        mayor.setKind(FrameworkKind.MAYOR);
        mayor.setNational(false);
        PriorityItem m1 = f.createPriorityItem();
        m1.setId("m1");
        m1.setTitle("Safer streets");
        mayor.getItems().add(m1);
        plan.getFrameworks().add(psa);
        plan.getFrameworks().add(mayor);
        CorporateObjective traced = objective(plan, "traced");
        CorporateObjective local = objective(plan, "local");
        link(traced, psa23);
        link(local, m1);

        Diagram whole = Diagrams.alignment(plan, DiagramOptions.DEFAULT);
        assertFalse(Geometry.only(whole.nodesOf(traced), "traced").is(NodeState.UNTRACED));
        assertTrue(Geometry.only(whole.nodesOf(local), "local").is(NodeState.UNTRACED));
        assertTrue(Geometry.only(Diagrams.strategyMap(plan, DiagramOptions.DEFAULT).nodesOf(local), "local")
                .is(NodeState.UNTRACED));
        assertTrue(Geometry.only(Diagrams.alignment(local, DiagramOptions.DEFAULT).nodesOf(local), "local")
                .is(NodeState.UNTRACED));
    }

    @Test
    void impactDiagramDrawsEveryAlignmentReachingThePriority() throws Exception {
        Plan plan = Samples.london();
        TraceIndex index = TraceIndex.of(plan);
        int checked = 0;
        for (Framework f : plan.getFrameworks()) {
            for (PriorityItem item : index.items(f)) {
                Diagram d = Diagrams.impact(plan, item, DiagramOptions.ALL);
                assertTrue(Geometry.only(d.nodesOf(item), item.getId()).is(NodeState.FOCUS));
                Set<Alignment> expected = new HashSet<>();
                for (Cover c : index.covers(item)) {
                    expected.add(c.link().alignment());
                }
                for (Alignment a : expected) {
                    assertEquals(1, d.edgesOf(a).size(), () -> "alignment " + a.getId() + " in the impact of "
                            + item.getId());
                }
                assertEquals(expected.size(), d.edges().stream().filter(e -> e.kind() == EdgeKind.ALIGNMENT).count());
                // everything drawn hangs on the priority: one connected drawing
                assertEquals(d.nodes().size(), connected(d, d.nodesOf(item).get(0)).size(), item.getId());
                checked++;
            }
        }
        assertTrue(checked > 100);
    }

    @Test
    void nodeIdsAreStableAcrossRebuilds() throws Exception {
        Diagram a = Diagrams.strategyMap(Samples.london(), DiagramOptions.DEFAULT);
        Diagram b = Diagrams.strategyMap(Samples.london(), DiagramOptions.DEFAULT);
        assertEquals(a.nodes().stream().map(DiagramNode::id).toList(), b.nodes().stream().map(DiagramNode::id).toList());
        for (DiagramNode n : a.nodes()) {
            assertSame(n.element(), b.node(n.id()).element());
        }
    }

    private static Set<DiagramNode> connected(Diagram d, DiagramNode from) {
        Set<DiagramNode> seen = new HashSet<>();
        List<DiagramNode> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            DiagramNode n = todo.remove(todo.size() - 1);
            if (seen.add(n)) {
                for (DiagramEdge e : d.edges()) {
                    if (e.source() == n) {
                        todo.add(e.target());
                    } else if (e.target() == n) {
                        todo.add(e.source());
                    }
                }
            }
        }
        return seen;
    }

    private static void assertAlignmentEdge(Diagram d, Link l) {
        List<DiagramEdge> edges = d.edgesOf(l.alignment());
        assertEquals(1, edges.size(), () -> "alignment " + l.alignment().getId() + " drawn " + edges.size() + " times");
        DiagramEdge e = edges.get(0);
        assertEquals(EdgeKind.ALIGNMENT, e.kind());
        assertSame(l.source(), e.source().element(), () -> "edge of " + l.alignment().getId() + " starts elsewhere");
        assertSame(l.target(), e.target().element(), () -> "edge of " + l.alignment().getId() + " ends elsewhere");
    }

    private static CorporateObjective objective(Plan plan, String id) {
        CorporateObjective o = PlantraceFactory.eINSTANCE.createCorporateObjective();
        o.setId(id);
        o.setTitle("Objective " + id);
        plan.getObjectives().add(o);
        return o;
    }

    private static void link(CorporateObjective o, PriorityItem target) {
        Alignment a = PlantraceFactory.eINSTANCE.createAlignment();
        a.setId(o.getId() + "-" + target.getId());
        a.setTarget(target);
        o.getAlignments().add(a);
    }
}

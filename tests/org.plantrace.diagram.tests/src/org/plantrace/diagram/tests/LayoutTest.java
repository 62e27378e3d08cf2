package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.NodeKind;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.layout.NodeBox;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/** Layouts of every diagram of the sample: no overlaps, inside the drawing, layered left to right, edges attached. */
class LayoutTest {

    private final DiagramLayouter layouter = new DiagramLayouter();

    @Test
    void strategyMapOfTheSample() throws Exception {
        Plan plan = Samples.london();
        DiagramLayout layout = layouter.layout(Diagrams.strategyMap(plan, DiagramOptions.DEFAULT));
        Geometry.check(layout);
        // outcomes, then objectives, key activities, headline measures: in that column order
        Diagram d = layout.diagram();
        int objectives = column(d, NodeKind.OBJECTIVE);
        assertEquals(0, d.nodes().stream().filter(n -> n.kind() == NodeKind.OUTCOME).mapToInt(DiagramNode::column).min()
                .orElseThrow());
        assertTrue(d.nodes().stream().filter(n -> n.kind() == NodeKind.OUTCOME).allMatch(n -> n.column() < objectives));
        assertEquals(objectives + 1, column(d, NodeKind.KEY_ACTIVITY));
        assertEquals(objectives + 2, column(d, NodeKind.MEASURE));
        assertEquals(plan.getObjectives().size(), count(d, NodeKind.OBJECTIVE));
        int kas = plan.getObjectives().stream().mapToInt(o -> o.getKeyActivities().size()).sum();
        assertEquals(kas, count(d, NodeKind.KEY_ACTIVITY));
    }

    @Test
    void strategyMapKeepsThePlanOrderOfKeyActivities() throws Exception {
        DiagramLayout layout = layouter.layout(Diagrams.strategyMap(Samples.london(), DiagramOptions.DEFAULT));
        for (CorporateObjective o : Samples.london().getObjectives()) {
            double previous = -1;
            for (var ka : o.getKeyActivities()) {
                NodeBox b = layout.box(Geometry.only(layout.diagram().nodesOf(ka), ka.getId()));
                assertTrue(b.y() > previous, () -> ka.getId() + " is drawn above the key activity before it");
                previous = b.y();
            }
        }
    }

    @Test
    void alignmentDiagramOfEveryObjective() throws Exception {
        for (CorporateObjective o : Samples.london().getObjectives()) {
            Geometry.check(layouter.layout(Diagrams.alignment(o, DiagramOptions.ALL)));
            Geometry.check(layouter.layout(Diagrams.alignment(o, DiagramOptions.DEFAULT)));
        }
    }

    @Test
    void alignmentDiagramOfTheWholePlan() throws Exception {
        Geometry.check(layouter.layout(Diagrams.alignment(Samples.london(), DiagramOptions.DEFAULT)));
        Geometry.check(layouter.layout(Diagrams.alignment(Samples.london(), DiagramOptions.ALL)));
    }

    @Test
    void impactDiagramOfEveryCoveredItem() throws Exception {
        Plan plan = Samples.london();
        TraceIndex index = TraceIndex.of(plan);
        int drawn = 0;
        for (Framework f : plan.getFrameworks()) {
            for (PriorityItem item : index.items(f)) {
                if (index.isCovered(item)) {
                    Geometry.check(layouter.layout(Diagrams.impact(plan, item, DiagramOptions.ALL)));
                    drawn++;
                }
            }
        }
        assertTrue(drawn > 50, "only " + drawn + " covered items in the sample");
    }

    @Test
    void layoutIsDeterministic() throws Exception {
        Diagram d1 = Diagrams.alignment(Samples.objective3(), DiagramOptions.DEFAULT);
        Diagram d2 = Diagrams.alignment(Samples.objective3(), DiagramOptions.DEFAULT);
        DiagramLayout a = layouter.layout(d1);
        DiagramLayout b = layouter.layout(d2);
        assertEquals(a.width(), b.width());
        assertEquals(a.height(), b.height());
        for (int i = 0; i < d1.nodes().size(); i++) {
            NodeBox x = a.boxes().get(i);
            NodeBox y = b.boxes().get(i);
            assertEquals(x.node().id(), y.node().id());
            assertArrayEquals(new double[] { x.x(), x.y(), x.width(), x.height() },
                    new double[] { y.x(), y.y(), y.width(), y.height() }, x.node().id());
        }
        for (int i = 0; i < d1.edges().size(); i++) {
            assertArrayEquals(a.routes().get(i).points(), b.routes().get(i).points(), d1.edges().get(i).id());
        }
    }

    @Test
    void largeDiagramsStayValid() throws Exception {
        Diagram d = Diagrams.alignment(org.plantrace.core.generated.GeneratedPlan.alignment(1000, 3000), DiagramOptions.DEFAULT);
        assertEquals(1000, d.nodes().size());
        assertEquals(3000, d.edges().size());
        Geometry.check(layouter.layout(d));
    }

    @Test
    void emptyPlanGivesAnEmptyButValidLayout() {
        Plan empty = org.plantrace.model.PlantraceFactory.eINSTANCE.createPlan();
        empty.setTitle("Empty");
        DiagramLayout layout = layouter.layout(Diagrams.strategyMap(empty, DiagramOptions.DEFAULT));
        assertTrue(layout.boxes().isEmpty());
        assertTrue(layout.width() > 0 && layout.height() > 0);
    }

    private static int column(Diagram d, NodeKind kind) {
        List<Integer> columns = new ArrayList<>();
        for (DiagramNode n : d.nodes()) {
            if (n.kind() == kind && !columns.contains(n.column())) {
                columns.add(n.column());
            }
        }
        assertEquals(1, columns.size(), () -> kind + " nodes in columns " + columns);
        return columns.get(0);
    }

    private static long count(Diagram d, NodeKind kind) {
        return d.nodes().stream().filter(n -> n.kind() == kind).count();
    }

    @Test
    void aTitleOfOneVeryLongWordIsCutIntoTheNodesLinesWithAnEllipsis() throws Exception {
        CorporateObjective o = Samples.objective3();
        // 200,000 characters without a space: wrapping used to re-measure one character shorter at a time
        o.setTitle("Reduce" + "x".repeat(200_000));
        DiagramLayout layout = layouter.layout(Diagrams.alignment(o, DiagramOptions.DEFAULT));
        NodeBox box = layout.boxes().stream().filter(b -> b.node().element() == o).findFirst().orElseThrow();
        List<String> texts = box.lines().stream().map(l -> l.text()).toList();
        assertTrue(texts.size() <= 1 + 2 + 5, texts.size() + " lines");
        String all = String.join("", texts);
        assertTrue(all.contains("Reducexxx"), all);
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("\u2026")), "an ellipsis ends the cut title: " + texts);
        assertTrue(all.length() < 1_000, all.length() + " characters printed");
        for (var line : box.lines().stream().filter(l -> l.text().contains("xxx")).toList()) {
            assertTrue(line.x() + line.width() <= box.x() + box.width() + 0.01, "line wider than its box: " + line.text());
        }
    }
}

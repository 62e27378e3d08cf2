package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.plantrace.core.progress.PlanResults;
import org.plantrace.core.progress.Rag;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.render.SvgExporter;
import org.plantrace.model.Plan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Progress status on diagram nodes: an objective carries the worst status of its measures (from the sample's results
 * files, through core's roll-up) as a bar in the status colour.
 */
class DiagramStatusTest {

    /** The fills of the rectangles of the node drawing {@code elementId}. */
    private static List<String> fills(Document svg, String elementId) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("node".equals(g.getAttribute("class")) && elementId.equals(g.getAttribute("data-element"))) {
                List<String> out = new ArrayList<>();
                NodeList rects = g.getElementsByTagName("rect");
                for (int j = 0; j < rects.getLength(); j++) {
                    out.add(((Element) rects.item(j)).getAttribute("fill"));
                }
                return out;
            }
        }
        throw new AssertionError("no node for " + elementId);
    }

    @Test
    void objectivesCarryTheWorstStatusOfTheirMeasures() throws Exception {
        Plan plan = Samples.london();
        Map<EObject, Rag> status = PlanResults.statusOf(plan);
        // objective 1: SPI 1.1 amber, SPI 1.2 red (4.8 points against 3.8), SPI 2.3 amber
        assertEquals(Rag.RED, status.get(plan.getObjectives().get(0)));
        // objective 3: SPI 5.5 and 6.1 green, measures 23 and 29 amber, SPI 5.1 and 6.4 baselining
        assertEquals(Rag.AMBER, status.get(plan.getObjectives().get(2)));
        assertEquals(null, status.get(plan.getObjectives().get(5)), "objective 6 has no results");

        Diagram d = Diagrams.strategyMap(plan, DiagramOptions.DEFAULT);
        d.status(status);
        Document svg = ExportTest.parse(SvgExporter.toSvg(new DiagramLayouter().layout(d)));
        assertTrue(fills(svg, "obj-access").contains("#cc0000"), "a red bar on objective 1: " + fills(svg, "obj-access"));
        assertTrue(fills(svg, "obj-violence").contains("#ffb000"), "an amber bar on objective 3");
        List<String> six = fills(svg, plan.getObjectives().get(5).getId());
        assertTrue(!six.contains("#cc0000") && !six.contains("#ffb000") && !six.contains("#009640"),
                "no bar without results: " + six);
    }
}

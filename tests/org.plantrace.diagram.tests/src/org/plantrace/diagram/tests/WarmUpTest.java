package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.WarmUp;

/**
 * The background warm-up trains on a diagram of the size the first real diagram's hot paths need (a dozen elements
 * leave ELK's code interpreted): its training diagram is laid out in full, every node and edge, and is a valid layout.
 */
class WarmUpTest {

    @Test
    void trainsOnALaidOutDiagramOfTwoHundredNodesAndSixHundredEdges() {
        DiagramLayout layout = WarmUp.run();
        assertEquals(200, layout.diagram().nodes().size());
        assertEquals(600, layout.diagram().edges().size());
        assertEquals(200, layout.boxes().size());
        assertEquals(600, layout.routes().size());
        Geometry.check(layout);
    }
}

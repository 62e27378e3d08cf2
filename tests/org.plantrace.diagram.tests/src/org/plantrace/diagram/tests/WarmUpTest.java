package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plantrace.core.generated.GeneratedPlan;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter.Settings;
import org.plantrace.diagram.layout.WarmUp;

/**
 * The background warm-up trains on a diagram of the size the first real diagram's hot paths need (a dozen elements
 * leave ELK's code interpreted, and a diagram of up to 600 edges takes another path through ELK than a big one): its
 * training diagram is laid out in full, every node and edge, is a valid layout, and is laid out with the settings
 * of a 1,000-node diagram.
 */
class WarmUpTest {

    /** Edges merged into trunks, no model order, one crossing-minimisation pass. */
    private static final Settings BIG = new Settings(true, false, 1);

    @Test
    void trainsOnALaidOutDiagramOfFourHundredNodesAndTwelveHundredEdges() {
        DiagramLayout layout = WarmUp.run();
        assertEquals(400, layout.diagram().nodes().size());
        assertEquals(1200, layout.diagram().edges().size());
        assertEquals(400, layout.boxes().size());
        assertEquals(1200, layout.routes().size());
        Geometry.check(layout);
    }

    @Test
    void theTrainingDiagramTakesTheLayoutPathOfAThousandNodeDiagram() {
        DiagramLayout layout = WarmUp.run();
        assertEquals(BIG, Settings.automatic(layout.diagram()));
        assertEquals(BIG, Settings.automatic(
                Diagrams.alignment(GeneratedPlan.alignment(1000, 3000), DiagramOptions.DEFAULT)));
    }
}

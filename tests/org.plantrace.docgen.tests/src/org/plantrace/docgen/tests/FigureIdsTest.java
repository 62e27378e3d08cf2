package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Figure;

/**
 * The SVG of a figure as a publication and the DOCX carry it: without the model's element ids (data-id, data-element,
 * data-kind), everything else as drawn, the diagram's own data-diagram attribute included.
 */
class FigureIdsTest {

    private static final String IDS = " data-(?:id|element|kind)=\"[^\"]*\"";

    @Test
    void everyFigureOfTheSampleLosesItsElementIdsAndNothingElse() throws Exception {
        AppendixDocument document = Samples.build(Samples.sample());
        List<Figure> figures = document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Figure).map(Figure.class::cast).toList();
        assertTrue(figures.size() >= 7, "one figure per objective at least: " + figures.size());
        for (Figure f : figures) {
            String svg = f.svg();
            String stripped = Figure.withoutElementIds(svg);
            assertEquals(svg.replaceAll(IDS, ""), stripped, f.name());
            assertFalse(stripped.contains("data-id=") || stripped.contains("data-element=")
                    || stripped.contains("data-kind="), f.name());
            assertTrue(stripped.contains(" data-diagram=\""), f.name());
            assertTrue(svg.contains(" data-id=\""), "the workbench's SVG carries the ids: " + f.name());
        }
    }

    @Test
    void attributesThatAreNotIdsOrNotClosedStay() {
        String text = "<g class=\"node\" data-id=\"n1\" data-kind=\"objective\" data-element=\"o-1\" data-x=\"2\">"
                + "<title>data-id=&quot;x&quot; data-kind</title></g><g data-id=\"n2\"/> data-kind=\"open";
        assertEquals(text.replaceAll(IDS, ""), Figure.withoutElementIds(text));
        assertEquals("<g class=\"node\" data-x=\"2\"><title>data-id=&quot;x&quot; data-kind</title></g><g/>"
                + " data-kind=\"open", Figure.withoutElementIds(text));
        String none = "<svg data-diagram=\"alignment\"><rect x=\"0\"/></svg>";
        assertSame(none, Figure.withoutElementIds(none));
    }
}

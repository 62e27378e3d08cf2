package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.pdf.PdfWriter;

/** The same document gives the same PDF pages, drawn in the same order (cells spanning rows included). */
class PdfReproducibleTest {

    @Test
    void theSameDocumentWrittenTwiceHasTheSamePageContent() throws Exception {
        List<Row> body = new ArrayList<>();
        for (int i = 1; i <= 120; i += 2) {
            body.add(Row.body(List.of(Cell.text("Objective " + i).rowSpan(2), Cell.text("Activity " + i).rowSpan(2),
                    Cell.text("Measure " + i))));
            body.add(Row.body(List.of(Cell.text("Measure " + (i + 1)))));
        }
        Table t = new Table("spans", List.of(1, 1, 2),
                List.of(Row.header(Cell.text("Objective"), Cell.text("Activity"), Cell.text("Measure"))), body);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("Plan", "Reproducible plan");
        AppendixDocument d = new AppendixDocument("Reproducible", "Reproducible plan", "1", Samples.WHEN, props, null,
                List.of(new Section("B", "Appendix B: Spans", List.of(t))));
        List<byte[]> first = Pdf.contents(new PdfWriter().pdf(d));
        List<byte[]> second = Pdf.contents(new PdfWriter().pdf(d));
        assertTrue(first.size() >= 3, "pages: " + first.size());
        assertEquals(first.size(), second.size());
        for (int p = 0; p < first.size(); p++) {
            assertArrayEquals(first.get(p), second.get(p), "page " + (p + 1) + "'s content");
        }
    }
}

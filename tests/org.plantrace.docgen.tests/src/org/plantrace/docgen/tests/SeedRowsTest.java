package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;
import org.plantrace.model.Plan;

/** Appendices I and F of the sample against the published 2009-12 plan (seed 002), values typed from the seed. */
class SeedRowsTest {

    private static AppendixDocument doc;

    @BeforeAll
    static void build() throws Exception {
        Plan plan = Samples.sample();
        doc = Samples.build(plan);
    }

    private static List<List<String>> rows(Table t, Row.Kind kind) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : t.body()) {
            if (r.kind() == kind) {
                out.add(r.cells().stream().map(Cell::plain).toList());
            }
        }
        return out;
    }

    @Test
    void appendixIHasAllSixtyOnePublishedRows() {
        Table t = doc.section("I").tables().get(0);
        List<List<String>> rows = rows(t, Row.Kind.BODY);
        assertEquals(61, rows.size());
        assertEquals(34, rows.stream().filter(r -> r.get(0).contains("SPI")).count());
        assertEquals(8, rows.stream().filter(r -> r.get(0).equals("CPA")).count(), "critical performance areas");
        assertEquals(19, rows.stream().filter(r -> r.get(0).equals("PP")).count(), "other police indicators");
        assertTrue(rows.contains(List.of("PP", "The number of intrusions to the secure zones of the Royal Residences",
                "0", "0")));
        assertTrue(rows.contains(List.of("CPA", "Number of criminal network disruptions (monthly average)",
                "29.2 monthly average (350 total)", "32.2 (monthly average)")));
        assertTrue(rows.contains(List.of("PP", "PAS: How safe do you feel walking alone in your local area after dark?",
                "No target", "72% (to Dec)")));
    }

    @Test
    void appendixIKeepsThePrintedOrderWithinAnObjective() {
        Table t = doc.section("I").tables().get(0);
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Row r : t.body()) {
            if (r.kind() == Row.Kind.GROUP) {
                groups.add(r.cells().get(0).plain());
            } else {
                ids.add(r.cells().get(0).plain() + " | " + r.cells().get(1).plain());
            }
        }
        assertEquals(7, groups.size(), "six objectives and 'Additional measures': " + groups);
        int spi25 = indexOf(ids, "SPI 2.5 |");
        assertTrue(ids.get(spi25 + 1).startsWith("PP | PAS: How safe do you feel walking alone in your local area during"));
        assertTrue(ids.get(spi25 + 2).startsWith("PP | PAS: How safe do you feel walking alone in your local area after"));
        assertTrue(ids.get(spi25 + 3).startsWith("CPA & SPI 9.1 |"));
        int spi64 = indexOf(ids, "SPI 6.4 |");
        assertTrue(ids.get(spi64 + 1).startsWith("SPI 5.4 |"));
        assertTrue(ids.get(spi64 + 2).startsWith("CPA | % of domestic violence offences where an arrest was made"));
    }

    private static int indexOf(List<String> ids, String prefix) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no row " + prefix);
    }

    @Test
    void appendixFPrintsTheGlaGroupMarkerAfterThePriority() {
        List<Line> lines = new ArrayList<>();
        for (Row r : doc.section("F").tables().get(0).body()) {
            r.cells().forEach(c -> lines.addAll(c.lines()));
        }
        assertFalse(lines.stream().anyMatch(l -> "GLA group".equals(l.lead())), "no 'GLA group:' prefix");
        assertTrue(lines.stream().anyMatch(l -> l.plain().equals(
                "Deliver value for money and better quality of life for all Londoners (GLA group)")));
        assertTrue(lines.stream().anyMatch(l -> l.plain().equals(
                "Policing: Cutting excessive form filling for police")), "themes that are prefixes stay prefixes");
    }
}

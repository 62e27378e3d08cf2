package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.AppendixExport;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Section;
import org.plantrace.model.Plan;

/**
 * The alignment diagrams are built first and, when the formats asked for draw them, laid out in the background while
 * the rest of the document is built ({@link AppendixBuilder#whenBuilt}, {@link AppendixExport#prepare}): the document
 * keeps its order and the files are those of a layout made when the writers need it.
 */
class EarlyLayoutTest {

    @TempDir
    Path tmp;

    @Test
    void theDiagramsAreHeardOfFirstAndTheDocumentKeepsItsOrder() throws Exception {
        Plan plan = Samples.sample();
        List<String> heard = new ArrayList<>();
        AppendixDocument doc = new AppendixBuilder(plan).generated(Samples.WHEN).whenBuilt(s -> heard.add(s.key()))
                .build().document();
        AppendixDocument plain = new AppendixBuilder(Samples.sample()).generated(Samples.WHEN).build().document();
        List<String> order = plain.sections().stream().map(Section::key).toList();
        assertEquals(order, doc.sections().stream().map(Section::key).toList(), "the document's order is unchanged");
        assertEquals("diagrams", heard.get(0), "the diagrams are built first: " + heard);
        assertEquals(Set.copyOf(order.stream().filter(k -> !k.equals("draft")).toList()), Set.copyOf(heard),
                "every section of the plan's appendices is heard of once it is built");
        assertEquals(heard.size(), Set.copyOf(heard).size(), "each once: " + heard);
    }

    @Test
    void diagramsLaidOutSincePrepareGiveTheSameFilesAndStopWithTheWrite() throws Exception {
        Path planFile = Samples.samplePlan();
        AppendixExport.Prepared early = AppendixExport.prepare(
                new AppendixExport.Request(planFile, List.of(), Set.of(), false, List.of(Format.HTML, Format.CSV)),
                what -> {
                });
        Figure.Background layout = early.layout();
        assertNotNull(layout, "HTML draws the diagrams: they are being laid out");
        assertTrue(layout.laysOut());
        AppendixExport.Written a = AppendixExport.write(early, List.of(Format.HTML), "a", tmp.resolve("early"), 2,
                what -> {
                });
        assertTrue(a.failed().isEmpty(), "" + a.failed());
        assertEquals(List.of(), layoutThreads(), "the write stops the layout begun by prepare");

        AppendixExport.Prepared late = AppendixExport.prepare(
                new AppendixExport.Request(planFile, List.of(), Set.of(), false, List.of(Format.CSV)), what -> {
                });
        assertNull(late.layout(), "CSV draws no figure: nothing is laid out before the writers need it");
        AppendixExport.Written b = AppendixExport.write(late, List.of(Format.HTML), "a", tmp.resolve("late"), 2,
                what -> {
                });
        assertTrue(b.failed().isEmpty(), "" + b.failed());

        String html = withoutTime(Files.readString(tmp.resolve("early/a.html")));
        assertTrue(html.contains("<svg"), "the figures are drawn");
        assertEquals(withoutTime(Files.readString(tmp.resolve("late/a.html"))), html);
    }

    @Test
    void closingAPreparedExportThatIsNotWrittenStopsItsLayout() throws Exception {
        AppendixExport.Prepared p = AppendixExport.prepare(new AppendixExport.Request(Samples.samplePlan(), List.of(),
                Set.of(), false, List.of(Format.PDF)), what -> {
                });
        assertNotNull(p.layout());
        p.close();
        assertEquals(List.of(), layoutThreads(), "no thread lays out diagrams of an export given up");
    }

    private static List<String> layoutThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("plantrace-layout-")).toList();
    }

    /** The generation time (in words and as an instant) is the one thing two runs may differ in. */
    private static String withoutTime(String html) {
        return Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2} UTC|T[0-9:.]+Z)").matcher(html).replaceAll("TIME");
    }
}

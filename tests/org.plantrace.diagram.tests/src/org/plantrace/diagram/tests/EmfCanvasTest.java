package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.layout.NodeBox;
import org.plantrace.diagram.layout.TextLine;
import org.plantrace.diagram.render.EmfCanvas;
import org.plantrace.diagram.render.Palette;
import org.plantrace.diagram.render.Rgb;
import org.plantrace.tests.support.Emf;

/**
 * The Enhanced Metafile of a diagram (the DOCX's figures), read back record by record: a well-formed file whose
 * header states its size, record count and object table, every object created before it is selected, the nodes'
 * text as live text advanced by the layout's metrics, and boxes, dashes and colours as the painter asks.
 */
class EmfCanvasTest {

    private static final int NULL_BRUSH = 0x80000005;
    private static final int NULL_PEN = 0x80000008;

    private final DiagramLayouter layouter = new DiagramLayouter();

    @Test
    void aDiagramsMetafileIsWellFormedAndCarriesItsText() throws Exception {
        for (Diagram d : new Diagram[] { Diagrams.strategyMap(Samples.london(), DiagramOptions.DEFAULT),
            Diagrams.alignment(Samples.objective3(), DiagramOptions.DEFAULT),
            Diagrams.alignment(Samples.london(), DiagramOptions.ALL) }) {
            DiagramLayout layout = layouter.layout(d);
            Emf emf = Emf.read(EmfCanvas.emf(layout));
            List<Emf.Record> records = emf.records();
            String what = d.title();
            assertEquals(Emf.HEADER, records.get(0).type(), what);
            assertEquals(108, records.get(0).size(), what + ": header with both extensions");
            assertEquals(Emf.EOF, records.get(records.size() - 1).type(), what + ": EOF last");
            assertEquals(1, emf.of(Emf.EOF).size(), what);
            assertEquals(emf.length(), emf.statedBytes(), what + ": nBytes");
            assertEquals(records.size(), emf.statedRecords(), what + ": nRecords");
            // the frame is the layout at 96 units per inch, in 0.01 mm; the reference device 100 pixels per mm
            int w = (int) Math.round(layout.width() * 2540 / 96);
            int h = (int) Math.round(layout.height() * 2540 / 96);
            assertEquals(List.of(0, 0, w, h), List.of(emf.frame()[0], emf.frame()[1], emf.frame()[2], emf.frame()[3]), what);
            int[] device = emf.device();
            assertEquals(device[2] * 100, device[0], what + ": pixels per mm");
            assertEquals(device[3] * 100, device[1], what + ": pixels per mm");
            assertTrue(device[0] >= w && device[1] >= h, what + ": the device holds the picture");
            objectsAreCreatedBeforeUseAndDeletedAtTheEnd(emf, what);

            // every line of every node, the title, legend and column headings, in the order the painter draws them
            List<String> expected = new ArrayList<>();
            expected.add(layout.title().text());
            layout.legend().forEach(l -> expected.add(l.text().text()));
            layout.columnTitles().forEach(t -> expected.add(t.text()));
            for (NodeBox b : layout.boxes()) {
                b.lines().forEach(l -> expected.add(l.text()));
            }
            expected.removeIf(String::isBlank);
            assertEquals(expected, emf.texts(), what);
            List<TextLine> lines = new ArrayList<>();
            lines.add(layout.title());
            layout.legend().forEach(l -> lines.add(l.text()));
            lines.addAll(layout.columnTitles());
            layout.boxes().forEach(b -> lines.addAll(b.lines()));
            lines.removeIf(l -> l.text().isBlank());
            List<Emf.Record> texts = emf.of(Emf.EXTTEXTOUTW);
            for (int i = 0; i < texts.size(); i++) {
                TextLine l = lines.get(i);
                Emf.Record r = texts.get(i);
                assertEquals(Math.round(l.x() * 2540 / 96), emf.i32(r, 36), () -> "x of " + l);
                assertEquals(Math.round(l.baseline() * 2540 / 96), emf.i32(r, 40), () -> "baseline of " + l);
                int advanced = 0;
                for (int dx : emf.advances(r)) {
                    advanced += dx;
                }
                // the line's advances add up to the width the layout measured for it: the text fits its box
                assertEquals(l.width() * 2540 / 96, advanced, 1.0, () -> "width of " + l);
            }
            for (Emf.Record f : emf.of(Emf.EXTCREATEFONTINDIRECTW)) {
                assertEquals("Arial", emf.face(f), what);
            }
        }
    }

    private static void objectsAreCreatedBeforeUseAndDeletedAtTheEnd(Emf emf, String what) {
        Set<Integer> live = new HashSet<>();
        for (Emf.Record r : emf.records()) {
            int index = r.size() >= 12 ? emf.i32(r, 8) : 0;
            switch (r.type()) {
                case Emf.EXTCREATEPEN, Emf.CREATEBRUSHINDIRECT, Emf.EXTCREATEFONTINDIRECTW -> {
                    assertTrue(index > 0 && index < emf.handles(), what + ": object " + index + " within the table");
                    assertTrue(live.add(index), what + ": object " + index + " created twice");
                }
                case Emf.SELECTOBJECT -> assertTrue(index == NULL_PEN || index == NULL_BRUSH || live.contains(index),
                        what + ": object " + index + " selected before it is created");
                case Emf.DELETEOBJECT -> assertTrue(live.remove(index), what + ": object " + index + " deleted, not live");
                default -> {
                }
            }
        }
        assertTrue(live.isEmpty(), what + ": objects left: " + live);
    }

    @Test
    void dashedLinesAreWrittenAsTheirDashes() {
        double k = EmfCanvas.PER_UNIT;
        Emf emf = Emf.read(EmfCanvas.emf(100, 40, c -> c.path(new double[] { 10, 10, 90, 10 }, Palette.EQUIVALENT, 1.3,
                new double[] { 4, 3 })));
        assertEquals(0, emf.of(Emf.POLYLINE).size(), "no solid line");
        List<Emf.Record> lines = emf.of(Emf.POLYPOLYLINE);
        assertEquals(1, lines.size());
        List<int[]> pieces = pieces(emf, lines.get(0));
        // 80 units of 4 on, 3 off: eleven whole dashes and the first 3 units of a twelfth
        assertEquals(12, pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            int[] p = pieces.get(i);
            assertEquals(Math.round((10 + 7 * i) * k), p[0], 1, "start of dash " + i);
            assertEquals(Math.round(10 * k), p[1], "dash " + i + " on the line");
            assertEquals((i < 11 ? 4 : 3) * k, p[2] - p[0], 1.5, "length of dash " + i);
        }
        // the pen: the colour asked for, its width, flat ends (a dash is as long as asked)
        Emf.Record pen = emf.of(Emf.EXTCREATEPEN).get(0);
        assertEquals(colorRef(Palette.EQUIVALENT), emf.i32(pen, 40));
        assertEquals(Math.round(1.3 * k), emf.i32(pen, 32));
        assertEquals(0x00010000 | 0x200 | 0x2000, emf.i32(pen, 28), "geometric, flat ends, mitred joins, solid");
    }

    @Test
    void aDashedBoxIsFilledThenOutlinedByDashesAlongItsRoundedEdge() {
        double k = EmfCanvas.PER_UNIT;
        Rgb fill = Palette.BACKGROUND;
        Emf emf = Emf.read(EmfCanvas.emf(100, 60, c -> c.rect(10, 10, 60, 30, 4, fill, Palette.WARNING, 2,
                Palette.DASH_UNCOVERED)));
        List<Emf.Record> polygons = emf.of(Emf.POLYGON);
        assertEquals(2, polygons.size(), "the background, then the box's fill");
        Emf.Record box = polygons.get(1);
        int n = emf.i32(box, 24);
        int minX = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int x = emf.i32(box, 28 + 8 * i);
            int y = emf.i32(box, 32 + 8 * i);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            // no point in a corner's square beyond its arc: the corners are rounded
            double cx = x < 14 * k ? 14 * k : x > 66 * k ? 66 * k : x;
            double cy = y < 14 * k ? 14 * k : y > 36 * k ? 36 * k : y;
            assertTrue(Math.hypot(x - cx, y - cy) <= 4 * k + 1, "point " + i + " within the rounded outline");
        }
        assertTrue(n > 4, "corner arcs, not a plain rectangle: " + n);
        assertEquals(List.of(Math.round(10 * k), Math.round(70 * k), Math.round(10 * k), Math.round(40 * k)),
                List.of((long) minX, (long) maxX, (long) minY, (long) maxY));
        // the fill with no pen; the outline its dashes (5 on, 3 off) in the warning colour
        List<Emf.Record> lines = emf.of(Emf.POLYPOLYLINE);
        assertEquals(1, lines.size());
        double perimeter = 2 * (60 + 30) - (8 - 2 * Math.PI) * 4;
        double drawn = 0;
        for (int[] p : pieces(emf, lines.get(0))) {
            drawn += Math.hypot(p[2] - p[0], p[3] - p[1]);
        }
        assertTrue(drawn > perimeter * k * 5 / 8 * 0.9 && drawn <= perimeter * k * 0.7, "dashes: " + drawn / k);
        assertEquals(colorRef(Palette.WARNING), emf.i32(emf.of(Emf.EXTCREATEPEN).get(0), 40));
        List<Integer> selected = emf.of(Emf.SELECTOBJECT).stream().map(r -> emf.i32(r, 8)).toList();
        assertTrue(selected.contains(NULL_PEN), "the fill is drawn without a pen: " + selected);
    }

    /** Each polyline of an {@code EMR_POLYPOLYLINE}: {first x, first y, last x, last y}. */
    private static List<int[]> pieces(Emf emf, Emf.Record r) {
        int count = emf.i32(r, 24);
        int points = 32 + 4 * count;
        List<int[]> pieces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = emf.i32(r, 32 + 4 * i);
            pieces.add(new int[] { emf.i32(r, points), emf.i32(r, points + 4), emf.i32(r, points + 8 * (n - 1)),
                emf.i32(r, points + 8 * (n - 1) + 4) });
            points += 8 * n;
        }
        return pieces;
    }

    private static int colorRef(Rgb c) {
        return c.red() | c.green() << 8 | c.blue() << 16;
    }
}

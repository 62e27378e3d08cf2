package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.layout.NodeBox;
import org.plantrace.diagram.layout.TextLine;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.tests.support.Emf;

/**
 * The alignment diagram of each objective in the generated documents: SVG in HTML, an Enhanced Metafile (with the
 * SVG) in DOCX, vector graphics in PDF, all from
 * the layout the diagram bundle computes for that objective (the one the workbench shows).
 */
class DiagramFiguresTest {

    private static Plan plan;
    private static AppendixDocument document;
    private static List<DiagramLayout> layouts;

    @BeforeAll
    static void generate() throws Exception {
        plan = Samples.sample();
        document = Samples.build(plan);
        layouts = new ArrayList<>();
        for (CorporateObjective o : plan.getObjectives()) {
            layouts.add(new DiagramLayouter().layout(Diagrams.alignment(o, DiagramOptions.DEFAULT)));
        }
    }

    @Test
    void htmlEmbedsTheSvgOfEachObjective() throws Exception {
        Document html = Jsoup.parse(new String(Samples.single(document, Format.HTML), StandardCharsets.UTF_8));
        Element section = html.selectFirst("section.section[data-key=diagrams]");
        assertNotNull(section, "no alignment diagrams section");
        List<Element> figures = section.select("figure.diagram");
        assertEquals(plan.getObjectives().size(), figures.size());
        for (int i = 0; i < figures.size(); i++) {
            Element svg = figures.get(i).selectFirst("svg");
            assertNotNull(svg, "figure " + (i + 1) + " has no inline SVG");
            Diagram d = layouts.get(i).diagram();
            assertEquals(d.nodes().size(), svg.select("g.node").size(), "nodes of objective " + (i + 1));
            assertEquals(d.edges().size(), svg.select("g.edge").size(), "edges of objective " + (i + 1));
            assertEquals(layouts.get(i).width(), Double.parseDouble(svg.attr("width")), "same layout");
            assertEquals(layouts.get(i).height(), Double.parseDouble(svg.attr("height")), "same layout");
            assertTrue(figures.get(i).selectFirst("figcaption").text().startsWith("Alignment of objective " + (i + 1)));
        }
        assertEquals(plan.getObjectives().size(), section.select("h3").size(), "one heading per objective");
    }

    @Test
    void docxEmbedsEachObjectiveAsAMetafileWithItsSvgAndADescription() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Samples.single(document, Format.DOCX)))) {
            // in document order (getAllPictures() is not)
            List<XWPFPicture> placed = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertEquals(plan.getObjectives().size(), placed.size());
            for (int i = 0; i < placed.size(); i++) {
                assertVectorPicture(doc, placed.get(i), layouts.get(i), "DOCX figure " + (i + 1));
            }
            // each picture's blip names an SVG part as well (Word 2016+ draws it)
            List<String> svgs = doc.getAllPictures().stream().filter(d -> d.getPackagePart().getContentType()
                    .equals("image/svg+xml")).map(d -> new String(d.getData(), StandardCharsets.UTF_8)).toList();
            assertEquals(plan.getObjectives().size(), svgs.size(), "one SVG per diagram");
            String body = doc.getDocument().xmlText();
            assertEquals(plan.getObjectives().size(), body.split("svgBlip", -1).length - 1, "an svgBlip per picture");
            assertTrue(svgs.stream().allMatch(x -> x.contains("<svg") && !x.contains("data-element")), "SVG without ids");
            assertTrue(doc.getAllPictures().stream().noneMatch(d -> d.getPackagePart().getContentType().equals("image/png")),
                    "no raster picture");
            // the description says what the diagram shows, not a file name
            for (CorporateObjective o : plan.getObjectives()) {
                assertTrue(body.contains("descr=\"Alignment diagram of Objective " + o.getNumber() + ": "),
                        "description of objective " + o.getNumber());
            }
            assertFalse(body.contains("descr=\"objective-1.emf\""));
        }
    }

    @Test
    void pdfDrawsEachDiagramAsVectorGraphicsWithLiveText() throws Exception {
        int images = 0;
        byte[] bytes = Samples.single(document, Format.PDF);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        assertEquals(0, images, "no raster images: the diagrams are drawn as lines, boxes and text");
        String text = String.join("\n", Pdf.pages(bytes)).replaceAll("\\s+", " ");
        // the section's heading and intro share a page with the first diagram, never stand alone on one
        String intro = Pdf.pages(bytes).stream().filter(p -> p.contains("Alignment diagrams") && !p.contains("Contents"))
                .findFirst().orElseThrow().replaceAll("\\s+", " ");
        assertTrue(intro.contains("Objective 1:") && intro.contains("Alignment of objective 1"),
                "the first diagram is on the page of the section heading: " + intro);
        for (DiagramLayout l : layouts) {
            // the diagram's own title, drawn inside the figure as text a reader can search and copy
            String title = l.diagram().title();
            String start = title.substring(0, Math.min(title.length(), 24));
            assertTrue(text.contains(start), "PDF text holds the diagram title '" + start + "'");
        }
    }

    @Test
    void csvAndSpreadsheetsLeaveFiguresOut() throws Exception {
        assertTrue(Samples.write(document, Format.CSV).keySet().stream().noneMatch(n -> n.contains("diagram")));
    }

    /**
     * The picture the blip embeds is an Enhanced Metafile (an image relationship to an {@code image/x-emf} part) of the
     * whole layout: its frame the layout's size at 96 units per inch, the picture's extent in the same proportions, the
     * nodes' lines as its live text.
     */
    private static void assertVectorPicture(XWPFDocument doc, XWPFPicture picture, DiagramLayout layout, String what) {
        String id = picture.getCTPicture().getBlipFill().getBlip().getEmbed();
        PackageRelationship rel = doc.getPackagePart().getRelationship(id);
        assertEquals("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", rel.getRelationshipType(),
                what);
        assertEquals("image/x-emf", picture.getPictureData().getPackagePart().getContentType(), what);
        Emf emf = Emf.read(picture.getPictureData().getData());
        assertEquals(emf.length(), emf.statedBytes(), what);
        int[] frame = emf.frame();
        assertEquals(Math.round(layout.width() * 2540 / 96), frame[2], what + ": the whole layout");
        assertEquals(Math.round(layout.height() * 2540 / 96), frame[3], what + ": the whole layout");
        assertEquals(layout.width() / layout.height(), picture.getWidth() / picture.getDepth(),
                0.01 * layout.width() / layout.height(), what + " keeps the layout's proportions");
        List<String> texts = emf.texts();
        for (NodeBox b : layout.boxes()) {
            for (TextLine l : b.lines()) {
                assertTrue(l.text().isBlank() || texts.contains(l.text()), what + " has no text '" + l.text() + "'");
            }
        }
        assertTrue(texts.contains(layout.title().text()), what + ": its title");
    }

    @Test
    void aDiagramIsLaidOutOnceAndOnlyWhenAFormatDrawsIt() throws Exception {
        DiagramLayout layout = layouts.get(0);
        java.util.concurrent.atomic.AtomicInteger laidOut = new java.util.concurrent.atomic.AtomicInteger();
        Figure f = new Figure("objective-1", "caption", "alt", () -> {
            laidOut.incrementAndGet();
            return layout;
        });
        assertTrue(f.isDiagram());
        assertEquals("caption", f.caption());
        assertEquals(0, laidOut.get(), "naming the figure lays nothing out");
        Format.CSV.writer().write(new AppendixDocument("t", "p", "1", java.time.Instant.EPOCH, java.util.Map.of(), null,
                List.of(new org.plantrace.docgen.Section("diagrams", "Diagrams", List.of(f)))), "x");
        assertEquals(0, laidOut.get(), "CSV draws no figure");
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(Thread.ofPlatform().start(() -> assertEquals(layout.width(), f.width())));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(layout.height(), f.height());
        assertEquals(1, laidOut.get());
    }

    @Test
    void theBackgroundLaysOutInDocumentOrderAndAWriterWaitsOnlyForTheDiagramItNeeds() throws Exception {
        java.util.concurrent.CountDownLatch firstTaken = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger first = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger second = new java.util.concurrent.atomic.AtomicInteger();
        Figure a = new Figure("objective-1", "caption", "alt", () -> {
            first.incrementAndGet();
            firstTaken.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return layouts.get(0);
        });
        Figure b = new Figure("objective-2", "caption", "alt", () -> {
            second.incrementAndGet();
            return layouts.get(1);
        });
        try (Figure.Background background = Figure.layOutInBackground(
                List.of(new org.plantrace.docgen.Section("diagrams", "Diagrams", List.of(a, b))), 1)) {
            assertTrue(firstTaken.await(1, java.util.concurrent.TimeUnit.MINUTES), "the first diagram is laid out first");
            // a writer that needs the second diagram lays it out while the background is still at the first
            assertEquals(layouts.get(1).width(), b.width());
            release.countDown();
            assertEquals(layouts.get(0).width(), a.width());
        } finally {
            release.countDown();
        }
        assertEquals(1, first.get(), "laid out once");
        assertEquals(1, second.get(), "laid out once (the background skips what a writer laid out)");
    }
}

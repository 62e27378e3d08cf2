package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.NodeState;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.diagram.layout.NodeBox;
import org.plantrace.diagram.render.Palette;
import org.plantrace.diagram.render.PngExporter;
import org.plantrace.diagram.render.SvgExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** SVG and PNG exports: well-formed, one element per node and edge, drawn from the same layout. */
class ExportTest {

    private final DiagramLayouter layouter = new DiagramLayouter();

    @Test
    void svgIsWellFormedWithOneElementPerNodeAndEdge() throws Exception {
        for (Diagram d : new Diagram[] { Diagrams.strategyMap(Samples.london(), DiagramOptions.DEFAULT),
            Diagrams.alignment(Samples.objective3(), DiagramOptions.DEFAULT),
            Diagrams.alignment(Samples.london(), DiagramOptions.ALL) }) {
            DiagramLayout layout = layouter.layout(d);
            Document svg = parse(SvgExporter.toSvg(layout));
            Element root = svg.getDocumentElement();
            assertEquals("svg", root.getTagName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            assertEquals(layout.width(), Double.parseDouble(root.getAttribute("width")));
            assertEquals(layout.height(), Double.parseDouble(root.getAttribute("height")));

            Map<String, Element> nodes = groups(svg, "node");
            Map<String, Element> edges = groups(svg, "edge");
            assertEquals(d.nodes().size(), nodes.size(), "one <g class=node> per node");
            assertEquals(d.edges().size(), edges.size(), "one <g class=edge> per edge");
            for (DiagramNode n : d.nodes()) {
                Element g = nodes.get(n.id());
                assertNotNull(g, () -> "no SVG element for " + n);
                assertEquals(n.elementId(), g.getAttribute("data-element"));
                // the same layout: the node's rectangle is its box
                Element rect = (Element) g.getElementsByTagName("rect").item(0);
                NodeBox b = layout.box(n);
                assertEquals(b.x(), Double.parseDouble(rect.getAttribute("x")), 0.01, n.id());
                assertEquals(b.y(), Double.parseDouble(rect.getAttribute("y")), 0.01, n.id());
                assertEquals(b.width(), Double.parseDouble(rect.getAttribute("width")), 0.01, n.id());
                assertEquals(b.height(), Double.parseDouble(rect.getAttribute("height")), 0.01, n.id());
                if (n.is(NodeState.UNCOVERED) || n.is(NodeState.UNTRACED)) {
                    assertEquals(Palette.WARNING.hex(), rect.getAttribute("stroke"), () -> n + " not marked in red");
                    assertTrue(g.getTextContent().contains(n.is(NodeState.UNCOVERED) ? "NOT COVERED" : "NO NATIONAL LINK"));
                }
            }
            for (DiagramEdge e : d.edges()) {
                Element g = edges.get(e.id());
                assertNotNull(g, () -> "no SVG element for " + e);
                Element path = (Element) g.getElementsByTagName("path").item(0);
                assertTrue(path.getAttribute("d").startsWith("M"), e.id());
            }
        }
    }

    /** The documents paint a figure's SVG once and derive the standalone file (DOCX) from the element (HTML). */
    @Test
    void standaloneSvgFromTheElementIsTheSvgFile() throws Exception {
        DiagramLayout layout = layouter.layout(Diagrams.alignment(Samples.objective3(), DiagramOptions.DEFAULT));
        assertEquals(SvgExporter.toSvg(layout), SvgExporter.standalone(SvgExporter.toSvgElement(layout)));
        assertThrows(IllegalArgumentException.class, () -> SvgExporter.standalone(SvgExporter.toSvg(layout)));
    }

    @Test
    void svgEscapesText() throws Exception {
        DiagramLayout layout = layouter.layout(Diagrams.strategyMap(Samples.london(), DiagramOptions.DEFAULT));
        String svg = SvgExporter.toSvg(layout);
        parse(svg);
        assertTrue(svg.contains("data-diagram=\"strategy_map\""));
    }

    @Test
    void pngHasTheLayoutsSizeAndPaintsTheNodesWhereTheLayoutPutsThem(@TempDir Path tmp) throws Exception {
        DiagramLayout layout = layouter.layout(Diagrams.alignment(Samples.objective3(), DiagramOptions.DEFAULT));
        Path file = tmp.resolve("objective3.png");
        PngExporter.write(layout, 2.0, file);
        BufferedImage img = ImageIO.read(Files.newInputStream(file));
        assertNotNull(img, "not a PNG");
        assertEquals(Math.ceil(layout.width() * 2), img.getWidth());
        assertEquals(Math.ceil(layout.height() * 2), img.getHeight());
        for (NodeBox b : layout.boxes()) {
            // just inside the bottom left corner: the node's fill, below any text
            int x = (int) Math.round((b.x() + 6) * 2);
            int y = (int) Math.round((b.bottom() - 3) * 2);
            assertEquals(Palette.fill(b.node()).argb(), img.getRGB(x, y) | 0xff000000, () -> "fill of " + b.node());
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "only " + colours.size() + " colours painted");
    }

    @Test
    void pngBytesDecode() throws Exception {
        DiagramLayout layout = layouter.layout(Diagrams.strategyMap(Samples.london(), DiagramOptions.DEFAULT));
        byte[] png = PngExporter.bytes(layout, 1.0);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals((int) Math.ceil(layout.width()), img.getWidth());
    }

    @Test
    void pngKeepsEveryPixelAsDrawn() throws Exception {
        DiagramLayout layout = layouter.layout(Diagrams.alignment(Samples.objective3(), DiagramOptions.DEFAULT));
        BufferedImage drawn = PngExporter.image(layout, 1.5);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngExporter.bytes(layout, 1.5)));
        assertEquals(drawn.getWidth(), decoded.getWidth());
        assertEquals(drawn.getHeight(), decoded.getHeight());
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                int expected = drawn.getRGB(x, y);
                int actual = decoded.getRGB(x, y);
                if (expected != actual) {
                    throw new AssertionError("pixel " + x + "," + y + ": " + Integer.toHexString(actual) + " instead of "
                            + Integer.toHexString(expected));
                }
            }
        }
    }

    @Test
    void hugeDiagramsAreScaledDownToStayUnderThePixelBudget() throws Exception {
        DiagramLayout layout = layouter.layout(Diagrams.strategyMap(Samples.london(), DiagramOptions.DEFAULT));
        double s = PngExporter.effectiveScale(layout, 100);
        assertTrue(layout.width() * layout.height() * s * s <= PngExporter.MAX_PIXELS * 1.0001);
        assertEquals(1.0, PngExporter.effectiveScale(layout, 1.0));
    }

    private static Map<String, Element> groups(Document svg, String role) {
        Map<String, Element> out = new HashMap<>();
        NodeList gs = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (role.equals(g.getAttribute("class"))) {
                Element old = out.put(g.getAttribute("data-id"), g);
                assertTrue(old == null, "two SVG elements for " + g.getAttribute("data-id"));
            }
        }
        return out;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(xml)));
    }
}

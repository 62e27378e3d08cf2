package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.XmlText;
import org.plantrace.docgen.docx.DocxTemplate;
import org.plantrace.docgen.docx.DocxWriter;
import org.plantrace.docgen.template.Part;
import org.plantrace.tests.support.Emf;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The DOCX body is written as text ({@code BodyXml}) while a team's template is still filled through POI's XML beans;
 * both must give a reader the same document. The sample's sections are written both ways and compared element by
 * element (ids the template renumbers aside); text that XML must escape survives; a model far larger than the sample
 * writes in a small heap.
 */
class DocxStreamTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    @Test
    void everySectionOfTheSampleIsWrittenAsTheTemplatePathWritesIt() throws Exception {
        AppendixDocument d = Samples.build(Samples.sample());
        byte[] streamed = new DocxWriter().docx(d);

        // a template of one placeholder per section, each filled with that section through POI's beans
        byte[] template;
        try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < d.sections().size(); i++) {
                t.createParagraph().createRun().setText("{{plantrace appendix B}}");
            }
            t.write(out);
            template = out.toByteArray();
        }
        Iterator<Section> next = d.sections().iterator();
        byte[] filled = DocxTemplate.fill(template, p -> {
            Section s = next.next();
            return new Part(s, s.blocks());
        }).docx();

        List<String> viaStream = canonical(body(streamed), false);
        List<String> viaBeans = canonical(body(filled), true);
        int from = firstHeading1(viaStream);
        List<String> sections = viaStream.subList(from, viaStream.size());
        assertTrue(sections.size() > 10_000, "the sample's sections are long: " + sections.size());
        assertEquals(viaBeans.size(), sections.size(), "as many elements, attributes and texts");
        for (int i = 0; i < sections.size(); i++) {
            assertEquals(viaBeans.get(i), sections.get(i), "item " + i + " after the first section heading");
        }
    }

    /**
     * The figures are Enhanced Metafiles, deflated like every other part (vector records compress well; there is no
     * PNG to store as it is any more); Word's reader finds each picture and its bytes are the metafile.
     */
    @Test
    void figuresAreMetafilesDeflatedLikeTheOtherParts() throws Exception {
        byte[] docx = new DocxWriter().docx(Samples.build(Samples.sample()));
        int emfs = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] data = zip.readAllBytes();
                assertEquals(ZipEntry.DEFLATED, e.getMethod(), e.getName() + " is deflated");
                assertFalse(e.getName().endsWith(".png"), e.getName() + ": no raster figure");
                if (e.getName().endsWith(".emf")) {
                    emfs++;
                    Emf emf = Emf.read(data);
                    assertEquals(Emf.HEADER, emf.records().get(0).type(), e.getName() + " is a metafile");
                    assertEquals(data.length, emf.statedBytes(), e.getName());
                }
            }
        }
        assertTrue(emfs > 5, "the sample's diagrams: " + emfs);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(emfs, read.getAllPictures().stream().filter(p -> p.getFileName().endsWith(".emf")).count());
        }
    }

    @Test
    void textXmlMustEscapeReadsBackAsWritten() throws Exception {
        String hostile = "R&D <budget> \"quoted\" & 'single'";
        String spaced = "  leading and trailing  ";
        Table t = new Table("escapes", List.of(3, 5), List.of(new Row(Row.Kind.HEADER, List.of(Cell.text("A & B"), Cell.text("<C>")))),
                List.of(new Row(Row.Kind.BODY, List.of(Cell.text(hostile), Cell.text("first\nsecond")))));
        Section s = new Section("x", "Appendix X: <Tags> & \"Quotes\"", List.of(
                new Block.Paragraph(Line.item(1, "PSA 24", hostile, null)), new Block.Paragraph(Line.text(spaced)), t));
        AppendixDocument d = new AppendixDocument("Escapes & <tags>", "Plan & co", "1.0", Instant.parse("2026-01-15T10:30:00Z"),
                Map.of(), null, List.of(s));
        try (XWPFDocument doc = Docx.open(new DocxWriter().docx(d))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("Appendix X: <Tags> & \"Quotes\""), texts.toString());
            assertTrue(texts.contains("PSA 24: " + hostile), texts.toString());
            assertTrue(texts.contains(spaced), "leading and trailing spaces kept: " + texts);
            XWPFTable table = doc.getTables().get(0);
            assertEquals("A & B", table.getRow(0).getCell(0).getText());
            assertEquals("<C>", table.getRow(0).getCell(1).getText());
            assertEquals(hostile, table.getRow(1).getCell(0).getText());
            assertEquals("first\nsecond", table.getRow(1).getCell(1).getText());
            assertEquals("Escapes & <tags>", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    /**
     * The body's bytes are made without a {@code Writer} ({@code XmlBytes}): text longer than its buffer, characters of
     * two, three and four bytes in UTF-8 (a surrogate pair among them) and references in text and attributes come out
     * as {@code XmlText.escape} and a UTF-8 {@code Writer} would write them, and read back as written.
     */
    @Test
    void longTextBeyondTheBasicPlaneIsWrittenAsUtf8() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 200_000; i++) {
            b.append("R&D <").append(i).append("> caf\u00e9 \u2013 \uD83D\uDCC8 \"q\" ");
        }
        String text = b.toString().trim();
        String shorter = text.substring(0, text.indexOf(' ', 70_000)); // also beyond the buffer, at a word's end
        String title = "Chart \uD83D\uDCC8 & \"more\" \u00e9";
        Table t = new Table("long", List.of(1, 1), List.of(new Row(Row.Kind.HEADER, List.of(Cell.text(title), Cell.text("B")))),
                List.of(new Row(Row.Kind.BODY, List.of(Cell.text(text), Cell.text(shorter)))));
        Section s = new Section("long", title, List.of(new Block.Paragraph(Line.text(text)), t));
        AppendixDocument d = new AppendixDocument("Long", "Plan", "1.0", Instant.parse("2026-01-15T10:30:00Z"), Map.of(), null,
                List.of(s));
        byte[] docx = new DocxWriter().docx(d);

        String xml = new String(part(docx, "word/document.xml"), StandardCharsets.UTF_8);
        String escaped = "<w:t>" + XmlText.escape(text, false) + "</w:t>";
        assertEquals(3, xml.split(java.util.regex.Pattern.quote(escaped), -1).length, "the paragraph and the cell");
        assertTrue(xml.contains("<w:t>" + XmlText.escape(shorter, false) + "</w:t>"), "the second cell");
        assertTrue(xml.contains(" w:anchor=\"pt_long\"><w:r><w:t>" + XmlText.escape(title, false) + "</w:t>"), "the contents");
        try (XWPFDocument doc = Docx.open(docx)) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains(text), "the paragraph reads back");
            assertTrue(texts.contains(title), "the heading reads back");
            assertEquals(text, doc.getTables().get(0).getRow(1).getCell(0).getText());
            assertEquals(shorter, doc.getTables().get(0).getRow(1).getCell(1).getText());
            assertEquals(title, doc.getTables().get(0).getRow(0).getCell(0).getText());
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    private static byte[] part(byte[] docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static Element body(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    InputStream in = zip;
                    Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes())).getDocumentElement();
                    return (Element) root.getElementsByTagNameNS(W, "body").item(0);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /**
     * The body as a list of open tags (namespace, name, attributes sorted), texts and close tags; ids that the
     * template's filling renumbers (bookmarks, drawings, relationships) are left out, as are the template's
     * content controls around each part and its section properties.
     */
    private static List<String> canonical(Element body, boolean unwrapControls) {
        List<String> out = new ArrayList<>();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || e.getLocalName().equals("sectPr")) {
                continue;
            }
            if (unwrapControls && e.getLocalName().equals("sdt")) {
                Element content = (Element) e.getElementsByTagNameNS(W, "sdtContent").item(0);
                for (Node c = content.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element ce) {
                        walk(ce, out);
                    }
                }
            } else {
                walk(e, out);
            }
        }
        return out;
    }

    private static final Set<String> RENUMBERED = Set.of(W + "|id", R + "|embed", "|id", "|name");

    private static void walk(Element e, List<String> out) {
        List<String> attrs = new ArrayList<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            String ns = a.getNamespaceURI() == null ? "" : a.getNamespaceURI();
            if (ns.equals("http://www.w3.org/2000/xmlns/")) {
                continue;
            }
            String key = ns + "|" + a.getLocalName();
            boolean drawingId = (WP.equals(e.getNamespaceURI()) || PIC.equals(e.getNamespaceURI())) && RENUMBERED.contains(key);
            boolean bookmarkId = e.getLocalName().startsWith("bookmark") && key.equals(W + "|id");
            if (!drawingId && !bookmarkId && !key.equals(R + "|embed")) {
                attrs.add(key + "=" + a.getNodeValue());
            }
        }
        attrs.sort(null);
        out.add("<" + e.getNamespaceURI() + "|" + e.getLocalName() + " " + attrs);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                walk(ce, out);
            } else if (c.getNodeType() == Node.TEXT_NODE) {
                out.add("text:" + c.getNodeValue());
            }
        }
        out.add("</" + e.getLocalName());
    }

    private static int firstHeading1(List<String> items) {
        for (int i = 0; i + 2 < items.size(); i++) {
            if (items.get(i).startsWith("<" + W + "|pStyle ") && items.get(i).contains("=Heading1")) {
                return i - 2; // <w:p, <w:pPr, <w:pStyle
            }
        }
        throw new AssertionError("no Heading 1");
    }
}

package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.xml.namespace.QName;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.docgen.docx.DocxTemplate;
import org.plantrace.docgen.template.PlanParts;
import org.plantrace.docgen.template.Placeholder;
import org.plantrace.docgen.template.TemplateException;
import org.plantrace.model.Framework;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.ResultSet;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;

/**
 * The team's Word template: the shipped 2009-12 template is filled from the sample; a user edits the narrative in the
 * filled document (as in Word, here with POI); generating again from the edited document keeps every edit and
 * refreshes the generated parts; the document is valid enough for LibreOffice to convert.
 */
class TemplateTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    private static byte[] template;
    private static byte[] filled;

    @BeforeAll
    static void fillTheShippedTemplate() throws Exception {
        template = Files.readAllBytes(shipped());
        filled = DocxTemplate.fill(template, parts(load())::resolve).docx();
    }

    static Path shipped() {
        return Samples.examples().resolve("policing-london-2009-12/templates/business-plan.docx");
    }

    /** The sample plan with the October 2008 results (for the progress table) and its local frameworks. */
    record Loaded(Plan plan, List<ResultSet> results, List<Framework> frameworks) {
    }

    static Loaded load() throws Exception {
        ResourceSet rs = ModelStore.newResourceSet();
        Plan plan = ModelStore.loadRoot(rs, Samples.samplePlan(), Plan.class);
        ResultSet results = ModelStore.loadRoot(rs, Samples.examples().resolve(
                "policing-london-2009-12/results/2008-10-commissioner-report.results"), ResultSet.class);
        List<Framework> local = new ArrayList<>();
        for (Path f : Samples.localFrameworks()) {
            local.add(ModelStore.loadRoot(rs, f, Framework.class));
        }
        return new Loaded(plan, List.of(results), local);
    }

    static PlanParts parts(Loaded l) {
        return new PlanParts(l.plan(), l.results(), l.frameworks(), Samples.WHEN);
    }

    @Test
    void theShippedTemplateAsksForAppendicesAToJAfterTheSeedsChapters() throws Exception {
        List<String> tags = DocxTemplate.placeholders(template).stream().map(Placeholder::tag).toList();
        List<String> appendices = tags.stream().filter(t -> t.matches("plantrace:appendix [A-J]")).toList();
        assertEquals(List.of("plantrace:appendix A", "plantrace:appendix B", "plantrace:appendix C",
                "plantrace:appendix D", "plantrace:appendix E", "plantrace:appendix F", "plantrace:appendix G",
                "plantrace:appendix H", "plantrace:appendix I", "plantrace:appendix J"), appendices);
        for (int n = 1; n <= 7; n++) {
            assertTrue(tags.contains("plantrace:measures " + n), "objective " + n + " measures: " + tags);
        }
        assertTrue(tags.containsAll(List.of("plantrace:diagram 3", "plantrace:appendix budgets",
                "plantrace:progress 1", "plantrace:appendix diagrams")), tags.toString());
        try (XWPFDocument d = Docx.open(template)) {
            assertEquals(List.of("Message from the Chair and the Commissioner", "The London Policing Context",
                    "Responding to these priorities", "Glossary of Terms", "Contacts", "Appendices"),
                    styled(d, "Heading1"), "the chapters of the 2009-12 plan's contents page");
        }
        // the shipped file is the one the builder writes (same chapters, same parts)
        assertEquals(tags, DocxTemplate.placeholders(BusinessPlanTemplate.build()).stream().map(Placeholder::tag).toList());
    }

    @Test
    void fillingKeepsTheTeamsWordsAndGeneratesEveryPart() throws Exception {
        try (XWPFDocument d = Docx.open(filled)) {
            Map<String, String> parts = controls(d);
            assertEquals(DocxTemplate.placeholders(template).size(), parts.size(), parts.keySet().toString());
            for (char a = 'A'; a <= 'J'; a++) {
                String text = parts.get("plantrace:appendix " + a);
                assertNotNull(text, "appendix " + a);
                assertTrue(text.startsWith("Appendix " + a + ":"), "appendix " + a + " starts with its heading: "
                        + text.substring(0, Math.min(80, text.length())));
            }
            // objective 1, measure 1 (seed 002: 79% agree the police treat them with respect, 2009/10)
            String m1 = parts.get("plantrace:measures 1");
            assertTrue(m1.contains("Percentage of people who agree that the police treat you with respect"), m1);
            assertTrue(m1.contains("79%"), m1);
            assertTrue(parts.get("plantrace:appendix budgets").contains("1,067,411"), "Police Officer Pay 2007/08 outturn");
            assertTrue(parts.get("plantrace:progress 1").contains("Rolling year"), parts.get("plantrace:progress 1"));
            assertFalse(text(d).contains("{{plantrace"), "the paragraph placeholder became a content control");
            assertFalse(text(d).contains("is generated here"), "no placeholder prompt is left");
            String body = text(d);
            assertTrue(body.contains(BusinessPlanTemplate.CONTEXT_INTRO), "the team's narrative is kept");
            assertTrue(body.contains("The team's account of the mayoral priorities"), body);
            assertEquals(List.of("Metropolitan Police Authority and Metropolitan Police Service",
                    "Policing London Business Plan 2009-12"), styled(d, "Title"), "the team's cover is kept");
            assertEquals("Georgia", d.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii(),
                    "the team's font is kept");
            assertEquals("7A1F1F", java.util.HexFormat.of().withUpperCase().formatHex((byte[]) d.getStyles()
                    .getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).getVal()), "the team's heading style is kept");
            assertNotNull(d.getStyles().getStyle("PlantraceItem"), "the generated parts' styles are added");
            assertEquals("Policing London Business Plan 2009-12", d.getHeaderList().get(0).getText().strip());
        }
        assertValid(filled);
    }

    @Test
    void regeneratingAnEditedDocumentKeepsTheEditsAndRefreshesTheParts() throws Exception {
        // a user opens the filled document in Word and edits the narrative
        byte[] edited;
        try (XWPFDocument d = Docx.open(filled)) {
            XWPFParagraph intro = paragraph(d, BusinessPlanTemplate.CONTEXT_INTRO);
            intro.createRun().setText(" We added this sentence in Word.");
            XWPFParagraph mayoral = d.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyle()) && p.getText().equals("Mayoral")).findFirst().orElseThrow();
            while (mayoral.getRuns().size() > 0) {
                mayoral.removeRun(0);
            }
            mayoral.createRun().setText("The Mayor's priorities for 2009/10");
            XWPFParagraph delivering = paragraph(d, "How the business groups deliver the objectives");
            try (XmlCursor c = delivering.getCTP().newCursor()) {
                c.toNextSibling();
                XWPFParagraph added = d.insertNewParagraph(c);
                added.createRun().setText("A paragraph the team wrote after the first generation.");
            }
            edited = bytes(d);
        }
        // the plan changes between the two runs: objective 1's first target
        Loaded l = load();
        Measure m1 = l.plan().getObjectives().get(0).getMeasures().stream().filter(m -> "1".equals(m.getNumber()))
                .findFirst().orElseThrow();
        Target t = m1.getTargets().stream().filter(x -> "2009/10".equals(x.getYear())).findFirst().orElseThrow();
        assertEquals("79%", t.getValue());
        t.setValue("83%");
        byte[] again = DocxTemplate.fill(edited, parts(l)::resolve).docx();
        try (XWPFDocument d = Docx.open(again)) {
            String body = text(d);
            assertEquals(1, count(body, BusinessPlanTemplate.CONTEXT_INTRO + " We added this sentence in Word."), body);
            assertEquals(1, count(body, "A paragraph the team wrote after the first generation."));
            assertTrue(styled(d, "Heading2").contains("The Mayor's priorities for 2009/10"));
            assertFalse(styled(d, "Heading2").contains("Mayoral"));
            Map<String, String> parts = controls(d);
            assertEquals(DocxTemplate.placeholders(template).size(), parts.size(), "no part doubled or lost");
            assertTrue(parts.get("plantrace:measures 1").contains("83%"), parts.get("plantrace:measures 1"));
            assertFalse(parts.get("plantrace:measures 1").contains("79%"), parts.get("plantrace:measures 1"));
            try (XWPFDocument before = Docx.open(edited)) {
                assertEquals(outside(before), outside(d), "every word outside the generated parts is the team's");
            }
        }
        assertValid(again);
        // and a third run over the second output changes nothing outside the parts
        byte[] third = DocxTemplate.fill(again, parts(l)::resolve).docx();
        try (XWPFDocument a = Docx.open(again); XWPFDocument b = Docx.open(third)) {
            assertEquals(outside(a), outside(b));
            assertEquals(controls(a), controls(b));
        }
    }

    @Test
    void aPlaceholderTheTemplateCannotUseIsNamed() throws Exception {
        byte[] bad = withParagraphs("Our plan", "{{plantrace appendix Z}}");
        TemplateException e = assertThrows(TemplateException.class, () -> DocxTemplate.fill(bad, parts(load())::resolve));
        assertTrue(e.getMessage().contains("appendix Z"), e.getMessage());
        byte[] noObjective = withParagraphs("{{plantrace measures 99}}");
        e = assertThrows(TemplateException.class, () -> DocxTemplate.fill(noObjective, parts(load())::resolve));
        assertTrue(e.getMessage().contains("no objective 99") && e.getMessage().contains("7 objectives"), e.getMessage());
        byte[] inline = withParagraphs("See {{plantrace appendix B}} below.");
        e = assertThrows(TemplateException.class, () -> DocxTemplate.placeholders(inline));
        assertTrue(e.getMessage().contains("alone in its paragraph"), e.getMessage());
        e = assertThrows(TemplateException.class, () -> DocxTemplate.placeholders("not a docx".getBytes()));
        assertTrue(e.getMessage().startsWith("cannot read the template as a Word document"), e.getMessage());
    }

    @Test
    void theCommandLineFillsInPlaceAndListsPlaceholders() throws Exception {
        Path doc = dir.resolve("plan.docx");
        Files.write(doc, template);
        Path plan = Samples.samplePlan();
        Path results = Samples.examples().resolve("policing-london-2009-12/results/2008-10-commissioner-report.results");
        AppendixCommandTest.Result list = AppendixCommandTest.run("document", "--template", doc.toString(), "--list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.lines().contains("plantrace:appendix J"), list.out());
        for (int run = 0; run < 2; run++) {
            AppendixCommandTest.Result r = AppendixCommandTest.run("document", plan.toString(), results.toString(),
                    "--template", doc.toString(), "-o", doc.toString());
            assertTrue(r.code() == 0 || r.code() == 1, r.err());
            assertTrue(r.out().startsWith("wrote " + doc), r.out());
        }
        try (XWPFDocument d = Docx.open(Files.readAllBytes(doc))) {
            assertEquals(DocxTemplate.placeholders(template).size(), controls(d).size());
        }
        AppendixCommandTest.Result missing = AppendixCommandTest.run("document", plan.toString(), "--template",
                dir.resolve("nope.docx").toString(), "-o", dir.resolve("x.docx").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("nope.docx"), missing.err());
        AppendixCommandTest.Result noResults = AppendixCommandTest.run("document", plan.toString(), "--template",
                doc.toString(), "-o", dir.resolve("y.docx").toString());
        assertEquals(2, noResults.code(), noResults.err());
        assertTrue(noResults.err().contains("progress 1") && noResults.err().contains("results"), noResults.err());
        assertFalse(Files.exists(dir.resolve("y.docx")), "nothing is written when a part cannot be filled");
    }

    /** LibreOffice converts the filled document without error (when soffice is installed). */
    @Test
    void libreOfficeConvertsTheFilledDocument() throws Exception {
        Path soffice = Samples.onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path in = dir.resolve("plan.docx");
        Files.write(in, filled);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString()).redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice did not finish");
        assertEquals(0, p.exitValue(), log);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("plan.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(pdf.getNumberOfPages() > 20, "pages: " + pdf.getNumberOfPages());
            assertTrue(text.contains("Appendix J: Inspection and audit"), "appendix J printed");
            assertTrue(text.replaceAll("\\s+", " ").contains(BusinessPlanTemplate.CONTEXT_INTRO), "team narrative printed");
        }
    }

    // ---- reading the document as a user sees it

    /** The text of each Plantrace content control, by tag, one line per paragraph. */
    static Map<String, String> controls(XWPFDocument d) {
        Map<String, String> m = new LinkedHashMap<>();
        try (XmlCursor c = d.getDocument().getBody().newCursor()) {
            if (c.toFirstChild()) {
                do {
                    if (new QName(W, "sdt").equals(c.getName())) {
                        String tag = null;
                        try (XmlCursor t = c.getObject().newCursor()) {
                            if (t.toChild(new QName(W, "sdtPr")) && t.toChild(new QName(W, "tag"))) {
                                tag = t.getAttributeText(new QName(W, "val"));
                            }
                        }
                        assertFalse(m.containsKey(tag), "one control per tag: " + tag);
                        m.put(tag, paragraphs(c.getObject()));
                    }
                } while (c.toNextSibling());
            }
        }
        return m;
    }

    private static String paragraphs(org.apache.xmlbeans.XmlObject o) {
        StringBuilder b = new StringBuilder();
        for (org.apache.xmlbeans.XmlObject p : o.selectPath("declare namespace w='" + W + "' .//w:p")) {
            for (org.apache.xmlbeans.XmlObject t : p.selectPath("declare namespace w='" + W + "' .//w:t")) {
                try (XmlCursor c = t.newCursor()) {
                    b.append(c.getTextValue());
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The body's paragraphs outside the content controls, in order (what the team wrote). */
    static List<String> outside(XWPFDocument d) {
        List<String> l = new ArrayList<>();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                l.add(p.getStyle() + ": " + p.getText());
            }
        }
        return l;
    }

    static String text(XWPFDocument d) {
        StringBuilder b = new StringBuilder();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                b.append(p.getText()).append('\n');
            }
        }
        controls(d).values().forEach(b::append);
        return b.toString();
    }

    static List<String> styled(XWPFDocument d, String style) {
        return d.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument d, String start) {
        return d.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + start + "'"));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static byte[] bytes(XWPFDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.write(out);
        return out.toByteArray();
    }

    private static byte[] withParagraphs(String... texts) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            for (String t : texts) {
                d.createParagraph().createRun().setText(t);
            }
            return bytes(d);
        }
    }

    /**
     * What Word checks on opening: drawing ids unique, bookmark ids unique with each end after its start, every
     * picture relationship present.
     */
    static void assertValid(byte[] docx) throws Exception {
        try (XWPFDocument d = Docx.open(docx)) {
            Set<String> drawings = new HashSet<>();
            for (var o : d.getDocument().selectPath("declare namespace wp='http://schemas.openxmlformats.org/drawingml/"
                    + "2006/wordprocessingDrawing' .//wp:docPr")) {
                try (XmlCursor c = o.newCursor()) {
                    assertTrue(drawings.add(c.getAttributeText(new QName("id"))), "drawing id repeated");
                }
            }
            assertTrue(drawings.size() >= 8, "the diagrams are pictures: " + drawings.size());
            Set<String> open = new HashSet<>();
            Set<String> seen = new HashSet<>();
            try (XmlCursor c = d.getDocument().getBody().newCursor()) {
                while (!c.toNextToken().isNone()) {
                    if (c.isStart() && c.getName().getLocalPart().equals("bookmarkStart")) {
                        String id = c.getAttributeText(new QName(W, "id"));
                        assertTrue(seen.add(id), "bookmark id repeated: " + id);
                        open.add(id);
                    } else if (c.isStart() && c.getName().getLocalPart().equals("bookmarkEnd")) {
                        assertTrue(open.remove(c.getAttributeText(new QName(W, "id"))), "bookmark end without start");
                    }
                }
            }
            assertTrue(open.isEmpty(), "unclosed bookmarks " + open);
            for (var o : d.getDocument().selectPath("declare namespace r='http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships' .//@r:embed")) {
                try (XmlCursor c = o.newCursor()) {
                    String id = c.getTextValue();
                    assertNotNull(d.getPackagePart().getRelationship(id), "picture relationship " + id);
                }
            }
        }
    }
}

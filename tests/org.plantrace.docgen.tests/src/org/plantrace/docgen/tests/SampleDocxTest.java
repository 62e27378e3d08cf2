package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;

/**
 * Generates the sample's appendices as DOCX, opens the file again with POI and checks the Word tables:
 * objective cells merged vertically over exactly the rows of their links, links in model order, grouped
 * header cells, indented priority actions, heading styles, table of contents and document properties.
 */
class SampleDocxTest {

    private static Plan plan;
    private static TraceIndex index;
    private static XWPFDocument doc;

    @BeforeAll
    static void generate() throws Exception {
        plan = Samples.sample();
        index = TraceIndex.of(plan);
        AppendixDocument d = Samples.build(plan);
        doc = Docx.open(Samples.single(d, Format.DOCX));
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    private static String title(Link l) {
        return l.target() instanceof Framework ? "All" : l.target().getLabel();
    }

    private static void checkForward(String appendix, int itemColumn, FrameworkKind... kinds) {
        Map<String, List<XWPFTableRow>> groups = Docx.objectiveTables(doc, "Appendix " + appendix + ":");
        assertEquals(plan.getObjectives().stream().map(CorporateObjective::getLabel).toList(), List.copyOf(groups.keySet()),
                appendix + ": one table per objective, headed by the objective, in plan order");
        for (CorporateObjective o : plan.getObjectives()) {
            List<Link> links = Samples.direct(index, o, kinds);
            List<XWPFTableRow> rows = groups.get(o.getLabel());
            List<XWPFParagraph> items = Docx.paragraphs(rows, "PlantraceItem");
            assertEquals(links.size(), items.size(), appendix + ": links of " + o.getId());
            for (int i = 0; i < links.size(); i++) {
                String text = items.get(i).getText();
                assertTrue(text.contains(title(links.get(i))), appendix + ": item " + i + " of " + o.getId() + ": " + text);
                if (links.get(i).target() instanceof PriorityItem item && item.getCode() != null) {
                    assertTrue(text.startsWith(item.getCode()) || text.contains(" " + item.getCode() + ":"), text);
                }
            }
            for (XWPFTableRow r : rows) {
                assertEquals(Docx.Merge.NONE, Docx.vMerge(r.getCell(0)), "no merged objective cell left");
                assertFalse(r.isRepeatHeader());
            }
            assertTrue(itemColumn - 1 < rows.get(0).getTableCells().size());
        }
    }

    /**
     * Word paginates the DOCX itself and never repeats a merged cell: each objective is its own table whose repeated
     * header rows are the column headings and the objective's label, so every page the objective runs onto names it.
     */
    @Test
    void appendixBHasOneTablePerObjectiveRepeatingItsLabelOnEveryPage() {
        checkForward("B", 1, FrameworkKind.PS);
        List<XWPFTable> tables = Docx.tables(doc, "Appendix B:");
        assertEquals(plan.getObjectives().size(), tables.size());
        for (XWPFTable t : tables) {
            assertEquals(3, Docx.headerRows(t), "two rows of column headings and the objective, repeated on every page");
            assertEquals(4, Docx.gridSpan(t.getRow(0).getCell(0)), "grouped heading over the four detail columns");
            assertEquals(4, Docx.gridSpan(t.getRow(2).getCell(0)), "the objective across the table");
            assertEquals("Protective service", t.getRow(1).getCell(0).getText());
        }
        String width = String.valueOf(tables.get(0).getCTTbl().getTblGrid().getGridColArray(0).getW());
        for (XWPFTable t : tables) {
            assertEquals(width, String.valueOf(t.getCTTbl().getTblGrid().getGridColArray(0).getW()), "columns line up");
        }
        for (CorporateObjective o : plan.getObjectives()) {
            assertEquals(Math.max(1, Samples.direct(index, o, FrameworkKind.PS).size()),
                    Docx.objectiveTables(doc, "Appendix B:").get(o.getLabel()).size(), "rows of " + o.getId());
        }
    }

    @Test
    void appendicesDEFListTheModelsLinks() {
        checkForward("D", 1, FrameworkKind.NI, FrameworkKind.APACS);
        checkForward("E", 1, FrameworkKind.PSA, FrameworkKind.SPP);
        checkForward("F", 1, FrameworkKind.MAYOR);
    }

    @Test
    void priorityActionsAreIndentedUnderTheirPsa() {
        CorporateObjective access = plan.getObjectives().get(0);
        List<Link> links = Samples.direct(index, access, FrameworkKind.PSA, FrameworkKind.SPP);
        List<XWPFTableRow> rows = Docx.objectiveTables(doc, "Appendix E:").get(access.getLabel());
        List<XWPFParagraph> cell = rows.get(0).getCell(0).getParagraphs();
        PriorityItem parent = (PriorityItem) ((PriorityItem) links.get(0).target()).eContainer();
        assertEquals("PlantraceContext", cell.get(0).getStyle());
        assertEquals(parent.getCode() + ": " + parent.getLabel(), cell.get(0).getText());
        for (int i = 0; i < links.size(); i++) {
            XWPFParagraph p = cell.get(i + 1);
            assertEquals("PlantraceItem", p.getStyle());
            assertTrue(p.getIndentationLeft() > 0, "indented: " + p.getText());
        }
    }

    @Test
    void dataAppendicesHaveMergedHeadersAndGroupRows() {
        XWPFTable g = Docx.table(doc, "Appendix G:");
        assertEquals(2, Docx.gridSpan(g.getRow(0).getCell(0)));
        XWPFTable i = Docx.table(doc, "Appendix I:");
        long groupRows = i.getRows().stream().filter(r -> r.getTableCells().size() == 1 && Docx.gridSpan(r.getCell(0)) == 4).count();
        Set<String> headings = new HashSet<>();
        try {
            org.plantrace.model.ResultSet set = org.plantrace.model.io.ModelStore.loadResults(
                    Samples.examples().resolve("policing-london-2009-12/results/2008-12-appendix-i.results"));
            set.eAllContents().forEachRemaining(e -> {
                if (e instanceof Property p && "apacs2008.objective".equals(p.getKey())) {
                    headings.add(p.getValue());
                }
            });
        } catch (org.plantrace.model.io.ModelLoadException e) {
            throw new AssertionError(e);
        }
        assertEquals(5, headings.size(), "headings the APACS outcomes were reported under (appendix I's results)");
        // and the objectives whose critical performance areas alone were reported (terrorism, events): seed 002
        assertEquals(7, groupRows, "one heading row across the table per objective reported against");
        XWPFTable h = Docx.table(doc, "Appendix H:");
        assertTrue(h.getRows().stream().skip(1).anyMatch(r -> r.getCell(0).getText().contains("(NI 16)")));
    }

    @Test
    void headingsContentsAndPropertiesAreThere() throws Exception {
        List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(14, headings.size(), headings.toString()); // draft, A-J, budgets, alignment diagrams, summary
        assertTrue(headings.get(0).startsWith("DRAFT"));
        assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
        String body = doc.getDocument().xmlText();
        assertTrue(body.contains("TOC \\o"), "a table-of-contents field");
        List<String> anchors = doc.getParagraphs().stream().flatMap(p -> p.getCTP().getHyperlinkList().stream())
                .map(h -> h.getAnchor()).toList();
        List<String> bookmarks = doc.getParagraphs().stream().flatMap(p -> p.getCTP().getBookmarkStartList().stream())
                .map(b -> b.getName()).collect(Collectors.toList());
        assertEquals(headings.size(), anchors.size());
        assertEquals(bookmarks, anchors, "every contents entry links to its section");
        POIXMLProperties props = doc.getProperties();
        assertEquals(plan.getLabel() + ": alignment appendices", props.getCoreProperties().getTitle());
        assertEquals(plan.getVersion(), props.getCoreProperties().getVersion());
        assertEquals(Samples.WHEN, props.getCoreProperties().getCreated().toInstant());
        assertNotNull(props.getCustomProperties().getProperty("Model version"));
        assertEquals(plan.getVersion(), props.getCustomProperties().getProperty("Model version").getLpwstr());
        assertFalse(props.getCustomProperties().getProperty("Generated").getLpwstr().isEmpty());
    }

    /**
     * A wrapped title (18 pt) keeps its lines apart: the documents' line spacing is a minimum, not an exact height that
     * larger type overlaps (LibreOffice read a spacing without a rule as exact).
     */
    @Test
    void lineSpacingIsAMinimumSoLargerTypeIsNotOverlapped() throws Exception {
        CTSpacing spacing = doc.getStyle().getDocDefaults().getPPrDefault().getPPr().getSpacing();
        assertEquals(STLineSpacingRule.AT_LEAST, spacing.getLineRule());
        assertEquals(252, ((Number) spacing.getLine()).intValue());
        assertEquals(36, ((Number) doc.getStyles().getStyle("Title").getCTStyle().getRPr().getSzArray(0).getVal())
                .intValue(), "the title is 18 pt, larger than the 12.6 pt line");
    }

    /**
     * Word and LibreOffice never leave a table's last row alone on a page: in every table with three rows or more
     * after its repeated header rows, every paragraph of the row before the last keeps with the next, and no
     * paragraph of an earlier body row does.
     */
    @Test
    void theRowBeforeEachTablesLastKeepsWithIt() {
        int checked = 0;
        for (XWPFTable t : doc.getTables()) {
            List<XWPFTableRow> rows = t.getRows();
            int repeated = (int) rows.stream().filter(XWPFTableRow::isRepeatHeader).count();
            if (rows.size() - repeated < 3) {
                continue;
            }
            checked++;
            for (int r = repeated; r < rows.size() - 1; r++) {
                for (var cell : rows.get(r).getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        boolean keeps = p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext();
                        assertEquals(r == rows.size() - 2, keeps, "table " + checked + ", row " + (r + 1) + " of "
                                + rows.size() + ": '" + p.getText() + "'");
                    }
                }
            }
        }
        assertTrue(checked > 10, "tables with three body rows or more: " + checked);
    }
}

package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.docgen.Appendix;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.pdf.PdfWriter;

/**
 * The budget tables, appendix A and appendix J of the sample read back from the PDF and the DOCX and compared with
 * figures typed from the published 2009-12 plan (seed 002).
 */
class BudgetFiguresTest {

    /** Lines typed from seed 002: label, then the seven amounts (outturn 2007/08 ... budget 2011/12, £000). */
    private static final List<String> TP = List.of(
            "Police Officer Pay 1,067,411 1,106,123 1,117,591 1,112,581 1,146,642 1,128,875 1,134,038",
            "PCSO Pay 123,092 132,999 136,311 133,204 140,257 140,257 140,257",
            "TOTAL PAY & OVERTIME 1,491,612 1,525,912 1,544,393 1,535,128 1,578,391 1,581,234 1,577,447",
            "Specific Grants -110,571 -108,076 -110,576 -110,553 -112,001 -112,001 -112,001",
            "NET EXPENDITURE 1,327,405 1,359,328 1,368,429 1,365,009 1,387,560 1,390,310 1,388,123",
            "Transfer to reserves 8,166 0 3,216 3,216 0",
            "TOTAL 1,335,232 1,359,328 1,370,644 1,367,224 1,387,560 1,390,310 1,388,123");
    private static final List<String> MPA = List.of(
            "Police Staff Pay 6,296 6,751 6,883 6,485 7,242 7,242 7,242",
            "Supplies & Services 3,251 4,198 4,248 4,370 4,180 4,502 4,637",
            "TOTAL 19,493 12,659 12,816 12,653 12,943 13,265 13,400");
    /** Capital programme by client group, 2009/10 ... 2015/16. */
    private static final List<String> CAPITAL = List.of(
            "Territorial Policing 43,396 56,049 23,056 29,693 32,408 13,508 7,508",
            "Corporate - IT Infrastructure 55,463 57,422 60,860 60,950 48,750 43,856 39,742",
            "Total Capital Programme (Business Groups) 216,144 175,482 139,503 140,307 124,442 125,442 119,442");

    /**
     * Spot lines of the other sixteen tables, typed from seed 002: the two revenue summaries, the business groups'
     * budgets, the centrally held budgets and specific grants, the capital programme by provisioning group, by
     * corporate objective (six years) and its funding.
     */
    private static final List<String> OTHERS = List.of(
            "Police Officer Pay 1,665,215 1,781,206 1,762,424 1,740,728 1,838,290 1,868,152 1,927,214",
            "Savings to be identified -67,590 -141,780",
            "NET REVENUE EXPENDITURE 2,450,294 2,595,000 2,601,522 2,579,482 2,640,300 2,673,300 2,706,800",
            "Specialist Crime Directorate 367,800 378,559 392,958 391,499 389,745 386,075 386,075",
            "Budget requirement 2,532,700 2,595,000 2,595,000 2,595,000 2,640,300 2,673,300 2,706,800",
            "Police Officer Pay 180,869 185,588 190,272 185,931 196,984 195,578 195,578",
            "TOTAL 370,545 378,559 391,608 390,149 389,745 386,075 386,075",
            "Supplies & Services 27,212 34,123 28,356 28,838 23,234 25,014 25,014",
            "TOTAL 7,737 544 3,092 2,485 5,471 3,730 330",
            "Police Officer Pay 155,206 156,291 157,456 158,583 166,712 167,312 170,712",
            "TOTAL -15 -4,067 20 20 0 0 0",
            "Supplies & Services 9,734 8,086 15,365 14,951 15,216 15,753 15,819",
            "TOTAL 221,012 209,896 216,844 215,823 212,258 228,697 234,374",
            "Police Officer Pay 37,787 41,101 41,544 38,842 43,055 42,460 42,460",
            "TOTAL 5,741 5,661 6,408 5,915 5,820 5,820 5,820",
            "Supplies & Services 23,254 21,969 17,774 18,569 16,749 16,371 15,943",
            "Pay Inflation 10,892 48,231 10,495 10,495 47,299 111,365 190,802",
            "Specific Grants -150,499 -129,732 -127,704 -127,618 -127,704 -127,704 -127,704",
            "Property Services 60,954 30,233 51,084 48,440 51,484 47,568 41,075",
            "Grand Total 216,144 175,482 139,503 140,307 124,442 125,442 119,442",
            "Reduce serious violence and protect young people 8,010 2,890 0 0 3,000 3,000",
            "Enhance our counter terrorism capacity and capability 31,357 9,192 9,142 722 2,722 722",
            "Police Capital Grant 38,442 38,442 38,442 38,442 38,442 38,442 38,442",
            "Borrowing 50,000 40,000 40,000 40,000 40,000 40,000 40,000");

    /** The seed prints 15 revenue tables (2 summaries, MPA, 10 business groups, centrally held, grants) and 4 capital. */
    private static final int TABLES = 19;

    private static AppendixDocument doc;
    private static List<String> pdfLines;

    @BeforeAll
    static void generate() throws Exception {
        doc = new AppendixBuilder(Samples.sample()).only(EnumSet.of(Appendix.A, Appendix.J, Appendix.BUDGETS))
                .publication(true).generated(Samples.WHEN).build().document();
        pdfLines = new ArrayList<>();
        for (List<PdfWords.Word> page : PdfWords.pages(new PdfWriter().pdf(doc))) {
            PdfWords.lines(page).forEach(l -> pdfLines.add(l.replaceAll("\\s+", " ").strip()));
        }
    }

    /**
     * Each expected line: its amounts end one printed line, and that line starts with the label (or, where the
     * label wraps in its column, with the label's first words).
     */
    private static void assertPrinted(List<String> expected) {
        for (String line : expected) {
            String[] words = line.split(" ");
            int firstAmount = 0;
            while (!words[firstAmount].matches("-?[0-9][0-9,]*")) {
                firstAmount++;
            }
            String label = String.join(" ", java.util.Arrays.copyOf(words, firstAmount));
            String amounts = String.join(" ", java.util.Arrays.copyOfRange(words, firstAmount, words.length));
            assertTrue(pdfLines.stream().anyMatch(l -> l.endsWith(" " + amounts)
                    && label.startsWith(l.substring(0, l.length() - amounts.length()).strip())
                    && l.length() > amounts.length() + 3), "the PDF prints the line '" + line + "'");
        }
    }

    @Test
    void thePdfPrintsTheSeedsBudgetFigures() {
        assertPrinted(TP);
        assertPrinted(MPA);
        assertPrinted(CAPITAL);
        assertPrinted(OTHERS);
        assertTrue(pdfLines.contains("Territorial Policing 2009-12 Budget (\u00a3000)"), "TP heading");
    }

    @Test
    void theDocxTablesHoldTheSeedsBudgetFigures() throws Exception {
        List<String> rows = new ArrayList<>();
        try (XWPFDocument d = Docx.open(Samples.single(doc, Format.DOCX))) {
            for (XWPFTable t : d.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    rows.add(String.join(" ", r.getTableCells().stream().map(XWPFTableCell::getText)
                            .filter(s -> !s.isEmpty()).toList()));
                }
            }
        }
        assertEquals(TABLES, doc.section("budgets").tables().size());
        for (List<String> table : List.of(TP, MPA, CAPITAL, OTHERS)) {
            for (String line : table) {
                assertTrue(rows.contains(line), "the DOCX has the row '" + line + "'");
            }
        }
        // headings span the table
        assertTrue(rows.contains("Running Expenses"));
    }

    @Test
    void appendixAListsThePledgesStandardsWithTheirMeasures() {
        assertTrue(pdfLines.stream().anyMatch(l -> l.startsWith("Promise 5 Answer 999 calls within 10 seconds")),
                "promise 5 with its standard");
        List<String> rows = doc.section("A").tables().get(0).body().stream()
                .map(r -> String.join(" | ", r.cells().stream().map(org.plantrace.docgen.Cell::plain).toList())).toList();
        assertTrue(rows.contains("Promise 5 | Answer 999 calls within 10 seconds and non-emergency calls within 30 seconds | "
                + "Measure 4: Percentage of 999 calls answered within 10 seconds (2009/10 target: 90%)\n"
                + "Measure 5: Percentage of non-emergency calls answered within 30 seconds (2009/10 target: 90%)"), rows.toString());
        assertTrue(rows.contains(" | If you have been seriously assaulted, a supervising detective reviews the investigation "
                + "within 18 hours | "), "a standard no measure is aligned to");
    }

    @Test
    void appendixJHasTheInspectionsGradingsActionsAndPureScores() {
        String text = String.join(" ", pdfLines);
        assertTrue(text.contains("HMIC National Inspection Programme - Phase One (HMIC, October 2007)"));
        assertTrue(pdfLines.stream().anyMatch(l -> l.startsWith("Neighbourhood excellent 4 10 All work now")),
                "NIP finding row: " + pdfLines.stream().filter(l -> l.startsWith("Neighbourhood")).toList());
        assertTrue(pdfLines.contains("Financial Reporting 3 3"));
        assertTrue(pdfLines.contains("OVERALL SCORE 2 2"));
        assertTrue(text.contains("Graded 'adequate performance (Level 2)'; 27 recommendations"));
        assertEquals(1, pdfLines.stream().filter(l -> l.startsWith("Theme Score for 2007/8 Score for 2006/7")).count());
    }
}

package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.docgen.Appendix;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.pdf.PdfWriter;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;

/**
 * The sample's PDF read back as a reader sees it (PDFBox text positions): every page of a table that continues an
 * objective names the objective at the top of its first column, and no word is broken inside a table cell.
 */
class PublishedPdfLayoutTest {

    private static Plan plan;
    private static AppendixDocument publication;
    private static AppendixDocument review;
    private static List<List<PdfWords.Word>> pages;
    private static List<List<PdfWords.Word>> reviewPages;

    @BeforeAll
    static void generate() throws Exception {
        plan = Samples.sample();
        Set<Appendix> tables = EnumSet.complementOf(EnumSet.of(Appendix.DIAGRAMS));
        AppendixBuilder.Result r = new AppendixBuilder(plan).only(tables).publication(true).generated(Samples.WHEN)
                .build();
        publication = r.document();
        review = r.review();
        pages = PdfWords.pages(new PdfWriter().pdf(publication));
        reviewPages = PdfWords.pages(new PdfWriter().pdf(review));
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }

    /** Pages from the one whose text has {@code from} up to (not including) the one with {@code to}. */
    private static List<Integer> pagesOf(String from, String to) {
        int start = -1;
        int end = pages.size();
        for (int i = 0; i < pages.size(); i++) {
            String text = norm(String.join(" ", PdfWords.lines(pages.get(i))));
            if (start < 0 && text.contains(from) && i > 0) {
                start = i;
            } else if (start >= 0 && text.contains(to)) {
                end = i;
                break;
            }
        }
        assertTrue(start > 0, "no page starts " + from);
        List<Integer> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void everyPageOfAppendixBNamesTheObjectiveOfItsFirstRows() {
        List<String> labels = plan.getObjectives().stream().map(o -> norm(o.getLabel())).toList();
        List<Integer> b = pagesOf("Appendix B: Protective Services integrated", "Appendix C:");
        assertTrue(b.size() >= 4, "Appendix B of the sample runs over several pages: " + b.size());
        int previous = -1;
        int continued = 0;
        for (int p : b) {
            List<PdfWords.Word> words = pages.get(p);
            // the first column ends where the header "Protective Services activities ..." begins
            float columnEnd = words.stream().filter(w -> w.text().equals("Protective")).map(PdfWords.Word::x)
                    .min(Float::compare).orElseThrow(() -> new AssertionError("page " + (p + 1) + " has no B table: "
                            + words.subList(0, Math.min(40, words.size()))));
            List<PdfWords.Word> first = words.stream().filter(w -> w.right() <= columnEnd + 0.5f).toList();
            List<String> lines = PdfWords.lines(first);
            int header = lines.indexOf("objective");
            assertTrue(header >= 0, "page " + (p + 1) + ": header 'Corporate objective' in " + lines);
            assertTrue(lines.size() > header + 1, "page " + (p + 1) + ": the first column is empty below its header");
            String top = norm(lines.get(header + 1));
            int objective = -1;
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).startsWith(top)) {
                    objective = i;
                    break;
                }
            }
            assertTrue(objective >= 0, "page " + (p + 1) + ": the first column starts with '" + top
                    + "', not with an objective's title");
            if (previous >= 0) {
                assertTrue(objective == previous || objective > previous,
                        "page " + (p + 1) + " goes back to objective " + (objective + 1));
                if (objective == previous) {
                    continued++;
                    assertTrue(first.stream().anyMatch(w -> w.text().equals("(continued)")),
                            "page " + (p + 1) + ": a continued objective says so");
                }
            }
            // the last objective the page names is where the next page may continue
            for (String l : lines.subList(header + 1, lines.size())) {
                for (int i = 0; i < labels.size(); i++) {
                    if (labels.get(i).startsWith(norm(l)) && norm(l).length() > 8) {
                        previous = Math.max(previous, i);
                    }
                }
            }
            previous = Math.max(previous, objective);
        }
        assertTrue(continued >= 1, "the sample has objectives whose rows run onto a second page");
    }

    /** A page's lines without its running banner, footer and watermark. */
    private static List<String> content(List<PdfWords.Word> page) {
        return PdfWords.lines(page).stream().map(PublishedPdfLayoutTest::norm)
                .filter(l -> !l.startsWith("DRAFT \u2013 not for publication") && !l.matches("Page \\d+ of \\d+")
                        && !l.equals("DRAFT"))
                .toList();
    }

    /** Lines of a table row of amounts: a label (or none) then at least three amounts. */
    private static boolean amounts(String line) {
        return line.matches(".*?(\\s?-?[0-9][0-9,]*){3,}");
    }

    /**
     * No page holds only a heading (or a heading and its note) and no table's last row sits alone on its page: the
     * layout moves a heading left at a page's foot to the next page and takes the row before a lone last row with it.
     */
    @Test
    void noPageHoldsOnlyAHeadingOrASingleTableRow() {
        for (int i = 1; i < pages.size() - 1; i++) {
            List<String> lines = content(pages.get(i));
            assertTrue(lines.size() > 3, "page " + (i + 1) + " holds only " + lines);
            // a budget page whose only row of amounts has no heading above it on the page: a lone row
            long rows = lines.stream().filter(PublishedPdfLayoutTest::amounts).count();
            boolean heading = lines.stream().anyMatch(l -> l.endsWith("(\u00a3000)"));
            assertFalse(rows == 1 && !heading && lines.stream().anyMatch(l -> l.startsWith("Outturn")),
                    "page " + (i + 1) + " holds a single row of its table: " + lines);
        }
    }

    /** Every word the document's text holds, split where a line may wrap, without punctuation. */
    private static Set<String> vocabulary(AppendixDocument d) {
        Set<String> v = new HashSet<>();
        List<String> texts = new ArrayList<>(List.of(d.title(), "Contents", "Page", "of", "continued", "DRAFT"));
        texts.addAll(d.properties().keySet());
        texts.addAll(d.properties().values());
        if (d.isDraft()) {
            texts.add(d.draft().banner());
        }
        for (Section s : d.sections()) {
            texts.add(s.title());
            for (Block b : s.blocks()) {
                switch (b) {
                    case Block.Paragraph p -> texts.add(p.line().plain());
                    case Block.Heading h -> texts.add(h.text());
                    case Figure f -> texts.add(f.caption());
                    case Table t -> {
                        for (List<Row> rows : List.of(t.header(), t.body())) {
                            for (Row r : rows) {
                                for (Cell c : r.cells()) {
                                    c.lines().stream().map(Line::plain).forEach(texts::add);
                                }
                            }
                        }
                    }
                }
            }
        }
        for (String t : texts) {
            v.addAll(tokens(t));
        }
        return v;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.split("[\\s/\\-\u2013]+")) {
            String w = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static void assertNoBrokenWords(AppendixDocument d, List<List<PdfWords.Word>> printed) {
        Set<String> vocabulary = vocabulary(d);
        Set<String> broken = new TreeSet<>();
        for (int p = 0; p < printed.size(); p++) {
            for (PdfWords.Word w : printed.get(p)) {
                for (String t : tokens(w.text())) {
                    if (!vocabulary.contains(t) && !t.matches("\\d+")) {
                        broken.add("page " + (p + 1) + ": " + t);
                    }
                }
            }
        }
        assertEquals(Set.of(), broken, "words printed that the document's text does not hold (broken inside a cell)");
    }

    @Test
    void noWordOfThePublicationIsBrokenInsideATableCell() {
        assertNoBrokenWords(publication, pages);
    }

    @Test
    void noWordOfTheReviewIsBrokenInsideItsNarrowColumns() {
        assertNoBrokenWords(review, reviewPages);
        // the words the 2009-12 review broke ("Severi ty", "warnin g", "APAC S") print whole
        String text = String.join(" ", reviewPages.stream().flatMap(p -> p.stream()).map(PdfWords.Word::text).toList());
        assertTrue(text.contains("Severity"));
        assertTrue(text.contains("warning"));
        assertFalse(text.contains("Severi ty"));
    }

    @Test
    void aTestThatCanFailSeesABrokenWord() {
        // the check itself: a word the document does not hold is reported
        Set<String> v = vocabulary(publication);
        assertFalse(v.contains("commi"), "'Commi' (of 'Commissioner's' broken in two) is no word of the document");
        assertTrue(v.contains("commissioner's") || v.contains("commissioner"));
        CorporateObjective o = plan.getObjectives().get(0);
        assertTrue(v.containsAll(tokens(o.getLabel())));
    }
}

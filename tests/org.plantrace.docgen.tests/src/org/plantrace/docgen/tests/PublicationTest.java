package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.core.validation.Rule;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.model.Identified;
import org.plantrace.model.Plan;

/**
 * {@code --publication}: the document for the plan's readers holds no traceability summary, no finding, no internal
 * rule name and no element id of the model, in any format; the analyst's review document holds them, each check
 * explained in words.
 */
class PublicationTest {

    private static Plan plan;
    private static AppendixBuilder.Result result;
    private static Set<String> ids;

    @BeforeAll
    static void build() throws Exception {
        plan = Samples.sample();
        result = new AppendixBuilder(plan).publication(true).generated(Samples.WHEN).build();
        ids = new TreeSet<>();
        for (Resource r : plan.eResource().getResourceSet().getResources()) {
            for (TreeIterator<EObject> it = r.getAllContents(); it.hasNext();) {
                if (it.next() instanceof Identified i && i.getId() != null && i.getId().contains("-")) {
                    ids.add(i.getId());
                }
            }
        }
        assertTrue(ids.size() > 500, "the sample and its frameworks have many ids: " + ids.size());
    }

    /** The internal names found in {@code text} as whole tokens: element ids and rule ids. */
    private static Set<String> internalNames(String text) {
        Set<String> found = new TreeSet<>();
        Pattern token = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9]");
        var m = token.matcher(text);
        Set<String> rules = new TreeSet<>();
        for (Rule r : Rule.values()) {
            rules.add(r.id());
        }
        while (m.find()) {
            String t = m.group();
            if (ids.contains(t) || rules.contains(t)) {
                found.add(t);
            }
        }
        return found;
    }

    private static String docxText(byte[] docx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels") || e.getName().endsWith(".svg")) {
                    b.append(new String(z.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return b.toString();
    }

    @Test
    void thePublicationLeavesOutTheSummaryAndTheFindings() {
        AppendixDocument d = result.document();
        assertTrue(d.publication());
        assertNull(d.section("summary"));
        assertNull(d.section("draft"), "the draft's errors go to the review, the publication keeps its DRAFT marking");
        assertTrue(d.isDraft(), "the sample has an error: its publication is still marked DRAFT");
        assertNotNull(d.section("B"));
        assertFalse(d.properties().containsKey("Validation"));
    }

    @Test
    void noInternalRuleNameOrElementIdInAnyFormatOfThePublication() throws Exception {
        AppendixDocument d = result.document();
        String html = new String(Samples.single(d, Format.HTML), StandardCharsets.UTF_8);
        assertEquals(Set.of(), internalNames(html), "HTML (text and attributes)");
        assertFalse(html.contains("data-ref"), "no element ids as attributes");
        assertEquals(Set.of(), internalNames(docxText(Samples.single(d, Format.DOCX))), "DOCX (every XML part)");
        assertEquals(Set.of(), internalNames(String.join("\n", Pdf.pages(Samples.single(d, Format.PDF)))), "PDF text");
        List<String> csv = new ArrayList<>();
        for (byte[] b : Samples.write(d, Format.CSV).values()) {
            csv.add(new String(b, StandardCharsets.UTF_8));
        }
        assertEquals(Set.of(), internalNames(String.join("\n", csv)), "CSV");
    }

    @Test
    void theTestFindsAnIdWhereThereIsOne() throws Exception {
        // the working document (not for publication) prints ids in HTML and rule names nowhere: the check works
        AppendixDocument working = new AppendixBuilder(plan).generated(Samples.WHEN).build().document();
        String html = new String(Samples.single(working, Format.HTML), StandardCharsets.UTF_8);
        assertTrue(internalNames(html).contains("obj-access"));
    }

    @Test
    void theReviewExplainsEveryCheckInWords() throws Exception {
        AppendixDocument review = result.review();
        assertNotNull(review);
        assertNotNull(review.section("summary"));
        assertNotNull(review.section("draft"), "the model's error is listed first");
        String html = new String(Samples.single(review, Format.HTML), StandardCharsets.UTF_8);
        String text = org.jsoup.Jsoup.parse(html).text();
        assertTrue(text.contains("Title worded differently in a published table"));
        assertTrue(text.contains("accept the published wording as reviewed or correct the title"));
        assertTrue(text.contains("Cited key activity does not exist"));
        for (Rule r : Rule.values()) {
            assertFalse(Pattern.compile("(?<![\\w-])" + Pattern.quote(r.id()) + "(?![\\w-])").matcher(text).find(),
                    "the review names checks in words, not as '" + r.id() + "'");
        }
    }

    @Test
    void theCoverSaysDraftOnlyOnceAndNotPublished() {
        AppendixDocument d = result.document();
        String cover = String.join(" | ", d.properties().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .toList());
        assertTrue(cover.contains("Status: DRAFT"), cover);
        assertFalse(cover.toLowerCase().contains("published"), "a draft is not called published: " + cover);
        AppendixDocument working = new AppendixBuilder(plan).generated(Samples.WHEN).build().document();
        String w = String.join(" | ", working.properties().values());
        assertFalse(w.toLowerCase().contains("published"), w);
    }
}

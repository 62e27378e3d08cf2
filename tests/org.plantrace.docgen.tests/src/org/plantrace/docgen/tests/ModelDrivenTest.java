package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.docgen.Appendix;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.Format;
import org.plantrace.model.Alignment;
import org.plantrace.model.Plan;

/** The appendices follow the model: a link added appears, a title changed once changes everywhere. */
class ModelDrivenTest {

    @TempDir
    Path dir;

    private static Document html(Plan plan) throws Exception {
        var d = new AppendixBuilder(plan).generated(Samples.WHEN).build().document();
        return Jsoup.parse(new String(Samples.single(d, Format.HTML), StandardCharsets.UTF_8));
    }

    @Test
    void aLinkAddedInTheModelAppearsInItsAppendix() throws Exception {
        CleanModel m = new CleanModel(dir);
        assertTrue(html(m.plan).select("#table-D p.item").eachAttr("data-ref").stream().noneMatch(r -> r.equals("added")));
        Alignment a = m.link(m.two, m.ni1);
        a.setId("added");
        Document after = html(m.plan);
        Element cell = after.selectFirst("#table-D p.item[data-ref=added]");
        assertTrue(cell != null, "the new link is printed in Appendix D");
        assertEquals("NI 1: Serious violent crime", cell.text());
        List<String> twoRows = after.select("#table-D p.item").eachAttr("data-ref");
        assertEquals(List.of("obj-one-al2", "obj-two-al5", "added"), twoRows, "after the objective's other links");
        // no publishedIn, no appendix letter: the framework kind alone decides where it goes
        assertTrue(after.select("#table-E p.item[data-ref=added], #table-B p.item[data-ref=added]").isEmpty());
    }

    @Test
    void aTitleChangedOnceChangesInEveryAppendix() throws Exception {
        CleanModel m = new CleanModel(dir);
        m.one.setTitle("Cut serious violence by a third");
        Document d = html(m.plan);
        for (String table : List.of("B", "D", "E")) {
            Element cell = d.selectFirst("#table-" + table + " p[data-ref=obj-one]");
            assertEquals("Cut serious violence by a third", cell.text(), table);
        }
        assertEquals("1. Cut serious violence by a third", d.selectFirst("#table-summary-forward p[data-ref=obj-one]").text());
        // the key activities' own titles ("Activity 1 of Reduce serious violence", now drawn in the objective's
        // diagram) keep their words; no printing of the objective's title itself is left
        assertFalse(d.text().replace("of Reduce serious violence", "").contains("Reduce serious violence"));
    }

    @Test
    void onlyTheRequestedAppendicesAreBuiltAndMissingDataIsReported() throws Exception {
        CleanModel m = new CleanModel(dir);
        AppendixBuilder.Result r = new AppendixBuilder(m.plan).only(EnumSet.of(Appendix.D, Appendix.G))
                .generated(Samples.WHEN).build();
        assertEquals(List.of("D"), r.document().sections().stream().map(s -> s.key()).toList());
        Map<Appendix, String> skipped = r.skipped();
        assertEquals(EnumSet.of(Appendix.G), skipped.keySet());
        assertTrue(skipped.get(Appendix.G).contains("chi"), skipped.get(Appendix.G));
    }
}

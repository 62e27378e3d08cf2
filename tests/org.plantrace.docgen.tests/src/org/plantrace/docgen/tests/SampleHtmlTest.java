package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.KeyActivityCitation;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Validation;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.model.Alignment;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;

/**
 * Generates every appendix of the 2009-12 sample as HTML, parses it back and checks each table against
 * the model: per objective, exactly its objective-level links in model order, the objective cell
 * spanning their rows, priority actions indented under their PSA, framework data of G/H/I.
 */
class SampleHtmlTest {

    private static Plan plan;
    private static TraceIndex index;
    private static List<Finding> findings;
    private static Document html;

    @BeforeAll
    static void generate() throws Exception {
        plan = Samples.sample();
        index = TraceIndex.of(plan);
        findings = Validation.validate(plan, index);
        AppendixDocument d = Samples.build(plan);
        html = Jsoup.parse(new String(Samples.single(d, Format.HTML), StandardCharsets.UTF_8));
    }

    /** Body rows of a table, grouped by the objective cell that spans them (in document order). */
    private static Map<String, List<Element>> groups(String table) {
        Element t = html.getElementById("table-" + table);
        assertNotNull(t, "table " + table);
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        List<Element> rows = t.select("> tbody > tr");
        for (int i = 0; i < rows.size();) {
            Element first = rows.get(i).child(0);
            String ref = first.selectFirst("p[data-ref]") == null ? null : first.selectFirst("p[data-ref]").attr("data-ref");
            assertNotNull(ref, table + ": row " + i + " does not start with an objective cell");
            int span = first.hasAttr("rowspan") ? Integer.parseInt(first.attr("rowspan")) : 1;
            groups.put(ref, new ArrayList<>(rows.subList(i, i + span)));
            i += span;
        }
        return groups;
    }

    private static List<String> itemRefs(List<Element> rows) {
        return rows.stream().flatMap(r -> r.select("p.item").stream()).map(p -> p.attr("data-ref")).toList();
    }

    private static Alignment alignment(String id) {
        return index.links().stream().map(Link::alignment).filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Forward appendices: objective rows in plan order, each listing exactly the model's links in order. */
    private static void checkForward(String table, FrameworkKind... kinds) {
        Map<String, List<Element>> groups = groups(table);
        assertEquals(plan.getObjectives().stream().map(CorporateObjective::getId).toList(), new ArrayList<>(groups.keySet()),
                table + ": one row group per objective, in plan order");
        int total = 0;
        for (CorporateObjective o : plan.getObjectives()) {
            List<Link> links = Samples.direct(index, o, kinds);
            List<Element> rows = groups.get(o.getId());
            assertEquals(Samples.ids(links), itemRefs(rows), table + ": links of " + o.getId());
            assertEquals(o.getLabel(), rows.get(0).child(0).text(), table + ": objective title printed from the model");
            for (Element p : rows.stream().flatMap(r -> r.select("p.item").stream()).toList()) {
                Alignment a = alignment(p.attr("data-ref"));
                String title = a.getTarget() instanceof Framework f ? f.getLabel() : a.getTarget().getLabel();
                assertTrue(p.text().contains(title) || p.text().equals("All"), table + ": " + p.text() + " prints " + title);
                if (a.getTarget() instanceof PriorityItem item && item.getCode() != null) {
                    assertTrue(p.selectFirst("span.lead").text().endsWith(item.getCode()), p.text());
                }
            }
            total += links.size();
        }
        assertTrue(total > 0, table + " has links");
    }

    @Test
    void appendixASaysWhichPledgeItsRowsComeFromOnce() {
        String note = html.getElementById("table-A").parent().text();
        assertTrue(note.contains("each row is a standard of service of The MPS Policing Pledge"), note);
        assertFalse(note.contains("of the The"), note);
    }

    @Test
    void appendixBListsEachObjectivesProtectiveServicesWithKeyActivitiesLeadsAndActivities() {
        checkForward("B", FrameworkKind.PS);
        for (CorporateObjective o : plan.getObjectives()) {
            List<Link> links = Samples.direct(index, o, FrameworkKind.PS);
            List<Element> rows = groups("B").get(o.getId());
            assertEquals(Math.max(1, links.size()), rows.size(), "one row per protective service of " + o.getId());
            for (int i = 0; i < links.size(); i++) {
                Alignment a = links.get(i).alignment();
                List<Element> cells = rows.get(i).select("> td");
                int c = 0; // the objective cell (a row header, th) only starts in the first row
                SortedSet<Integer> printed = KeyActivityCitation.parse(cells.get(c + 1).selectFirst("p.text").text());
                SortedSet<Integer> model = a.getKeyActivities().stream().map(KeyActivity::getNumber)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(model, printed, "key activities of " + a.getId() + " are the model's");
                boolean flagged = findings.stream().anyMatch(f -> f.element() == a
                        && List.of("missing-key-activity", "citation-mismatch", "foreign-key-activity").contains(f.rule()));
                assertEquals(flagged, cells.get(c + 1).selectFirst("p.note") != null,
                        "published citation shown exactly where validation reports it: " + a.getId());
                assertEquals(a.getLeadAgents().stream().map(BusinessGroup::getLabel).collect(Collectors.joining(", ")),
                        cells.get(c + 2).text());
                List<String> activities = a.getActivities().size() == 1 ? cells.get(c + 3).select("p.text").eachText()
                        : cells.get(c + 3).select("p.bullet").stream().map(Element::ownText).toList();
                assertEquals(a.getActivities(), activities, "business group activities of " + a.getId());
            }
        }
        Element all = html.selectFirst("#table-B p.item[data-ref=obj-events-b1]");
        assertEquals("All", all.text(), "a link to the whole framework prints as All");
        assertTrue(all.closest("tr").select("p.note").text().contains("KA1 - 9"), "the unresolved citation is shown");
    }

    @Test
    void appendixCListsEachConcernWithTheObjectivesLinkedToIt() {
        Element t = html.getElementById("table-C");
        List<Element> rows = t.select("> tbody > tr");
        Framework concerns = index.frameworks().stream().filter(f -> f.getKind() == FrameworkKind.CONCERN).findFirst().orElseThrow();
        int r = 0;
        for (PriorityItem item : index.items(concerns)) {
            Element first = rows.get(r).child(0);
            assertEquals(item.getId(), first.selectFirst("p").attr("data-ref"));
            int span = first.hasAttr("rowspan") ? Integer.parseInt(first.attr("rowspan")) : 1;
            List<String> expected = new ArrayList<>();
            for (CorporateObjective o : plan.getObjectives()) {
                Samples.direct(index, o, FrameworkKind.CONCERN).stream().filter(l -> l.target() == item)
                        .forEach(l -> expected.add(l.alignment().getId()));
            }
            assertEquals(expected, itemRefs(rows.subList(r, r + span)), "objectives addressing " + item.getId());
            r += span;
        }
        assertEquals(rows.size(), r);
    }

    @Test
    void appendixDPrintsIndicatorsWithTheirApacsEquivalentAndDefinition() {
        checkForward("D", FrameworkKind.NI, FrameworkKind.APACS);
        int withEquivalent = 0;
        for (Element p : html.select("#table-D p.item")) {
            Alignment a = alignment(p.attr("data-ref"));
            PriorityItem item = (PriorityItem) a.getTarget();
            for (PriorityItem eq : item.getCorrespondsTo()) {
                assertTrue(p.text().contains("(APACS " + eq.getCode() + ")"), p.text());
                withEquivalent++;
            }
            Element next = p.nextElementSibling();
            if (item.getDescription() != null) {
                assertEquals(item.getDescription(), next.ownText(), "definition under " + item.getCode());
                assertTrue(next.hasClass("bullet"));
            }
            if (Framework.class.cast(item.eContainer()).getKind() == FrameworkKind.APACS) {
                assertTrue(p.selectFirst("span.lead").text().startsWith("APACS SPI"), p.text());
            }
        }
        assertTrue(withEquivalent > 0);
        // the published table shows the major-events objective with an empty cell
        assertTrue(groups("D").get("obj-events").get(0).select("p.item").isEmpty());
    }

    @Test
    void appendixEIndentsPriorityActionsUnderTheirPsa() {
        checkForward("E", FrameworkKind.PSA, FrameworkKind.SPP);
        int children = 0;
        for (Element p : html.select("#table-E p.item")) {
            PriorityItem item = (PriorityItem) alignment(p.attr("data-ref")).getTarget();
            if (item.eContainer() instanceof PriorityItem parent) {
                children++;
                assertTrue(p.hasClass("l1"), item.getId() + " is indented");
                Element above = p.previousElementSibling();
                while (above.hasClass("l1")) {
                    above = above.previousElementSibling();
                }
                String ref = above.attr("data-ref");
                assertTrue(ref.equals(parent.getId()) || alignment(ref).getTarget() == parent,
                        item.getId() + " sits under " + parent.getId());
                if (item.getCode() == null) {
                    assertTrue(p.hasClass("marked"), "uncoded sub-items print as bullets");
                }
            } else {
                assertFalse(p.hasClass("l1"));
            }
        }
        assertTrue(children > 0);
        Element ctx = html.selectFirst("#table-E p.context[data-ref=psa-24]");
        assertNotNull(ctx, "PSA 24 is printed above its priority actions");
        assertEquals("PSA 24: Deliver a more effective, transparent and responsive Criminal Justice System (CJS) for victims and the public",
                ctx.text());
    }

    @Test
    void appendixFPrintsThemesBeforeThemedPriorities() {
        checkForward("F", FrameworkKind.MAYOR);
        for (Element p : html.select("#table-F p.item")) {
            PriorityItem item = (PriorityItem) alignment(p.attr("data-ref")).getTarget();
            Element lead = p.selectFirst("span.lead");
            if (item.eContainer() instanceof PriorityItem theme && theme.isGroup()
                    && theme.getProperties().stream().anyMatch(q -> q.getValue().equals("suffix"))) {
                assertTrue(p.text().endsWith("(" + theme.getName() + ")"), "a marker theme prints after: " + p.text());
            } else if (item.eContainer() instanceof PriorityItem theme && theme.isGroup()) {
                assertEquals(theme.getName(), lead.text());
            } else {
                assertEquals(null, lead, item.getId());
            }
        }
    }

    @Test
    void appendixGListsTheHealthIndicators() {
        Framework chi = framework(FrameworkKind.CHI);
        List<Element> rows = html.select("#table-G > tbody > tr");
        List<PriorityItem> items = new ArrayList<>();
        chi.eAllContents().forEachRemaining(e -> {
            if (e instanceof PriorityItem i) {
                items.add(i);
            }
        });
        assertEquals(items.stream().map(PriorityItem::getCode).toList(), rows.stream().map(r -> r.child(0).text()).toList());
        assertEquals(items.stream().map(Named::getLabel).toList(), rows.stream().map(r -> r.child(1).text()).toList());
        Element head = html.selectFirst("#table-G > thead > tr > th");
        assertEquals("2", head.attr("colspan"), "grouped header cell over both columns");
    }

    @Test
    void appendixHListsTheLocalAreaAgreementCounts() {
        Framework laa = framework(FrameworkKind.LAA);
        List<Element> rows = html.select("#table-H > tbody > tr");
        assertEquals(laa.getItems().size(), rows.size());
        List<String> keys = List.of("laa.agreed", "laa.firstYear", "laa.local", "laa.total");
        for (int i = 0; i < rows.size(); i++) {
            PriorityItem item = laa.getItems().get(i);
            List<String> cells = rows.get(i).select("> td").stream().map(Element::text).toList();
            assertEquals(item.getLabel() + " (" + item.getCode() + ")", cells.get(0));
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                String v = item.getProperties().stream().filter(p -> p.getKey().equals(key)).map(Property::getValue)
                        .findFirst().orElse("");
                assertEquals(v, cells.get(k + 1), item.getId() + " " + key);
            }
        }
    }

    /** The results of Appendix I's rows (the sample's results file), by the id of the APACS item they report. */
    private static Map<String, org.plantrace.model.Result> appendixIResults() throws Exception {
        org.plantrace.model.ResultSet set = org.plantrace.model.io.ModelStore.loadResults(
                Samples.examples().resolve("policing-london-2009-12/results/2008-12-appendix-i.results"));
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(set);
        Map<String, org.plantrace.model.Result> out = new java.util.LinkedHashMap<>();
        for (org.plantrace.model.Result r : set.getResults()) {
            if (r.getProperties().stream().anyMatch(p -> p.getKey().equals("apacs2008.objective"))) {
                out.put(r.getMeasure().getNationalIndicator().getId(), r);
            }
        }
        return out;
    }

    @Test
    void appendixIGroupsApacsOutcomesUnderTheObjectivesTheyWereReportedAgainst() throws Exception {
        Map<String, org.plantrace.model.Result> reported = appendixIResults();
        List<Element> itemRows = html.select("#table-I > tbody > tr:not(.group)");
        assertEquals(34, reported.size());
        assertEquals(61, itemRows.size(), "the 34 APACS rows and the 27 rows of critical performance areas and "
                + "other police indicators (seed 002, Appendix I)");
        int resolved = 0;
        for (Element group : html.select("#table-I > tbody > tr.group")) {
            Element p = group.selectFirst("p[data-ref]");
            Element row = group.nextElementSibling();
            org.plantrace.model.Result item = null;
            for (; row != null && !row.hasClass("group") && item == null; row = row.nextElementSibling()) {
                item = reported.get(row.selectFirst("p[data-ref]").attr("data-ref"));
            }
            if (item == null) {
                continue; // a group of measures only (the Olympics objective's critical performance areas)
            }
            String published = item.getProperties().stream().filter(q -> q.getKey().equals("apacs2008.objective"))
                    .map(Property::getValue).findFirst().orElseThrow();
            if (p != null) {
                CorporateObjective o = plan.getObjectives().stream().filter(x -> x.getId().equals(p.attr("data-ref")))
                        .findFirst().orElseThrow();
                assertEquals(o.getLabel(), p.text(), "an objective heading prints the objective's one title");
                resolved++;
            } else {
                assertEquals(published, group.text(), "a heading that names no objective is printed as recorded");
            }
        }
        assertTrue(resolved >= 4, "headings resolved to objectives: " + resolved);
        // the seed's Appendix I lists SPI 2.3 under the neighbourhoods objective
        Element spi23 = html.selectFirst("#table-I p[data-ref=spi-2-3]").closest("tr");
        Element group = spi23.previousElementSibling();
        while (!group.hasClass("group")) {
            group = group.previousElementSibling();
        }
        assertEquals("obj-neighbourhoods", group.selectFirst("p").attr("data-ref"));
        assertEquals("CPA & SPI 2.3", spi23.child(0).text());
    }

    @Test
    void summaryCoversEveryObjectiveFrameworkAndFinding() {
        assertEquals(plan.getObjectives().size(), html.select("#table-summary-forward > tbody > tr").size());
        List<Framework> priorities = index.frameworks().stream().filter(f -> f.getKind() != FrameworkKind.CHI).toList();
        assertEquals(priorities.stream().map(Framework::getId).toList(),
                html.select("#table-summary-backward > tbody > tr p[data-ref]").eachAttr("data-ref"),
                "every framework of priorities, health indicators left out");
        assertEquals(findings.size(), html.select("#table-findings > tbody > tr").size());
        Element forwardHead = html.selectFirst("#table-summary-forward > thead > tr");
        assertEquals(String.valueOf(priorities.stream().map(Framework::getKind).distinct().count()),
                forwardHead.child(1).attr("colspan"), "one column per framework kind");
    }

    @Test
    void contentsLinkToEverySectionInOrder() {
        List<String> links = html.select("nav.toc a").eachAttr("href");
        List<String> sections = html.select("section.section > h2").eachAttr("id").stream().map(s -> "#" + s).toList();
        assertEquals(sections, links);
        assertEquals(List.of("draft", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "budgets", "diagrams", "summary"),
                html.select("section.section").eachAttr("data-key"));
    }

    private static Framework framework(FrameworkKind kind) {
        for (var r : plan.eResource().getResourceSet().getResources()) {
            if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Framework f && f.getKind() == kind) {
                return f;
            }
        }
        throw new IllegalStateException(kind.toString());
    }
}

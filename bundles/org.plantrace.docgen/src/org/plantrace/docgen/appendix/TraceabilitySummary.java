package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plantrace.core.Labels;
import org.plantrace.core.era.Lifecycle;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.Scheme;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.RuleTexts;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * The traceability summary: forward (objective to frameworks: items covered by any route, and whether
 * it reaches a national priority and a National Indicator), backward (per framework, items covered
 * and not), the items no objective covers, and every validation finding, errors first, each named by its check in
 * words ({@link RuleTexts}).
 */
public final class TraceabilitySummary implements SectionBuilder {

    /** Lists every finding. */
    @Override
    public boolean readsFindings() {
        return true;
    }

    @Override
    public List<FrameworkKind> kinds() {
        return List.of();
    }

    @Override
    public Section build(Context c) {
        List<Block> blocks = new ArrayList<>();
        Coverage coverage = Coverage.of(c.index());
        // health indicators measure the organisation: they are not priorities, so the summary leaves them out
        Set<Framework> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        listed.addAll(coverage.listed());
        List<Framework> frameworks = c.tracedFrameworks().stream()
                .filter(f -> listed.contains(f) && f.getKind() != FrameworkKind.CHI).toList();
        blocks.add(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("An item counts as covered when it "
                + "is linked, when a sub-item or its parent is linked, or when an equivalent indicator is linked; "
                + "links from key activities and measures count for their objective. Only national frameworks in "
                + "force during the plan's period count for coverage; local frameworks are shown for information."))));
        blocks.add(new Block.Heading("Forward traceability: " + c.objectivesInText() + " to frameworks"));
        blocks.add(forward(c, frameworks));
        blocks.add(new Block.Heading("Backward traceability: coverage of each framework"));
        blocks.add(backward(coverage, frameworks));
        blocks.add(new Block.Heading("Items no " + c.objectiveLabel().toLowerCase(Locale.ROOT) + " covers"));
        blocks.add(uncovered(coverage));
        blocks.add(new Block.Heading("Validation findings"));
        blocks.add(findings("findings", c.findings()));
        return new Section("summary", "Traceability summary", blocks);
    }

    private static String name(Framework f) {
        return Labels.blank(f.getCode()) ? f.getLabel() : f.getCode();
    }

    /**
     * One column per framework kind (PSA, SPP, NIS, ...), so the table stays as wide for a plan with many
     * frameworks of a kind; a kind with one framework is headed by that framework's code.
     */
    private static Table forward(Context c, List<Framework> frameworks) {
        TraceIndex index = c.index();
        Map<FrameworkKind, List<Framework>> byKind = new LinkedHashMap<>();
        for (Framework f : frameworks) {
            byKind.computeIfAbsent(f.getKind(), k -> new ArrayList<>()).add(f);
        }
        List<Cell> codes = new ArrayList<>();
        byKind.forEach((k, fs) -> codes.add(Cell.text(fs.size() == 1 ? name(fs.get(0))
                : Scheme.of(k).cliName().toUpperCase(Locale.ROOT) + " (" + fs.size() + ")")));
        codes.add(Cell.text("National priority"));
        codes.add(Cell.text("National Indicator"));
        int kinds = Math.max(1, byKind.size());
        List<Row> header = List.of(
                new Row(Row.Kind.HEADER, List.of(Cell.text(c.objectiveLabel()).rowSpan(2),
                        Cell.text("Items covered, by framework").colSpan(kinds), Cell.text("Traces to").colSpan(2))),
                new Row(Row.Kind.HEADER, byKind.isEmpty() ? prepend(Cell.text("(none)"), codes) : codes));
        // the objectives linking each framework as a whole, and each objective's counts by framework, found once
        // (per objective and framework, the index's lists made the table quadratic in the plan)
        Map<Framework, Set<CorporateObjective>> wholeBy = new IdentityHashMap<>();
        for (Framework f : frameworks) {
            for (Link l : index.wholeFrameworkLinks(f)) {
                wholeBy.computeIfAbsent(f, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(l.objective());
            }
        }
        List<Row> body = new ArrayList<>();
        for (CorporateObjective o : c.plan().getObjectives()) {
            Map<Framework, Integer> covered = index.coveredCounts(o);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(Line.text(o.getNumber() + ". " + o.getLabel(), o.getId())));
            if (byKind.isEmpty()) {
                cells.add(Cell.empty());
            }
            for (List<Framework> fs : byKind.values()) {
                int n = 0;
                boolean whole = false;
                for (Framework f : fs) {
                    n += covered.getOrDefault(f, 0);
                    whole |= wholeBy.getOrDefault(f, Set.of()).contains(o);
                }
                cells.add(Cell.text(whole ? (n == 0 ? "all" : "all + " + n) : n == 0 ? "\u2013" : Integer.toString(n)));
            }
            cells.add(Cell.text(index.tracesToNationalPriority(o) ? "yes" : "NO"));
            cells.add(Cell.text(index.tracesToNationalIndicator(o) ? "yes" : "NO"));
            body.add(Row.body(cells));
        }
        List<Integer> widths = new ArrayList<>();
        widths.add(20);
        for (int i = 0; i < kinds; i++) {
            widths.add(Math.max(4, 60 / kinds));
        }
        widths.add(10);
        widths.add(10);
        return new Table("summary-forward", widths, header, body);
    }

    private static List<Cell> prepend(Cell first, List<Cell> rest) {
        List<Cell> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }

    private static Table backward(Coverage coverage, List<Framework> frameworks) {
        List<Row> body = new ArrayList<>();
        for (Framework f : frameworks) {
            List<PriorityItem> items = coverage.priorities(f);
            int open = coverage.uncovered(f).size();
            int covered = items.size() - open;
            String kind = Scheme.of(f.getKind()).cliName() + (!Lifecycle.isNational(f) ? " (local)"
                    : coverage.counts(f) ? "" : " (not in force)");
            body.add(Row.body(List.of(Cell.of(Line.text(f.getLabel(), f.getId())), Cell.text(kind),
                    Cell.text(Integer.toString(items.size())), Cell.text(Integer.toString(covered)),
                    Cell.text(Integer.toString(open)),
                    Cell.text(items.isEmpty() ? "\u2013" : Math.round(100.0 * covered / items.size()) + "%"))));
        }
        List<Row> header = List.of(Row.header(Cell.text("Framework"), Cell.text("Kind"), Cell.text("Items"),
                Cell.text("Covered"), Cell.text("Not covered"), Cell.text("Coverage")));
        return new Table("summary-backward", List.of(38, 12, 10, 13, 13, 14), header, body);
    }

    private static Table uncovered(Coverage coverage) {
        List<Row> body = new ArrayList<>();
        for (Framework f : coverage.counted()) {
            List<PriorityItem> open = coverage.uncovered(f);
            for (int i = 0; i < open.size(); i++) {
                PriorityItem item = open.get(i);
                List<Cell> cells = new ArrayList<>();
                if (i == 0) {
                    cells.add(Cell.of(Line.text(f.getLabel(), f.getId())).rowSpan(open.size()));
                }
                cells.add(Cell.text(Labels.printedId(item)));
                cells.add(Cell.of(Line.text(item.getLabel(), item.getId())));
                body.add(Row.body(cells));
            }
        }
        if (body.isEmpty()) {
            body.add(Row.body(List.of(Cell.of(Line.note("Every item is covered.")).colSpan(3))));
        }
        List<Row> header = List.of(Row.header(Cell.text("Framework"), Cell.text("Item"), Cell.text("Title")));
        return new Table("summary-uncovered", List.of(26, 18, 56), header, body);
    }

    /** Findings as a table, errors first, otherwise in validation order. */
    static Table findings(String name, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        List<Row> body = new ArrayList<>();
        for (Finding f : sorted) {
            body.add(Row.body(List.of(Cell.text(f.severity().name().toLowerCase(Locale.ROOT)),
                    Cell.text(RuleTexts.title(f.rule())), Cell.text(f.path() == null ? "" : f.path()),
                    Cell.text(f.message()))));
        }
        if (body.isEmpty()) {
            body.add(Row.body(List.of(Cell.of(Line.note("No findings.")).colSpan(4))));
        }
        List<Row> header = List.of(Row.header(Cell.text("Severity"), Cell.text("Check"), Cell.text("Where"),
                Cell.text("What was found")));
        return new Table(name, List.of(12, 20, 24, 44), header, body);
    }
}

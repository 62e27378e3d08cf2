package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plantrace.core.Labels;
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
import org.plantrace.model.Property;
import org.plantrace.model.Wording;

/**
 * Appendix I: APACS outcomes, from the {@code apacsYYYY.*} properties of APACS items (printedId,
 * indicator, target, result, objective), one table per year. Rows are grouped under the objective
 * heading the property names; the heading is resolved to the plan's objective (by its title or one of
 * its recorded wordings) so that it prints the objective's one title, and printed as given otherwise.
 */
public final class ApacsOutcomes implements SectionBuilder {

    private static final Pattern KEY = Pattern.compile("(apacs(\\d{4}))\\.(printedId|indicator|target|result|objective)");

    @Override
    public List<FrameworkKind> kinds() {
        return List.of(FrameworkKind.APACS);
    }

    @Override
    public String missing(Context c) {
        return c.frameworks(kinds()).isEmpty() ? SectionBuilder.super.missing(c)
                : "no APACS item carries apacsYYYY.* outcome properties";
    }

    @Override
    public Section build(Context c) {
        List<Framework> frameworks = c.frameworks(kinds());
        TreeSet<String> years = new TreeSet<>();
        for (Framework f : frameworks) {
            for (PriorityItem item : c.items(f)) {
                for (Property p : item.getProperties()) {
                    Matcher m = p.getKey() == null ? null : KEY.matcher(p.getKey());
                    if (m != null && m.matches()) {
                        years.add(m.group(2));
                    }
                }
            }
        }
        if (years.isEmpty()) {
            return null;
        }
        String code = frameworks.stream().map(Framework::getCode).filter(s -> !Labels.blank(s)).findFirst().orElse("APACS");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Indicator data recorded on the "
                + code + " items; rows grouped under the " + c.objectiveLabel().toLowerCase(Locale.ROOT)
                + " they were reported against."))));
        for (String year : years) {
            if (years.size() > 1) {
                blocks.add(new Block.Heading(code + " outcomes for " + year));
            }
            blocks.add(table(c, frameworks, "apacs" + year, years.size() == 1 ? "I" : "I-" + year));
        }
        String title = "Appendix I: " + code + " outcomes for " + String.join(", ", years);
        return new Section("I", title, blocks);
    }

    private static Table table(Context c, List<Framework> frameworks, String prefix, String name) {
        Map<String, List<PriorityItem>> byHeading = new LinkedHashMap<>();
        Map<String, CorporateObjective> resolved = new LinkedHashMap<>();
        String period = null;
        for (Framework f : frameworks) {
            for (PriorityItem item : c.items(f)) {
                if (item.getProperties().stream().noneMatch(p -> p.getKey() != null && p.getKey().startsWith(prefix + "."))) {
                    continue;
                }
                if (period == null && !Labels.blank(f.getPeriod())) {
                    period = f.getPeriod();
                }
                String heading = Properties.get(item, prefix + ".objective", "");
                byHeading.computeIfAbsent(heading, k -> new ArrayList<>()).add(item);
                if (!resolved.containsKey(heading)) {
                    resolved.put(heading, objective(c, heading));
                }
            }
        }
        List<String> order = new ArrayList<>(byHeading.keySet());
        List<CorporateObjective> objectives = c.plan().getObjectives();
        order.sort((a, b) -> Integer.compare(rank(resolved.get(a), objectives), rank(resolved.get(b), objectives)));
        List<Row> body = new ArrayList<>();
        for (String heading : order) {
            CorporateObjective o = resolved.get(heading);
            Line line = o != null ? Line.text(o.getLabel(), o.getId())
                    : Line.text(heading.isEmpty() ? "(no " + c.objectiveLabel().toLowerCase(Locale.ROOT) + " given)" : heading);
            body.add(new Row(Row.Kind.GROUP, List.of(Cell.of(line).colSpan(4))));
            for (PriorityItem item : byHeading.get(heading)) {
                body.add(Row.body(List.of(
                        Cell.text(Properties.get(item, prefix + ".printedId", Labels.printedId(item))),
                        Cell.of(Line.text(Properties.get(item, prefix + ".indicator", item.getLabel()), item.getId())),
                        Cell.text(Properties.get(item, prefix + ".target", "")),
                        Cell.text(Properties.get(item, prefix + ".result", "")))));
            }
        }
        String target = (period == null ? "" : period.replace('-', '/') + " ") + "target";
        List<Row> header = List.of(Row.header(Cell.text("Performance indicator ID"), Cell.text("Indicator"),
                Cell.text(target.substring(0, 1).toUpperCase(Locale.ROOT) + target.substring(1)),
                Cell.text("Rolling 12 months")));
        return new Table(name, List.of(17, 47, 18, 18), header, body, c.objectiveLabel());
    }

    private static int rank(CorporateObjective o, List<CorporateObjective> objectives) {
        return o == null ? Integer.MAX_VALUE : objectives.indexOf(o);
    }

    /** The objective whose title, name or a recorded wording reads as {@code heading}, or null. */
    static CorporateObjective objective(Context c, String heading) {
        String h = normalise(heading);
        if (h.isEmpty()) {
            return null;
        }
        for (CorporateObjective o : c.plan().getObjectives()) {
            if (h.equals(normalise(o.getTitle())) || h.equals(normalise(o.getName()))) {
                return o;
            }
            for (Wording w : o.getWordings()) {
                if (h.equals(normalise(w.getText()))) {
                    return o;
                }
            }
        }
        return null;
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip()
                .replaceAll("[.;:]+$", "").toLowerCase(Locale.ROOT);
    }
}

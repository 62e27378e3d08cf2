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
import org.plantrace.model.Measure;
import org.plantrace.model.MeasureSet;
import org.plantrace.model.Target;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;
import org.plantrace.model.Wording;

/**
 * Appendix I: APACS outcomes, from the {@code apacsYYYY.*} properties of APACS items (printedId,
 * indicator, target, result, objective), one table per year. Rows are grouped under the objective
 * heading the property names; the heading is resolved to the plan's objective (by its title or one of
 * its recorded wordings) so that it prints the objective's one title, and printed as given otherwise. The plan's
 * measures reported with the outcomes (critical performance areas, other police indicators: measures carrying
 * {@code apacsYYYY.printedId}) print in the same tables under the objective they serve; {@code apacsYYYY.row}
 * on items and measures keeps the printed order within an objective.
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

    /** One printed row: from an APACS item's properties or from a plan measure reported with them. */
    private record Outcome(String printedId, Line indicator, String target, String result, String heading,
            CorporateObjective objective, int row) {
    }

    private static Table table(Context c, List<Framework> frameworks, String prefix, String name) {
        List<Outcome> outcomes = new ArrayList<>();
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
                outcomes.add(new Outcome(Properties.get(item, prefix + ".printedId", Labels.printedId(item)),
                        Line.text(Properties.get(item, prefix + ".indicator", item.getLabel()), item.getId()),
                        Properties.get(item, prefix + ".target", ""), Properties.get(item, prefix + ".result", ""),
                        heading, objective(c, heading), row(item, prefix)));
            }
        }
        outcomes.addAll(measures(c, prefix, period));
        // groups: an objective (however its heading was worded), else the heading as printed
        Map<Object, List<Outcome>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            groups.computeIfAbsent(o.objective() != null ? o.objective() : o.heading(), k -> new ArrayList<>()).add(o);
        }
        List<CorporateObjective> objectives = c.plan().getObjectives();
        List<List<Outcome>> order = new ArrayList<>(groups.values());
        order.sort(java.util.Comparator.comparingInt((List<Outcome> g) -> rank(g.get(0).objective(), objectives))
                .thenComparingInt(g -> g.stream().mapToInt(Outcome::row).min().orElse(Integer.MAX_VALUE)));
        List<Row> body = new ArrayList<>();
        for (List<Outcome> group : order) {
            CorporateObjective o = group.get(0).objective();
            String heading = group.get(0).heading();
            Line line = o != null ? Line.text(o.getLabel(), o.getId())
                    : Line.text(heading.isEmpty() ? "(no " + c.objectiveLabel().toLowerCase(Locale.ROOT) + " given)" : heading);
            body.add(new Row(Row.Kind.GROUP, List.of(Cell.of(line).colSpan(4))));
            List<Outcome> rows = new ArrayList<>(group);
            rows.sort(java.util.Comparator.comparingInt(Outcome::row)); // stable: unnumbered rows keep model order
            for (Outcome r : rows) {
                body.add(Row.body(List.of(Cell.text(r.printedId()), Cell.of(r.indicator()), Cell.text(r.target()),
                        Cell.text(r.result()))));
            }
        }
        String target = (period == null ? "" : period.replace('-', '/') + " ") + "target";
        List<Row> header = List.of(Row.header(Cell.text("Performance indicator ID"), Cell.text("Indicator"),
                Cell.text(target.substring(0, 1).toUpperCase(Locale.ROOT) + target.substring(1)),
                Cell.text("Rolling 12 months")));
        return new Table(name, List.of(17, 47, 18, 18), header, body, c.objectiveLabel());
    }

    /**
     * The plan's measures reported with the outcomes (critical performance areas and other indicators that are not
     * APACS items): those carrying {@code prefix.printedId}; the target is the measure's target for the framework's
     * period, the result {@code prefix.result}, the group the first objective the measure contributes to (or its own).
     */
    private static List<Outcome> measures(Context c, String prefix, String period) {
        List<Measure> all = new ArrayList<>();
        for (CorporateObjective o : c.plan().getObjectives()) {
            all.addAll(o.getMeasures());
        }
        for (MeasureSet set : c.plan().getMeasureSets()) {
            all.addAll(set.getMeasures());
        }
        String year = period == null ? null : period.replace('-', '/');
        List<Outcome> out = new ArrayList<>();
        for (Measure m : all) {
            String id = Properties.get(m, prefix + ".printedId");
            if (id == null) {
                continue;
            }
            CorporateObjective o = m.eContainer() instanceof CorporateObjective owner ? owner
                    : m.getContributesTo().stream().filter(x -> !x.eIsProxy()).findFirst().orElse(null);
            String target = m.getTargets().stream().filter(t -> year == null || year.equals(t.getYear()))
                    .map(Target::getValue).filter(v -> v != null).findFirst().orElse("");
            out.add(new Outcome(id, Line.text(m.getLabel(), m.getId()), target,
                    Properties.get(m, prefix + ".result", ""), o == null ? "" : o.getLabel(), o, row(m, prefix)));
        }
        return out;
    }

    private static int row(org.plantrace.model.Element e, String prefix) {
        try {
            return Integer.parseInt(Properties.get(e, prefix + ".row", "").strip());
        } catch (NumberFormatException ex) {
            return Integer.MAX_VALUE;
        }
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

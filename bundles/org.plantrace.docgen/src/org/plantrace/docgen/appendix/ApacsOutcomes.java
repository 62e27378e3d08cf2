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
import org.plantrace.core.progress.PlanResults;
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
import org.plantrace.model.Target;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.Wording;

/**
 * Appendix I: APACS outcomes, from the results of the plan's measures in the results files of its project (a
 * reporting round such as {@code 2008-12-appendix-i.results}): every result carrying {@code apacsYYYY.printedId} is a
 * row of the table of year YYYY, ordered by {@code apacsYYYY.row}. A result carrying {@code apacsYYYY.objective} is
 * an APACS indicator's row: it prints the indicator the measure reports (its {@code apacsYYYY.indicator} wording when
 * the appendix worded it otherwise), under the objective heading it was reported against, resolved to the plan's
 * objective (by its title or one of its recorded wordings) so that it prints the objective's one title, and printed as
 * given otherwise. Other rows are the plan's measures reported with the outcomes (critical performance areas, other
 * police indicators), under the objective they serve. Target and result print as the appendix printed them
 * ({@code apacsYYYY.target}, {@code apacsYYYY.result}), else the measure's target of the framework's period and the
 * result's text.
 */
public final class ApacsOutcomes implements SectionBuilder {

    private static final Pattern KEY = Pattern.compile("apacs(\\d{4})\\.printedId");

    @Override
    public List<FrameworkKind> kinds() {
        return List.of(FrameworkKind.APACS);
    }

    @Override
    public String missing(Context c) {
        return c.frameworks(kinds()).isEmpty() ? SectionBuilder.super.missing(c)
                : "no result in the plan's results files carries apacsYYYY.* outcome properties";
    }

    /** A result of the plan's results files with the measure of the plan it reports on. */
    private record Reported(Result result, Measure measure, String set) {
    }

    @Override
    public Section build(Context c) {
        List<Framework> frameworks = c.frameworks(kinds());
        if (frameworks.isEmpty()) {
            return null;
        }
        TreeSet<String> years = new TreeSet<>();
        List<Reported> reported = new ArrayList<>();
        for (ResultSet set : PlanResults.find(c.plan())) {
            for (Result r : set.getResults()) {
                Measure m = PlanResults.measureIn(c.plan(), r);
                for (Property p : r.getProperties()) {
                    Matcher k = p.getKey() == null ? null : KEY.matcher(p.getKey());
                    if (m != null && k != null && k.matches()) {
                        years.add(k.group(1));
                        reported.add(new Reported(r, m, set.getLabel()));
                    }
                }
            }
        }
        if (years.isEmpty()) {
            return null;
        }
        String code = frameworks.stream().map(Framework::getCode).filter(s -> !Labels.blank(s)).findFirst().orElse("APACS");
        String period = frameworks.stream().map(Framework::getPeriod).filter(s -> !Labels.blank(s)).findFirst().orElse(null);
        List<Block> blocks = new ArrayList<>();
        List<String> sources = reported.stream().map(Reported::set).distinct().toList();
        blocks.add(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Results of the plan's measures from "
                + String.join(", ", sources) + "; rows grouped under the " + c.objectiveLabel().toLowerCase(Locale.ROOT)
                + " they were reported against."))));
        for (String year : years) {
            if (years.size() > 1) {
                blocks.add(new Block.Heading(code + " outcomes for " + year));
            }
            blocks.add(table(c, reported, "apacs" + year, period, years.size() == 1 ? "I" : "I-" + year));
        }
        String title = "Appendix I: " + code + " outcomes for " + String.join(", ", years);
        return new Section("I", title, blocks);
    }

    /** One printed row: an APACS indicator's or a plan measure's reported with them. */
    private record Outcome(String printedId, Line indicator, String target, String result, String heading,
            CorporateObjective objective, int row) {
    }

    private static Table table(Context c, List<Reported> reported, String prefix, String period, String name) {
        List<Outcome> outcomes = new ArrayList<>();
        String year = period == null ? null : period.replace('-', '/');
        for (Reported rep : reported) {
            Result r = rep.result();
            if (Properties.get(r, prefix + ".printedId") == null) {
                continue;
            }
            Measure m = rep.measure();
            String result = Properties.get(r, prefix + ".result", Labels.blank(r.getText()) ? "" : r.getText());
            String heading = Properties.get(r, prefix + ".objective");
            PriorityItem item = m.getNationalIndicator();
            if (heading != null && item != null && !item.eIsProxy()) {
                outcomes.add(new Outcome(Properties.get(r, prefix + ".printedId", Labels.printedId(item)),
                        Line.text(Properties.get(r, prefix + ".indicator", item.getLabel()), item.getId()),
                        Properties.get(r, prefix + ".target", ""), result, heading, objective(c, heading), row(r, prefix)));
                continue;
            }
            CorporateObjective o = m.eContainer() instanceof CorporateObjective owner ? owner
                    : m.getContributesTo().stream().filter(x -> !x.eIsProxy()).findFirst().orElse(null);
            String target = Properties.get(r, prefix + ".target", m.getTargets().stream()
                    .filter(t -> year == null || year.equals(t.getYear())).map(Target::getValue).filter(v -> v != null)
                    .findFirst().orElse(""));
            outcomes.add(new Outcome(Properties.get(r, prefix + ".printedId"), Line.text(m.getLabel(), m.getId()), target,
                    result, o == null ? "" : o.getLabel(), o, row(r, prefix)));
        }
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
            rows.sort(java.util.Comparator.comparingInt(Outcome::row)); // stable: unnumbered rows keep file order
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

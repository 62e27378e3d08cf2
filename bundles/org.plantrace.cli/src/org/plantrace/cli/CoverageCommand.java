package org.plantrace.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.plantrace.core.Labels;
import org.plantrace.core.text.Json;
import org.plantrace.core.trace.Cover;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.Scheme;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.io.ModelLoadException;

/** {@code plantrace coverage}: forward and backward traceability. */
final class CoverageCommand implements Command {

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public String summary() {
        return "show which frameworks each objective reaches and which priorities nothing covers";
    }

    @Override
    public String help() {
        return """
                Usage: plantrace coverage <plan> [--format text|json]

                Forward: for each objective, the items of each framework it links to (itself or
                through its key activities and measures) and the frameworks it misses.
                Backward: for each national priority item, the objectives covering it, and the items
                covered by none. An item counts as covered when it is linked, when one of its
                sub-items or its parent is linked, when its whole framework is linked, or when an
                equivalent indicator is linked (an NI and its APACS SPI).

                Options:
                  --format FORMAT  text (default) or json
                  --help           this help
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("format");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException {
        String format = args.choice("format", "text", List.of("text", "json"));
        Plan plan = PlanArgument.load(positionals);
        TraceIndex index = TraceIndex.of(plan);
        out.print(format.equals("json") ? json(plan, index) : text(plan, index));
        return OK;
    }

    private static List<Framework> frameworks(Plan plan, TraceIndex index) {
        return index.frameworks().stream().filter(f -> plan.getFrameworks().contains(f)).toList();
    }

    /** Printed ids of the items in {@code f} the objective links to directly (or "all"). */
    private static List<String> linked(TraceIndex index, CorporateObjective o, Framework f) {
        Set<String> s = new LinkedHashSet<>();
        for (Link l : index.linksOf(o)) {
            if (l.framework() == f) {
                s.add(Labels.printedId(l.target()));
            }
        }
        return new ArrayList<>(s);
    }

    private static String text(Plan plan, TraceIndex index) {
        StringBuilder b = new StringBuilder();
        List<Framework> frameworks = frameworks(plan, index);
        b.append("FORWARD: objective -> frameworks\n");
        for (CorporateObjective o : plan.getObjectives()) {
            b.append(String.format("%n%d. %s [%s]%n", o.getNumber(), o.getLabel(), o.getId()));
            List<String> missed = new ArrayList<>();
            for (Framework f : frameworks) {
                List<String> items = linked(index, o, f);
                boolean reached = !index.coveredBy(o, f).isEmpty();
                String name = Scheme.of(f.getKind()).cliName().toUpperCase(java.util.Locale.ROOT);
                if (!items.isEmpty()) {
                    b.append(String.format("   %-8s %s%n", name, String.join(", ", items)));
                } else if (reached) {
                    b.append(String.format("   %-8s (through equivalent indicators) %s%n", name,
                            index.coveredBy(o, f).stream().map(Labels::printedId).collect(Collectors.joining(", "))));
                } else {
                    missed.add(name);
                }
            }
            if (!missed.isEmpty()) {
                b.append("   misses:  ").append(String.join(", ", missed)).append('\n');
            }
        }
        b.append("\nBACKWARD: priority -> objectives\n");
        Coverage coverage = Coverage.of(index);
        for (Framework f : frameworks) {
            List<PriorityItem> items = coverage.priorities(f);
            List<PriorityItem> uncovered = coverage.uncovered(f);
            String why = coverage.whyNotCounted(f);
            b.append(String.format("%n%s (%s): %d of %d items covered%s%n", f.getLabel(),
                    Scheme.of(f.getKind()).cliName(), items.size() - uncovered.size(), items.size(),
                    why == null ? "" : " -- not counted: " + why));
            if (!index.wholeFrameworkLinks(f).isEmpty()) {
                b.append(String.format("   %-14s %s  (linked as a whole)%n", "(framework)", index.wholeFrameworkLinks(f)
                        .stream().map(l -> Integer.toString(l.objective().getNumber())).distinct()
                        .collect(Collectors.joining(", "))));
            }
            for (PriorityItem i : items) {
                List<CorporateObjective> objs = index.coveringObjectives(i);
                b.append(String.format("   %-14s %s%n", Labels.printedId(i),
                        objs.isEmpty() ? "-- covered by no objective"
                                : objs.stream().map(o -> Integer.toString(o.getNumber())).collect(Collectors.joining(", "))
                                        + via(index.covers(i))));
            }
        }
        b.append(String.format("%nSUMMARY: %d objectives, %d links, %d national priority item(s) covered by no objective"
                + " (period %s)%n", plan.getObjectives().size(), index.links().stream().filter(l -> l.objective() != null)
                        .count(), coverage.gaps().size(), index.period()));
        return b.toString();
    }

    private static String via(List<Cover> covers) {
        boolean direct = covers.stream().anyMatch(c -> c.via() == Cover.Via.DIRECT);
        if (direct) {
            return "";
        }
        return "  (" + covers.stream().map(c -> c.via().text()).distinct().collect(Collectors.joining("; ")) + ")";
    }

    private static String json(Plan plan, TraceIndex index) {
        List<Framework> frameworks = frameworks(plan, index);
        Json j = new Json().beginObject().field("plan", plan.getLabel()).name("forward").beginArray();
        for (CorporateObjective o : plan.getObjectives()) {
            j.beginObject().field("id", o.getId()).field("number", o.getNumber()).field("title", o.getLabel())
                    .name("frameworks").beginArray();
            List<String> missed = new ArrayList<>();
            for (Framework f : frameworks) {
                List<PriorityItem> covered = index.coveredBy(o, f);
                if (covered.isEmpty()) {
                    missed.add(Scheme.of(f.getKind()).cliName());
                    continue;
                }
                j.beginObject().field("scheme", Scheme.of(f.getKind()).cliName()).field("framework", f.getId())
                        .name("linked").beginArray();
                for (String s : linked(index, o, f)) {
                    j.value(s);
                }
                j.endArray().name("covered").beginArray();
                for (PriorityItem i : covered) {
                    j.value(Labels.printedId(i));
                }
                j.endArray().endObject();
            }
            j.endArray().name("misses").beginArray();
            missed.forEach(j::value);
            j.endArray().endObject();
        }
        Coverage coverage = Coverage.of(index);
        j.endArray().name("backward").beginArray();
        for (Framework f : frameworks) {
            j.beginObject().field("framework", f.getId()).field("scheme", Scheme.of(f.getKind()).cliName())
                    .field("title", f.getLabel()).field("counted", coverage.counts(f)).name("items").beginArray();
            for (PriorityItem i : coverage.priorities(f)) {
                j.beginObject().field("id", i.getId()).field("printed", Labels.printedId(i))
                        .field("title", i.getLabel()).name("objectives").beginArray();
                for (CorporateObjective o : index.coveringObjectives(i)) {
                    j.value(o.getId());
                }
                j.endArray().name("via").beginArray();
                index.covers(i).stream().map(c -> c.via().name().toLowerCase(java.util.Locale.ROOT)).distinct()
                        .forEach(j::value);
                j.endArray().endObject();
            }
            j.endArray().name("uncovered").beginArray();
            coverage.uncovered(f).forEach(i -> j.value(i.getId()));
            j.endArray().endObject();
        }
        j.endArray().name("gaps").beginArray();
        coverage.gaps().forEach(i -> j.value(i.getId()));
        return j.endArray().endObject().toString();
    }
}

package org.plantrace.core.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.trace.Cover;
import org.plantrace.core.trace.Coverage;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Measure;
import org.plantrace.model.PriorityItem;

/**
 * Risk rolled up to the national priorities: for each priority of the frameworks the plan is measured against
 * (as {@link Coverage} counts them), the amber and red measures it depends on through the alignments. A priority
 * that measures of the plan are aligned to (or report as their national indicator) depends on those measures only;
 * a priority no measure is aligned to (typically a PSA or a Mayor's priority, linked from objectives and key
 * activities) depends on the measures of the objectives that cover it. {@link Coverage} decides what covers what:
 * directly, through a sub-item, its parent or an equivalent indicator.
 */
public final class NationalRisk {

    /**
     * A measure at risk and how the priority depends on it: "aligned" (possibly "through an equivalent indicator"),
     * "reports it", or "objective n" for a priority no measure is aligned to.
     */
    public record Dependency(ProgressRow row, String route) {
    }

    /** A national priority with the measures at risk it depends on. */
    public record AtRisk(Framework framework, PriorityItem item, List<Dependency> dependencies) {

        /** RED when any measure it depends on is red, else AMBER. */
        public Rag worst() {
            return dependencies.stream().anyMatch(d -> d.row().rag() == Rag.RED) ? Rag.RED : Rag.AMBER;
        }
    }

    private NationalRisk() {
    }

    /** The priorities of the counted frameworks that depend on amber or red measures, in framework order. */
    public static List<AtRisk> of(Coverage coverage, List<ProgressRow> rows) {
        Map<Measure, List<ProgressRow>> atRisk = new IdentityHashMap<>();
        Map<CorporateObjective, List<ProgressRow>> byObjective = new LinkedHashMap<>();
        for (ProgressRow r : rows) {
            if (r.rag().atRisk()) {
                atRisk.computeIfAbsent(r.measure(), k -> new ArrayList<>()).add(r);
                if (r.objective() != null) {
                    byObjective.computeIfAbsent(r.objective(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<AtRisk> out = new ArrayList<>();
        if (atRisk.isEmpty()) {
            return out;
        }
        Set<PriorityItem> reported = reported(coverage);
        for (Framework f : coverage.counted()) {
            for (PriorityItem item : coverage.priorities(f)) {
                List<Dependency> deps = dependencies(coverage, item, atRisk, byObjective, reported);
                if (!deps.isEmpty()) {
                    out.add(new AtRisk(f, item, deps));
                }
            }
        }
        return out;
    }

    /**
     * Every measure with results that {@code item} depends on, whatever its status (the Coverage view's impact list):
     * by the same routes as {@link #of}, in the order of {@code rows}.
     */
    public static List<Dependency> measuresOf(Coverage coverage, PriorityItem item, List<ProgressRow> rows) {
        Map<Measure, List<ProgressRow>> byMeasure = new IdentityHashMap<>();
        Map<CorporateObjective, List<ProgressRow>> byObjective = new LinkedHashMap<>();
        for (ProgressRow r : rows) {
            byMeasure.computeIfAbsent(r.measure(), k -> new ArrayList<>()).add(r);
            if (r.objective() != null) {
                byObjective.computeIfAbsent(r.objective(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Dependency> deps = dependencies(coverage, item, byMeasure, byObjective, reported(coverage));
        Map<ProgressRow, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            order.put(rows.get(i), i);
        }
        deps.sort(java.util.Comparator.comparingInt(d -> order.getOrDefault(d.row(), Integer.MAX_VALUE)));
        return deps;
    }

    private static List<Dependency> dependencies(Coverage coverage, PriorityItem item,
            Map<Measure, List<ProgressRow>> atRisk, Map<CorporateObjective, List<ProgressRow>> byObjective,
            Set<PriorityItem> reported) {
        Map<ProgressRow, String> routes = new LinkedHashMap<>();
        boolean measured = reported.contains(item);
        for (Cover c : coverage.index().covers(item)) {
            if (c.link().source() instanceof Measure m) {
                measured = true;
                for (ProgressRow r : atRisk.getOrDefault(m, List.of())) {
                    routes.putIfAbsent(r, "aligned" + (c.via() == Cover.Via.DIRECT ? "" : " " + c.via().text()));
                }
            }
        }
        for (Map.Entry<Measure, List<ProgressRow>> e : atRisk.entrySet()) {
            if (e.getKey().getNationalIndicator() == item) {
                for (ProgressRow r : e.getValue()) {
                    routes.putIfAbsent(r, "reports it");
                }
            }
        }
        if (!measured) {
            for (CorporateObjective o : coverage.coveringObjectives(item)) {
                for (ProgressRow r : byObjective.getOrDefault(o, List.of())) {
                    routes.putIfAbsent(r, "objective " + o.getNumber());
                }
            }
        }
        List<Dependency> out = new ArrayList<>();
        routes.forEach((r, route) -> out.add(new Dependency(r, route)));
        return out;
    }

    /** The items measures of the plan report as their national indicator. */
    private static Set<PriorityItem> reported(Coverage coverage) {
        Set<PriorityItem> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Iterator<EObject> it = coverage.index().plan().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Measure m && m.getNationalIndicator() != null) {
                out.add(m.getNationalIndicator());
            }
        }
        return out;
    }
}

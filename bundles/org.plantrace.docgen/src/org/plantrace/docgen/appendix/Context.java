package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * What every section builder reads: the plan, its trace index, the validation findings and the
 * frameworks in scope (those the plan lists or reaches, then any added by the caller).
 */
public final class Context {

    private final Plan plan;
    private final TraceIndex index;
    private final Supplier<List<Finding>> pending;
    private List<Finding> findings;
    private final List<Framework> frameworks;
    private final List<Framework> added;
    private Map<Object, List<Finding>> findingsByElement;

    /**
     * {@code findings} may still be in the making (e.g. on another thread): it is asked once, when a section first
     * reads them ({@link #findings()}, {@link #flagged}).
     */
    public Context(Plan plan, TraceIndex index, Supplier<List<Finding>> findings, List<Framework> extra) {
        this.plan = plan;
        this.index = index;
        this.pending = findings;
        Set<Framework> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Framework> all = new ArrayList<>();
        List<Framework> addedOnly = new ArrayList<>();
        for (Framework f : index.frameworks()) {
            if (seen.add(f)) {
                all.add(f);
            }
        }
        for (Framework f : extra) {
            if (f != null && !f.eIsProxy() && seen.add(f)) {
                all.add(f);
                addedOnly.add(f);
            }
        }
        this.frameworks = List.copyOf(all);
        this.added = List.copyOf(addedOnly);
    }

    public Plan plan() {
        return plan;
    }

    public TraceIndex index() {
        return index;
    }

    public synchronized List<Finding> findings() {
        if (findings == null) {
            findings = List.copyOf(pending.get());
        }
        return findings;
    }

    /** Frameworks the plan lists or its links reach (the scope of traceability). */
    public List<Framework> tracedFrameworks() {
        return index.frameworks();
    }

    /** Frameworks added by the caller that the plan neither lists nor reaches. */
    public List<Framework> addedFrameworks() {
        return added;
    }

    /** All frameworks in scope of the given kinds, in scope order. */
    public List<Framework> frameworks(List<FrameworkKind> kinds) {
        return frameworks.stream().filter(f -> kinds.contains(f.getKind())).toList();
    }

    /** The objective-level links of {@code o} to frameworks of the given kinds, in model order. */
    public List<Link> direct(CorporateObjective o, List<FrameworkKind> kinds) {
        return index.linksOf(o).stream().filter(l -> l.isDirect() && kinds.contains(l.framework().getKind()))
                .toList();
    }

    /** All items of a framework, depth first in model order (also for frameworks the index does not know). */
    public List<PriorityItem> items(Framework f) {
        List<PriorityItem> known = index.items(f);
        if (!known.isEmpty() || f.getItems().isEmpty()) {
            return known;
        }
        List<PriorityItem> out = new ArrayList<>();
        for (PriorityItem i : f.getItems()) {
            flatten(i, out);
        }
        return out;
    }

    private static void flatten(PriorityItem item, List<PriorityItem> out) {
        out.add(item);
        for (PriorityItem c : item.getChildren()) {
            flatten(c, out);
        }
    }

    /** Whether validation reported a finding of one of {@code ruleIds} on {@code element}. */
    public boolean flagged(Object element, String... ruleIds) {
        for (Finding f : findingsByElement().getOrDefault(element, List.of())) {
            for (String r : ruleIds) {
                if (r.equals(f.rule())) {
                    return true;
                }
            }
        }
        return false;
    }

    private synchronized Map<Object, List<Finding>> findingsByElement() {
        if (findingsByElement == null) {
            Map<Object, List<Finding>> m = new IdentityHashMap<>();
            for (Finding f : findings()) {
                if (f.element() != null) {
                    m.computeIfAbsent(f.element(), k -> new ArrayList<>()).add(f);
                }
            }
            findingsByElement = m;
        }
        return findingsByElement;
    }

    /** "Corporate objective" (the plan's own name for its objectives). */
    public String objectiveLabel() {
        String l = plan.getObjectiveLabel();
        return l == null || l.isBlank() ? "Objective" : l;
    }

    /** "Corporate objectives". */
    public String objectivesLabel() {
        return plural(objectiveLabel());
    }

    /** "corporate objectives", for use inside a sentence. */
    public String objectivesInText() {
        String s = objectivesLabel();
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    static String plural(String s) {
        return s.endsWith("s") ? s : s + "s";
    }
}

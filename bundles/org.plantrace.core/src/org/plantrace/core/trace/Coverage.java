package org.plantrace.core.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plantrace.core.era.Lifecycle;
import org.plantrace.core.era.Period;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * The coverage of a plan's frameworks, defined once for the command line, the Coverage view, the matrix, the
 * diagrams, validation and the appendices, so the same plan gives the same numbers everywhere.
 *
 * <ul>
 * <li>A framework is <em>counted</em> when the plan lists it, it is national ({@link Lifecycle#isNational}) and it
 * is in force on some day of the plan's period.</li>
 * <li>Its <em>priorities</em> are its items that are in force during the period, headings excluded.</li>
 * <li>A priority is <em>covered</em> when an objective reaches it by a direct link, through a sub-item, through its
 * parent or through an equivalent indicator ({@link TraceIndex#covers}); a link to a whole framework covers the
 * framework, not each of its items.</li>
 * <li>The plan's <em>gaps</em> are the uncovered priorities of its counted frameworks.</li>
 * </ul>
 * Frameworks the plan lists that are local or not in force are shown with their coverage, but not counted.
 */
public final class Coverage {

    private final TraceIndex index;
    private final Map<Framework, List<PriorityItem>> priorities = new IdentityHashMap<>();

    /** {@link #counted()}, made on first use. */
    private List<Framework> counted;

    private Coverage(TraceIndex index) {
        this.index = index;
    }

    public static Coverage of(TraceIndex index) {
        return new Coverage(index);
    }

    public static Coverage of(Plan plan) {
        return of(TraceIndex.of(plan));
    }

    public TraceIndex index() {
        return index;
    }

    public Period period() {
        return index.period();
    }

    /** The frameworks the plan lists (resolved ones), in its order. */
    public List<Framework> listed() {
        List<Framework> out = new ArrayList<>();
        Set<Framework> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Framework f : index.plan().getFrameworks()) {
            if (!f.eIsProxy() && seen.add(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the framework's gaps count: listed, national and in force during the plan's period. */
    public boolean counts(Framework f) {
        return listed(f) && Lifecycle.counts(f, period());
    }

    /**
     * {@link #listed()} as a set, made on first use (the diagrams and the matrix ask {@link #counts} per item) and kept
     * with the index: each of the 100x plan's 700 per-objective diagrams asks a fresh Coverage, which made the set of
     * its 1,200 frameworks again.
     */
    private Set<Framework> listedSet;

    /** The key of {@link #listedSet} among the index's {@linkplain TraceIndex#derived derived facts}. */
    private static final Object LISTED = new Object();

    /** Whether the plan lists the framework (an unresolved one only as itself). */
    private boolean listed(Framework f) {
        if (f == null || f.eIsProxy()) {
            return index.plan().getFrameworks().contains(f);
        }
        if (listedSet == null) {
            listedSet = index.derived(LISTED, () -> {
                Set<Framework> set = Collections.newSetFromMap(new IdentityHashMap<>());
                set.addAll(listed());
                return Collections.unmodifiableSet(set);
            });
        }
        return listedSet.contains(f);
    }

    /** The listed frameworks whose gaps count. */
    public List<Framework> counted() {
        if (counted == null) {
            // kept with the index: a diagram per objective each asks a fresh Coverage (a third of building the 700
            // diagrams of the 100x plan was reading the lifecycle of all its frameworks again for each)
            counted = index.derived(Coverage.class, () -> listed().stream().filter(this::counts).toList());
        }
        return counted;
    }

    /** Why a listed framework is not counted, in words; null when it is. */
    public String whyNotCounted(Framework f) {
        if (counts(f)) {
            return null;
        }
        if (!listed(f)) {
            return "not listed by the plan";
        }
        if (!Lifecycle.isNational(f)) {
            return "not a national framework";
        }
        return "not in force during the plan's period (in force " + Lifecycle.inForce(f) + ")";
    }

    /** The framework's priorities for this plan: items in force during its period, headings excluded. */
    public List<PriorityItem> priorities(Framework f) {
        return priorities.computeIfAbsent(f, k -> index.items(k).stream()
                .filter(i -> !i.isGroup() && Lifecycle.inForceDuring(i, period())).toList());
    }

    /** Whether the item is one of its framework's priorities for this plan. */
    public boolean isPriority(PriorityItem item) {
        Framework f = org.plantrace.core.Labels.frameworkOf(item);
        return f != null && prioritySet(f).contains(item);
    }

    private final Map<Framework, Set<PriorityItem>> prioritySets = new IdentityHashMap<>();

    private Set<PriorityItem> prioritySet(Framework f) {
        return prioritySets.computeIfAbsent(f, k -> {
            Set<PriorityItem> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(priorities(k));
            return set;
        });
    }

    public boolean isCovered(PriorityItem item) {
        return index.isCovered(item);
    }

    /** The framework's priorities no objective covers. */
    public List<PriorityItem> uncovered(Framework f) {
        return priorities(f).stream().filter(i -> !index.isCovered(i)).toList();
    }

    public int coveredCount(Framework f) {
        return priorities(f).size() - uncovered(f).size();
    }

    /** The plan's gaps: uncovered priorities of its counted frameworks, in framework order. */
    public List<PriorityItem> gaps() {
        Set<PriorityItem> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PriorityItem> ordered = new ArrayList<>();
        for (Framework f : counted()) {
            for (PriorityItem i : uncovered(f)) {
                if (out.add(i)) {
                    ordered.add(i);
                }
            }
        }
        return ordered;
    }

    /** Whether an item is one of the plan's gaps. */
    public boolean isGap(PriorityItem item) {
        Framework f = org.plantrace.core.Labels.frameworkOf(item);
        return f != null && counts(f) && prioritySet(f).contains(item) && !index.isCovered(item);
    }

    /** Objectives that trace to no national priority in force, and have no local-only rationale. */
    public List<CorporateObjective> untraced() {
        List<CorporateObjective> out = new ArrayList<>();
        if (counted().isEmpty()) {
            return out;
        }
        for (CorporateObjective o : index.plan().getObjectives()) {
            if (untracedObjective(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Whether the objective is one of the plan's {@link #untraced()} objectives (without listing them all). */
    public boolean isUntraced(CorporateObjective o) {
        return o.eContainer() == index.plan() && !counted().isEmpty() && untracedObjective(o);
    }

    private boolean untracedObjective(CorporateObjective o) {
        return !index.tracesToNationalPriority(o) && (o.getLocalRationale() == null || o.getLocalRationale().isBlank());
    }

    /** The objectives covering an item, in plan order (delegates to the index). */
    public List<CorporateObjective> coveringObjectives(PriorityItem item) {
        return index.coveringObjectives(item);
    }

    /** Frameworks linked as a whole by some objective. */
    public Set<Framework> linkedAsWhole() {
        Set<Framework> out = new LinkedHashSet<>();
        for (Framework f : listed()) {
            if (!index.wholeFrameworkLinks(f).isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }
}

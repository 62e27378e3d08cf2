package org.plantrace.core.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;
import org.plantrace.core.era.Lifecycle;
import org.plantrace.core.era.Period;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.MeasureSet;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * The alignment relation of one plan, computed once: every link from the plan to national items, and
 * for every item of the frameworks involved, which objectives cover it and how (forward and backward
 * traceability). Unresolvable references are skipped here; validation reports them.
 */
public final class TraceIndex {

    private final Plan plan;
    private final Period period;
    private final List<Link> links = new ArrayList<>();
    private final List<PlanLink> planLinks = new ArrayList<>();
    private final Map<Framework, List<Link>> wholeFrameworkLinks = new IdentityHashMap<>();
    private final Map<CorporateObjective, List<Link>> linksByObjective = new IdentityHashMap<>();
    private final List<Framework> frameworks = new ArrayList<>();
    private final Map<Framework, List<PriorityItem>> itemsByFramework = new IdentityHashMap<>();
    private final Map<PriorityItem, Set<PriorityItem>> equivalents = new IdentityHashMap<>();
    private final Map<PriorityItem, List<Cover>> covers = new IdentityHashMap<>();
    private final Map<CorporateObjective, Set<PriorityItem>> coveredByObjective = new IdentityHashMap<>();
    private final Map<PriorityItem, Integer> order = new IdentityHashMap<>();

    private TraceIndex(Plan plan) {
        this.plan = plan;
        this.period = Period.ofPlan(plan);
    }

    public static TraceIndex of(Plan plan) {
        TraceIndex index = new TraceIndex(plan);
        index.build();
        return index;
    }

    private void build() {
        for (CorporateObjective o : plan.getObjectives()) {
            List<Link> own = new ArrayList<>();
            collect(o, o, own);
            for (KeyActivity ka : o.getKeyActivities()) {
                collect(o, ka, own);
            }
            for (Measure m : o.getMeasures()) {
                collect(o, m, own);
            }
            linksByObjective.put(o, own);
            links.addAll(own);
        }
        for (MeasureSet set : plan.getMeasureSets()) {
            for (Measure m : set.getMeasures()) {
                if (m.getContributesTo().isEmpty()) {
                    collect(null, m, links);
                }
                for (CorporateObjective o : m.getContributesTo()) {
                    if (!o.eIsProxy() && linksByObjective.containsKey(o)) {
                        List<Link> own = linksByObjective.get(o);
                        int before = own.size();
                        collect(o, m, own);
                        links.addAll(own.subList(before, own.size()));
                    }
                }
            }
        }
        for (BusinessGroup bg : plan.getBusinessGroups()) {
            for (Measure m : bg.getMeasures()) {
                collect(null, m, links);
            }
        }
        Set<Framework> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Framework f : plan.getFrameworks()) {
            addFramework(f, seen);
        }
        for (Link l : links) {
            addFramework(l.framework(), seen);
        }
        for (Framework f : new ArrayList<>(frameworks)) {
            for (PriorityItem item : itemsByFramework.get(f)) {
                for (PriorityItem other : item.getCorrespondsTo()) {
                    if (!other.eIsProxy()) {
                        addFramework(Labels.frameworkOf(other), seen);
                        equivalents.computeIfAbsent(item, k -> new LinkedHashSet<>()).add(other);
                        equivalents.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(item);
                    }
                }
            }
        }
        for (Link l : links) {
            if (l.objective() != null) {
                cover(l);
            }
        }
    }

    private void collect(CorporateObjective objective, AlignableElement source, List<Link> into) {
        for (Alignment a : source.getAlignments()) {
            AlignmentTarget t = a.getTarget();
            if (t == null || t.eIsProxy()) {
                continue;
            }
            if (t instanceof CorporateObjective parentObjective) {
                planLinks.add(new PlanLink(objective, source, a, parentObjective));
                continue;
            }
            Framework f = Labels.frameworkOf(t);
            if (f != null) {
                into.add(new Link(objective, source, a, t, f));
            }
        }
    }

    private void addFramework(Framework f, Set<Framework> seen) {
        if (f == null || f.eIsProxy() || !seen.add(f)) {
            return;
        }
        frameworks.add(f);
        List<PriorityItem> items = new ArrayList<>();
        for (PriorityItem i : f.getItems()) {
            flatten(i, items);
        }
        itemsByFramework.put(f, items);
        for (PriorityItem i : items) {
            order.put(i, order.size());
        }
    }

    private static void flatten(PriorityItem item, List<PriorityItem> into) {
        into.add(item);
        for (PriorityItem c : item.getChildren()) {
            flatten(c, into);
        }
    }

    private void cover(Link l) {
        CorporateObjective o = l.objective();
        if (l.target() instanceof Framework f) {
            // A whole-framework link covers the framework, not each of its items.
            wholeFrameworkLinks.computeIfAbsent(f, k -> new ArrayList<>()).add(l);
            return;
        }
        PriorityItem item = (PriorityItem) l.target();
        add(item, new Cover(o, Cover.Via.DIRECT, l));
        for (EObject p = item.eContainer(); p instanceof PriorityItem parent; p = p.eContainer()) {
            add(parent, new Cover(o, Cover.Via.CHILD, l));
        }
        List<PriorityItem> below = new ArrayList<>();
        for (PriorityItem c : item.getChildren()) {
            flatten(c, below);
        }
        for (PriorityItem c : below) {
            add(c, new Cover(o, Cover.Via.PARENT, l));
        }
        for (PriorityItem eq : equivalents.getOrDefault(item, Set.of())) {
            add(eq, new Cover(o, Cover.Via.CORRESPONDENCE, l));
        }
    }

    private void add(PriorityItem item, Cover c) {
        covers.computeIfAbsent(item, k -> new ArrayList<>()).add(c);
        coveredByObjective.computeIfAbsent(c.objective(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                .add(item);
    }

    public Plan plan() {
        return plan;
    }

    /** Every link of the plan, objectives first in plan order, then business-group measures. */
    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    public List<Link> links(Scheme scheme) {
        return links.stream().filter(l -> l.scheme() == scheme).toList();
    }

    /** Links of one objective: its own, its key activities' and its measures'. */
    public List<Link> linksOf(CorporateObjective objective) {
        return linksByObjective.getOrDefault(objective, List.of());
    }

    /** The plan's frameworks, then any other framework its links or correspondences reach. */
    public List<Framework> frameworks() {
        return Collections.unmodifiableList(frameworks);
    }

    /**
     * The position of an item in the index's order: its framework's place in {@link #frameworks()}, then its place in
     * {@link #items(Framework)}; -1 for anything else (a framework, an item of no framework the index reaches).
     */
    public int position(Object target) {
        return order.getOrDefault(target, -1);
    }

    /**
     * The items whose {@code correspondsTo} names {@code item}: in the order of {@link #frameworks()} and
     * {@link #items(Framework)}, once per declaration (the reverse of the model's references, made once per index).
     */
    public List<PriorityItem> declaringCorrespondence(PriorityItem item) {
        Map<PriorityItem, List<PriorityItem>> reverse;
        synchronized (this) {
            if (correspondenceReverse == null) {
                Map<PriorityItem, List<PriorityItem>> m = new IdentityHashMap<>();
                for (Framework f : frameworks) {
                    for (PriorityItem i : items(f)) {
                        for (PriorityItem other : i.getCorrespondsTo()) {
                            if (!other.eIsProxy()) {
                                m.computeIfAbsent(other, k -> new ArrayList<>()).add(i);
                            }
                        }
                    }
                }
                correspondenceReverse = m;
            }
            reverse = correspondenceReverse;
        }
        return Collections.unmodifiableList(reverse.getOrDefault(item, List.of()));
    }

    private Map<PriorityItem, List<PriorityItem>> correspondenceReverse;

    /** All items of a framework, depth first in model order. */
    public List<PriorityItem> items(Framework f) {
        return itemsByFramework.getOrDefault(f, List.of());
    }

    public List<Cover> covers(PriorityItem item) {
        return covers.getOrDefault(item, List.of());
    }

    /** The objectives covering an item by any route, in plan order. */
    public List<CorporateObjective> coveringObjectives(PriorityItem item) {
        Set<CorporateObjective> s = new LinkedHashSet<>();
        for (Cover c : covers(item)) {
            s.add(c.objective());
        }
        List<CorporateObjective> sorted = new ArrayList<>(s);
        sorted.sort((a, b) -> Integer.compare(a.getNumber(), b.getNumber()));
        return sorted;
    }

    public boolean isCovered(PriorityItem item) {
        return !covers(item).isEmpty();
    }

    /** Items of {@code f} (headings excluded) that no objective covers by any route. */
    public List<PriorityItem> uncovered(Framework f) {
        return items(f).stream().filter(i -> !i.isGroup() && !isCovered(i)).toList();
    }

    /** Items of {@code f} an objective covers, by any route, in framework order. */
    public List<PriorityItem> coveredBy(CorporateObjective o, Framework f) {
        List<PriorityItem> out = new ArrayList<>();
        for (PriorityItem i : coveredByObjective.getOrDefault(o, Set.of())) {
            if (Labels.frameworkOf(i) == f) {
                out.add(i);
            }
        }
        out.sort((a, b) -> Integer.compare(order.getOrDefault(a, Integer.MAX_VALUE), order.getOrDefault(b, Integer.MAX_VALUE)));
        return out;
    }

    /**
     * How many items of each framework an objective covers, by any route: the sizes of {@link #coveredBy} for every
     * framework, in one pass over the objective's items (frameworks it covers nothing of are absent).
     */
    public Map<Framework, Integer> coveredCounts(CorporateObjective o) {
        Map<Framework, Integer> out = new IdentityHashMap<>();
        for (PriorityItem i : coveredByObjective.getOrDefault(o, Set.of())) {
            out.merge(Labels.frameworkOf(i), 1, Integer::sum);
        }
        return out;
    }

    /** The days the plan runs, against which framework lifecycles are read. */
    public Period period() {
        return period;
    }

    /** Links from this plan to objectives of its parent plans (a local plan delivering a corporate one). */
    public List<PlanLink> planLinks() {
        return Collections.unmodifiableList(planLinks);
    }

    /** The links to a framework as a whole (they cover the framework, not each item). */
    public List<Link> wholeFrameworkLinks(Framework f) {
        return wholeFrameworkLinks.getOrDefault(f, List.of());
    }

    /** Whether a link reaches a national priority in force during the plan's period. */
    public boolean isNationalInForce(Link l) {
        return Lifecycle.isNational(l.framework()) && Lifecycle.inForceDuring(l.target(), period);
    }

    /**
     * Whether the objective traces to national priorities in force during the plan's period: through its own links
     * (or its activities' and measures'), or through an objective of a parent plan that does.
     */
    public boolean tracesToNationalPriority(CorporateObjective o) {
        return tracesToNationalPriority(o, new java.util.HashSet<>());
    }

    private boolean tracesToNationalPriority(CorporateObjective o, Set<Object> visiting) {
        if (!visiting.add(o)) {
            return false;
        }
        if (linksOf(o).stream().anyMatch(this::isNationalInForce)) {
            return true;
        }
        for (PlanLink pl : planLinks) {
            if (pl.objective() == o && pl.target().eContainer() instanceof Plan parent && parent != plan) {
                TraceIndex up = parentIndex(parent);
                if (up.tracesToNationalPriority(pl.target(), visiting)) {
                    return true;
                }
            }
        }
        return false;
    }

    private final Map<Plan, TraceIndex> parents = new IdentityHashMap<>();

    private final Map<Object, Object> derived = new HashMap<>();

    /**
     * A fact made from this index alone (e.g. {@link Coverage#counted()}), made by {@code make} on first request and
     * then kept with the index, which stands for the plan as it was when the index was made; {@code key} names the
     * fact. Safe to ask from several threads.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Supplier<T> make) {
        synchronized (derived) {
            Object o = derived.get(key);
            if (o == null) {
                o = make.get();
                derived.put(key, o);
            }
            return (T) o;
        }
    }

    private TraceIndex parentIndex(Plan parent) {
        synchronized (parents) { // validation and the documents may ask at once (Validation.validateAside)
            return parents.computeIfAbsent(parent, TraceIndex::of);
        }
    }

    /**
     * Whether the objective reaches a National Indicator in force: a link to an NI, or to an item (such as an
     * APACS SPI) declared equivalent to an NI.
     */
    public boolean tracesToNationalIndicator(CorporateObjective o) {
        for (Link l : linksOf(o)) {
            if (l.framework().getKind() == FrameworkKind.NI && Lifecycle.inForceDuring(l.target(), period)) {
                return true;
            }
            if (l.target() instanceof PriorityItem item) {
                for (PriorityItem eq : equivalents.getOrDefault(item, Set.of())) {
                    Framework f = Labels.frameworkOf(eq);
                    if (f != null && f.getKind() == FrameworkKind.NI && Lifecycle.inForceDuring(eq, period)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Per framework, whether the objective reaches any of it (for forward coverage). */
    public Map<Framework, List<PriorityItem>> forward(CorporateObjective o) {
        Map<Framework, List<PriorityItem>> m = new LinkedHashMap<>();
        for (Framework f : frameworks) {
            m.put(f, coveredBy(o, f));
        }
        return m;
    }
}

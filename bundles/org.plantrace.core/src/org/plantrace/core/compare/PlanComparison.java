package org.plantrace.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.Labels;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Target;

/**
 * What changed between two versions of a plan, matched by the stable ids every element carries (so a reordered key
 * activity is renumbered, not removed and added): outcomes, objectives, key activities, measures and business groups
 * added, removed, retitled, renumbered or moved; links added or removed (by their source and the national item they
 * reach) and their cited key activities; measure targets changed per year.
 */
public final class PlanComparison {

    /** What kind of change. */
    public enum Kind {
        ADDED, REMOVED, RETITLED, RENUMBERED, MOVED, LINKED, UNLINKED, RECITED, TARGET
    }

    /**
     * One change: its kind, the id of the element concerned (for a link, its source's), the element's path in the
     * plan where it now is (or was, when removed), and what changed in words.
     */
    public record Change(Kind kind, String id, String path, String detail) {
    }

    private PlanComparison() {
    }

    /** The changes from {@code before} to {@code after}, in the order of the later plan, removals last. */
    public static List<Change> compare(Plan before, Plan after) {
        Map<String, Named> was = elements(before);
        Map<String, Named> now = elements(after);
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, Named> e : now.entrySet()) {
            Named n = e.getValue();
            Named old = was.get(e.getKey());
            if (old == null || old.eClass() != n.eClass()) {
                out.add(new Change(Kind.ADDED, e.getKey(), Labels.path(n), Labels.describe(n)));
                continue;
            }
            if (!Objects.equals(title(old), title(n))) {
                out.add(new Change(Kind.RETITLED, e.getKey(), Labels.path(n), quote(title(old)) + " -> " + quote(title(n))));
            }
            String oldParent = parentId(old);
            String newParent = parentId(n);
            if (!Objects.equals(oldParent, newParent)) {
                out.add(new Change(Kind.MOVED, e.getKey(), Labels.path(n),
                        "from " + Labels.path(old.eContainer()) + " to " + Labels.path(n.eContainer())));
            } else if (n instanceof KeyActivity ka && ((KeyActivity) old).getNumber() != ka.getNumber()) {
                out.add(new Change(Kind.RENUMBERED, e.getKey(), Labels.path(n),
                        Labels.keyActivity((KeyActivity) old) + " -> " + Labels.keyActivity(ka)));
            } else if (n instanceof CorporateObjective o && ((CorporateObjective) old).getNumber() != o.getNumber()) {
                out.add(new Change(Kind.RENUMBERED, e.getKey(), Labels.path(n),
                        "Objective " + ((CorporateObjective) old).getNumber() + " -> Objective " + o.getNumber()));
            }
            if (n instanceof AlignableElement a) {
                links((AlignableElement) old, a, out);
            }
            if (n instanceof Measure m) {
                targets((Measure) old, m, out);
            }
        }
        for (Map.Entry<String, Named> e : was.entrySet()) {
            Named old = e.getValue();
            Named n = now.get(e.getKey());
            if (n == null || n.eClass() != old.eClass()) {
                out.add(new Change(Kind.REMOVED, e.getKey(), Labels.path(old), Labels.describe(old)));
            }
        }
        return out;
    }

    /** Counts per kind, for a one-line summary. */
    public static String summary(List<Change> changes) {
        if (changes.isEmpty()) {
            return "no changes";
        }
        Map<Kind, Long> counts = changes.stream()
                .collect(Collectors.groupingBy(Change::kind, LinkedHashMap::new, Collectors.counting()));
        return changes.size() + " change(s): " + counts.entrySet().stream()
                .map(c -> c.getValue() + " " + c.getKey().name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static void links(AlignableElement old, AlignableElement now, List<Change> out) {
        Map<String, Alignment> was = alignments(old);
        Map<String, Alignment> is = alignments(now);
        String id = EcoreUtil.getID(now);
        for (Map.Entry<String, Alignment> e : is.entrySet()) {
            Alignment a = e.getValue();
            Alignment before = was.get(e.getKey());
            if (before == null) {
                out.add(new Change(Kind.LINKED, id, Labels.path(now), "now linked to " + target(a)));
            } else {
                String c0 = citation(before);
                String c1 = citation(a);
                if (!citedIds(before).equals(citedIds(a))) { // by id: a renumbered key activity is still the same one
                    out.add(new Change(Kind.RECITED, id, Labels.path(now), "link to " + target(a) + " cites "
                            + (c1.isEmpty() ? "no key activity" : c1) + " (was " + (c0.isEmpty() ? "none" : c0) + ")"));
                }
            }
        }
        for (Map.Entry<String, Alignment> e : was.entrySet()) {
            if (!is.containsKey(e.getKey())) {
                out.add(new Change(Kind.UNLINKED, id, Labels.path(now), "no longer linked to " + target(e.getValue())));
            }
        }
    }

    private static void targets(Measure old, Measure now, List<Change> out) {
        Map<String, Target> was = targetsByYear(old);
        Map<String, Target> is = targetsByYear(now);
        String id = EcoreUtil.getID(now);
        for (Map.Entry<String, Target> e : is.entrySet()) {
            Target before = was.get(e.getKey());
            String v1 = value(e.getValue());
            if (before == null) {
                out.add(new Change(Kind.TARGET, id, Labels.path(now), e.getKey() + ": new target " + quote(v1)));
            } else if (!value(before).equals(v1)) {
                out.add(new Change(Kind.TARGET, id, Labels.path(now),
                        e.getKey() + ": " + quote(value(before)) + " -> " + quote(v1)));
            }
        }
        for (String year : was.keySet()) {
            if (!is.containsKey(year)) {
                out.add(new Change(Kind.TARGET, id, Labels.path(now), year + ": target removed"));
            }
        }
    }

    private static Map<String, Named> elements(Plan plan) {
        Map<String, Named> m = new LinkedHashMap<>();
        for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof StrategicOutcome || o instanceof CorporateObjective || o instanceof KeyActivity
                    || o instanceof Measure || o instanceof BusinessGroup) {
                String id = EcoreUtil.getID(o);
                if (id != null) {
                    m.putIfAbsent(id, (Named) o);
                }
            } else if (o instanceof Alignment || o instanceof Target) {
                it.prune();
            }
        }
        return m;
    }

    private static Map<String, Alignment> alignments(AlignableElement e) {
        Map<String, Alignment> m = new LinkedHashMap<>();
        for (Alignment a : e.getAlignments()) {
            m.putIfAbsent(targetKey(a.getTarget()), a);
        }
        return m;
    }

    /** The target's id (its URI fragment), also for a reference that does not resolve. */
    private static String targetKey(AlignmentTarget t) {
        if (t == null) {
            return "";
        }
        if (t.eIsProxy()) {
            return ((InternalEObject) t).eProxyURI().fragment();
        }
        String id = EcoreUtil.getID(t);
        return id != null ? id : EcoreUtil.getURI(t).fragment();
    }

    private static String target(Alignment a) {
        AlignmentTarget t = a.getTarget();
        return t == null ? "nothing" : t.eIsProxy() ? "'" + targetKey(t) + "'" : Labels.printedId(t);
    }

    private static List<String> citedIds(Alignment a) {
        return a.getKeyActivities().stream().map(EcoreUtil::getID).sorted().collect(Collectors.toList());
    }

    private static String citation(Alignment a) {
        return a.getKeyActivities().stream().map(Labels::keyActivity).collect(Collectors.joining(", "));
    }

    private static Map<String, Target> targetsByYear(Measure m) {
        Map<String, Target> t = new LinkedHashMap<>();
        for (Target target : m.getTargets()) {
            t.putIfAbsent(target.getYear() == null ? "" : target.getYear(), target);
        }
        return t;
    }

    private static String value(Target t) {
        return t.getValue() == null ? "" : t.getValue();
    }

    private static String title(Named n) {
        return n.getTitle() != null ? n.getTitle() : n.getName();
    }

    private static String parentId(EObject o) {
        return o.eContainer() == null || o.eContainer() instanceof Plan ? "" : EcoreUtil.getID(o.eContainer());
    }

    private static String quote(String s) {
        return "\"" + (s == null ? "" : s) + "\"";
    }
}

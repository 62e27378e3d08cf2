package org.plantrace.core.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Named;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * "Changes to the Plan": what differs between an earlier and a later version of a plan or framework file, one
 * sentence per difference in the plan's words ("Target 2010/11 of measure 12 '...': 75 % → 78 %"), grouped by the
 * element they belong to (an objective with its key activities, a measure with its targets) in the order of the
 * later version, each with its reasons: the messages of the commits that made it when the versions come from
 * history, else the change note ({@code note}) the later version gives the element. Never resolves a reference to
 * another file.
 */
public final class PlanChanges {

    /**
     * Why something changed.
     *
     * @param commit  the commit's short id (null for a change note)
     * @param author  who made it (null when unknown)
     * @param when    when (null when unknown)
     * @param message the reason: the commit message or the change note
     */
    public record Reason(String commit, String author, Instant when, String message) {

        /** The first line of the message. */
        public String summary() {
            int nl = message.indexOf('\n');
            return (nl < 0 ? message : message.substring(0, nl)).strip();
        }
    }

    /** One version of the file: what the user knows it as, and its bytes. */
    public record Version(String name, byte[] bytes) {
    }

    /**
     * What one commit did to the file: the file before and after it (null when absent), why, and whether it is a
     * merge (whose changes were made, and explained, by the merged commits: its reason counts only for a change no
     * other commit explains).
     */
    public record Step(String name, byte[] before, byte[] after, Reason reason, boolean merge) {
    }

    /**
     * One change.
     *
     * @param groupId  the id of the element the change is grouped under
     * @param group    that element in words ("Objective 1 'Make our services more accessible'")
     * @param sentence the change in words
     * @param reasons  why, oldest first (empty when no reason is known)
     */
    public record Change(String groupId, String group, ModelDiff.Kind kind, String elementId, String feature,
            String sentence, List<Reason> reasons) {
    }

    /** The changes and the title of the later version ("Policing London Business Plan 2009-12"). */
    public record Report(String title, List<Change> changes) {
    }

    private PlanChanges() {
    }

    /**
     * The changes from {@code earlier} to {@code later}, each with the reasons of the steps (commits) that made it.
     *
     * @param uri where the file lives (hrefs are relative to it); every version is loaded under it
     */
    public static Report of(Version earlier, Version later, List<Step> steps, URI uri)
            throws ModelLoadException {
        Resource first = load(earlier.name(), earlier.bytes(), uri);
        Resource last = load(later.name(), later.bytes(), uri);
        Map<String, Set<Reason>> byKey = new HashMap<>();
        Map<String, Set<Reason>> byElement = new HashMap<>();
        Map<String, Set<Reason>> mergeByKey = new HashMap<>();
        for (Step s : steps) {
            if (s.before() == null || s.after() == null || s.reason() == null) {
                continue; // the file created or deleted: every element changed, no one reason explains each
            }
            Resource before = load(s.name() + " (before)", s.before(), uri);
            Resource after = load(s.name(), s.after(), uri);
            for (ModelDiff.Difference d : ModelDiff.compare(before, after)) {
                if (s.merge()) {
                    mergeByKey.computeIfAbsent(key(d), k -> new LinkedHashSet<>()).add(s.reason());
                } else {
                    byKey.computeIfAbsent(key(d), k -> new LinkedHashSet<>()).add(s.reason());
                    byElement.computeIfAbsent(d.elementId(), k -> new LinkedHashSet<>()).add(s.reason());
                }
            }
            unload(before);
            unload(after);
        }
        return build(first, last, d -> {
            Set<Reason> r = byKey.get(key(d));
            if (r == null) {
                r = byElement.get(d.elementId());
            }
            if (r == null) {
                r = mergeByKey.get(key(d));
            }
            return r == null ? List.of() : List.copyOf(r);
        }, Set.of());
    }

    /**
     * The changes from {@code earlier} to {@code later} (two files), each with the change note the later version
     * gives its element where that note is new or changed; such notes are reasons, not changes of their own.
     */
    public static Report of(Resource earlier, Resource later) {
        Side r = new Side(later);
        Map<String, Reason> notes = new HashMap<>();
        String note = PlantracePackage.Literals.ELEMENT__NOTE.getName();
        for (ModelDiff.Difference d : ModelDiff.compare(earlier, later)) {
            if (note.equals(d.feature()) && r.has(d.elementId()) && d.rightValue() != null && !d.rightValue().isEmpty()
                    && !String.valueOf(d.rightValue().get(0)).isBlank()) {
                notes.put(d.elementId(), new Reason(null, null, null, d.rightValue().get(0).strip()));
            }
        }
        return build(earlier, later, d -> {
            Reason n = notes.get(d.elementId());
            if (n == null && d.kind() == ModelDiff.Kind.REMOVED) {
                return List.of();
            }
            if (n == null) {
                n = noteOfGroup(r, d.elementId(), notes);
            }
            return n == null ? List.of() : List.of(n);
        }, notes.keySet());
    }

    /** A change note on the element's group (the objective a key activity belongs to) counts for it. */
    private static Reason noteOfGroup(Side r, String id, Map<String, Reason> notes) {
        EObject o = r.byId.get(id);
        EObject g = group(o);
        return g == null || g == o ? null : notes.get(org.eclipse.emf.ecore.util.EcoreUtil.getID(g));
    }

    private interface Reasons {
        List<Reason> of(ModelDiff.Difference d);
    }

    private static Report build(Resource earlier, Resource later, Reasons reasons, Set<String> notesTaken) {
        Side l = new Side(earlier);
        Side r = new Side(later);
        List<String> order = new ArrayList<>(r.byId.keySet());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<String> removedOrder = new ArrayList<>(l.byId.keySet());
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        String note = PlantracePackage.Literals.ELEMENT__NOTE.getName();
        for (ModelDiff.Difference d : ModelDiff.compare(earlier, later)) {
            if (note.equals(d.feature()) && notesTaken.contains(d.elementId())) {
                continue;
            }
            boolean gone = d.kind() == ModelDiff.Kind.REMOVED;
            EObject o = gone ? l.byId.get(d.elementId()) : r.byId.get(d.elementId());
            EObject g = group(o);
            String gid = g == null ? d.elementId() : org.eclipse.emf.ecore.util.EcoreUtil.getID(g);
            EObject gw = r.has(gid) ? r.byId.get(gid) : g;
            Change c = new Change(gid, capital(MergeWords.element(gw)), d.kind(), d.elementId(), d.feature(),
                    sentence(d, o, l, r), reasons.of(d));
            groups.computeIfAbsent(gid, k -> new ArrayList<>()).add(c);
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(java.util.Comparator.comparingInt(k -> position.containsKey(k) ? position.get(k)
                : order.size() + removedOrder.indexOf(k)));
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            out.addAll(groups.get(k));
        }
        return new Report(title(r.root), out);
    }

    private static String title(EObject root) {
        if (root instanceof Named n) {
            String t = n.getTitle() == null || n.getTitle().isBlank() ? n.getName() : n.getTitle();
            if (t != null && !t.isBlank()) {
                return t.strip();
            }
        }
        return root == null || root.eResource() == null ? "" : root.eResource().getURI().lastSegment();
    }

    /** What a change is filed under: the nearest named element holding it, a key activity under its objective. */
    static EObject group(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof Named && !(e instanceof KeyActivity)) {
                return e;
            }
        }
        return o;
    }

    private static String sentence(ModelDiff.Difference d, EObject o, Side l, Side r) {
        String element = MergeWords.element(o);
        return switch (d.kind()) {
        case ADDED -> "Added " + element;
        case REMOVED -> "Removed " + element;
        case MOVED -> capital(element) + ": moved from " + d.left() + " to " + d.right();
        case REORDERED -> capital(MergeWords.words(d.feature()) + " of " + element) + " reordered";
        case CHANGED -> {
            if (d.feature() == null) {
                yield capital(element) + ": " + d.left() + " became " + d.right();
            }
            boolean targetValue = o instanceof Target
                    && d.feature().equals(PlantracePackage.Literals.TARGET__VALUE.getName());
            String subject = targetValue ? element : MergeWords.words(d.feature()) + " of " + untitled(element, o, d);
            yield capital(subject) + ": " + quoted(d.left()) + " \u2192 " + quoted(d.right());
        }
        };
    }

    /** For a change of the title (or name) itself, the element without it: both titles follow anyway. */
    private static String untitled(String element, EObject o, ModelDiff.Difference d) {
        if (!(o instanceof Named n) || !(d.feature().equals("title") || d.feature().equals("name"))) {
            return element;
        }
        String shown = n.getTitle() == null || n.getTitle().isBlank() ? n.getName() : n.getTitle();
        String suffix = shown == null ? null : " '" + MergeWords.shorten(shown, MergeWords.MAX_TITLE) + "'";
        return suffix != null && element.endsWith(suffix) ? element.substring(0, element.length() - suffix.length())
                : element;
    }

    private static String quoted(String v) {
        if (v.equals("(none)") || v.equals("(empty)") || !v.codePoints().anyMatch(Character::isLetter)) {
            return v;
        }
        return "'" + v + "'";
    }

    private static String key(ModelDiff.Difference d) {
        return d.elementId() + "|" + (d.feature() != null ? d.feature() : d.kind().name());
    }

    static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static Resource load(String name, byte[] bytes, URI uri) throws ModelLoadException {
        return ModelStore.load(ModelStore.newResourceSet(), bytes, uri, name);
    }

    private static void unload(Resource r) {
        if (r.getResourceSet() != null) {
            r.getResourceSet().getResources().remove(r);
        }
        r.unload();
    }
}

package org.plantrace.core.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.Labels;
import org.plantrace.core.era.Lifecycle;
import org.plantrace.core.progress.Direction;
import org.plantrace.core.progress.Figures;
import org.plantrace.core.progress.Scope;
import org.plantrace.core.progress.Targets;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.KeyActivityCitation;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Identified;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Target;
import org.plantrace.model.Wording;

/**
 * The traceability and consistency rules of Plantrace as an EMF {@link org.eclipse.emf.ecore.EValidator}:
 * EMF's own structural checks (multiplicity, proxies, unique ids) with messages in plan terms, plus
 * the plan rules of {@link Rule}. Plan-wide facts are computed once per run through {@link TraceIndex}
 * kept in the validation context.
 */
public class PlanValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.plantrace.core";

    @Override
    public boolean validate(EClass eClass, EObject o, DiagnosticChain d, Map<Object, Object> ctx) {
        boolean ok = validate_EveryDefaultConstraint(o, d, ctx);
        if (o instanceof Identified i) {
            ok &= validateId(i, d);
        }
        if (o instanceof Named n) {
            ok &= validateNamed(n, d);
        }
        if (o instanceof AlignableElement source && !source.getAlignments().isEmpty()) {
            validateDuplicateAlignments(source, d);
        }
        if (o instanceof Plan p) {
            ok &= validatePlan(p, d, ctx);
        } else if (o instanceof CorporateObjective obj) {
            ok &= validateObjective(obj, d, ctx);
        } else if (o instanceof Alignment a) {
            ok &= validateAlignment(a, d);
        } else if (o instanceof Measure m) {
            ok &= validateMeasure(m, d);
        }
        return ok;
    }

    // ---- structural checks, in plan terms ----

    @Override
    public boolean validate_MultiplicityConforms(EObject o, EStructuralFeature f, DiagnosticChain d,
            Map<Object, Object> ctx) {
        if (f == PlantracePackage.Literals.ALIGNMENT__TARGET) {
            return true; // reported by the missing-target rule
        }
        return super.validate_MultiplicityConforms(o, f, d, ctx);
    }

    @Override
    public boolean validate_EveryProxyResolves(EObject o, DiagnosticChain d, Map<Object, Object> ctx) {
        boolean ok = true;
        for (EReference ref : o.eClass().getEAllReferences()) {
            if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient()) {
                continue;
            }
            List<EObject> values = new ArrayList<>();
            if (ref.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> l = (List<EObject>) o.eGet(ref, true);
                values.addAll(l);
            } else if (o.eGet(ref, true) instanceof EObject v) {
                values.add(v);
            }
            for (EObject v : values) {
                if (v.eIsProxy()) {
                    ok = false;
                    if (d != null && UnresolvedReferences.of(ctx).listOnItsOwn(o, (InternalEObject) v)) {
                        report(d, Rule.UNRESOLVED_REFERENCE, o, describeProxy(o, ref, (InternalEObject) v, filesSeen(ctx)));
                    }
                }
            }
        }
        return ok;
    }

    /**
     * The unresolved references of this validation run beyond those listed one by one (see
     * {@link UnresolvedReferences}), as one finding per referring file and referenced file; call once, after every
     * element of the run has been validated with {@code ctx}.
     */
    static void reportUnresolvedBeyondListed(DiagnosticChain d, Map<Object, Object> ctx) {
        UnresolvedReferences.of(ctx).reportRest((element, message) -> report(d, Rule.UNRESOLVED_REFERENCE, element, message));
    }

    /** Whether each referenced file exists, asked once per validation run (not once per reference). */
    @SuppressWarnings("unchecked")
    private static Map<URI, Boolean> filesSeen(Map<Object, Object> ctx) {
        if (ctx == null) {
            return new HashMap<>();
        }
        return (Map<URI, Boolean>) ctx.computeIfAbsent(PlanValidator.class.getName() + ".files", k -> new HashMap<URI, Boolean>());
    }

    private static String describeProxy(EObject o, EReference ref, InternalEObject proxy, Map<URI, Boolean> files) {
        URI uri = proxy.eProxyURI();
        String id = uri.fragment();
        URI fileUri = uri.trimFragment();
        String file = o.eResource() != null ? relative(fileUri, o.eResource().getURI()) : fileUri.toString();
        Resource r = o.eResource() == null || o.eResource().getResourceSet() == null ? null
                : o.eResource().getResourceSet().getResource(fileUri, false);
        String what = "(" + ref.getName() + ") refers to '" + id + "' in " + file;
        boolean exists = o.eResource() != null && o.eResource().getResourceSet() != null
                && files.computeIfAbsent(fileUri, u -> o.eResource().getResourceSet().getURIConverter().exists(u, null));
        if (!exists) {
            return what + ", but that file cannot be found";
        }
        if (r == null || !r.isLoaded()) {
            return what + ", but that file cannot be loaded";
        }
        if (!r.getErrors().isEmpty()) {
            Resource.Diagnostic e = r.getErrors().get(0);
            return what + ", but that file is unusable (line " + e.getLine() + ": " + e.getMessage() + ")";
        }
        return what + ", but " + file + " has no element with id '" + id + "'";
    }

    static String relative(URI target, URI base) {
        if (target.isFile() && base.isFile()) {
            URI rel = target.deresolve(base, true, true, false);
            return rel.toString();
        }
        return target.toString();
    }

    @Override
    public boolean validate_UniqueID(EObject o, DiagnosticChain d, Map<Object, Object> ctx) {
        return true; // done per resource in validateId, with a message naming both elements
    }

    private boolean validateId(Identified i, DiagnosticChain d) {
        String id = i.getId();
        if (id == null || id.isBlank()) {
            report(d, Rule.MISSING_ID, i, "has no id; every element needs a stable, unique id");
            return false;
        }
        Resource r = i.eResource();
        if (r == null) {
            return true;
        }
        Map<String, EObject> first = idsOf(r);
        EObject owner = first.get(id);
        if (owner != null && owner != i) {
            report(d, Rule.DUPLICATE_ID, i, "id '" + id + "' is also used by " + Labels.describe(owner) + " ("
                    + Labels.path(owner) + ")");
            return false;
        }
        return true;
    }

    private final Map<Resource, Map<String, EObject>> idCache = new java.util.WeakHashMap<>();

    private synchronized Map<String, EObject> idsOf(Resource r) {
        return idCache.computeIfAbsent(r, res -> {
            Map<String, EObject> m = new HashMap<>();
            for (var it = res.getAllContents(); it.hasNext();) {
                EObject e = it.next();
                String id = EcoreUtil.getID(e);
                if (id != null) {
                    m.putIfAbsent(id, e);
                }
            }
            return m;
        });
    }

    /** Forget cached per-resource facts (call before validating a changed model again). */
    public synchronized void reset() {
        idCache.clear();
    }

    private boolean validateNamed(Named n, DiagnosticChain d) {
        boolean ok = true;
        boolean unnamed = Labels.blank(n.getTitle()) && Labels.blank(n.getName());
        boolean needsName = n instanceof CorporateObjective || n instanceof KeyActivity || n instanceof Measure
                || n instanceof AlignmentTarget t && Labels.blank(t.getCode());
        if (unnamed && needsName) {
            report(d, Rule.MISSING_TITLE, n, "has neither a title nor a name");
            ok = false;
        }
        String title = n.getTitle() != null ? n.getTitle() : n.getName();
        for (Wording w : unreviewedWordings(n)) {
            report(d, Rule.TITLE_DRIFT, n, (w.getSource() == null ? "A published table" : w.getSource())
                    + " words the title differently: \"" + w.getText() + "\" (model: \"" + title + "\")");
        }
        return ok;
    }

    /**
     * The element's published wordings that differ from its title and that no analyst has reviewed yet: what the
     * title-drift rule reports, and what "Accept Published Wordings" in the editor marks as reviewed.
     */
    public static java.util.List<Wording> unreviewedWordings(Named n) {
        String title = n.getTitle() != null ? n.getTitle() : n.getName();
        java.util.List<Wording> out = new java.util.ArrayList<>();
        if (title != null) {
            for (Wording w : n.getWordings()) {
                if (!w.isReviewed() && !sameWording(title, w.getText())) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Whether two wordings of a title are the same up to spacing, letter case and curly quotes. */
    public static boolean sameWording(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'');
        return n.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    // ---- plan rules ----

    private static TraceIndex index(Plan plan, Map<Object, Object> ctx) {
        if (ctx == null) {
            return TraceIndex.of(plan);
        }
        Object o = ctx.get(TraceIndex.class);
        if (o instanceof TraceIndex t && t.plan() == plan) {
            return t;
        }
        TraceIndex t = TraceIndex.of(plan);
        ctx.put(TraceIndex.class, t);
        return t;
    }

    private static Plan planOf(EObject o) {
        EObject root = EcoreUtil.getRootContainer(o);
        return root instanceof Plan p ? p : null;
    }

    private boolean validatePlan(Plan p, DiagnosticChain d, Map<Object, Object> ctx) {
        TraceIndex index = index(p, ctx);
        Coverage coverage = Coverage.of(index);
        if (p.getFrameworks().isEmpty() && p.getParentPlans().isEmpty()) {
            report(d, Rule.NO_FRAMEWORKS, p, "lists no national frameworks to trace to");
        } else if (coverage.counted().isEmpty() && !p.getObjectives().isEmpty() && p.getParentPlans().isEmpty()) {
            report(d, Rule.NO_NATIONAL_FRAMEWORK_IN_FORCE, p, "lists no national framework in force during its period ("
                    + index.period() + "), so tracing its objectives to national priorities is not checked");
        }
        Set<Framework> listed = new HashSet<>(p.getFrameworks());
        for (Framework f : index.frameworks()) {
            boolean linked = index.links().stream().anyMatch(l -> l.framework() == f);
            if (linked && !listed.contains(f)) {
                report(d, Rule.UNLISTED_FRAMEWORK, p, "links to " + f.getLabel()
                        + " but does not list it among its frameworks, so its gaps are not reported");
            }
        }
        for (PriorityItem item : coverage.gaps()) {
            report(d, Rule.UNCOVERED_PRIORITY, item, "is covered by no objective of the plan");
        }
        reportEndedFrameworks(p, index, d);
        Map<String, Measure> numbers = new HashMap<>();
        for (CorporateObjective o : p.getObjectives()) {
            for (Measure m : o.getMeasures()) {
                if (Labels.blank(m.getNumber())) {
                    continue;
                }
                String key = m.getKind() + "#" + m.getNumber().trim();
                Measure other = numbers.putIfAbsent(key, m);
                if (other != null) {
                    report(d, Rule.DUPLICATE_MEASURE_NUMBER, m, "has the same printed number " + m.getNumber()
                            + " as " + Labels.describe(other) + " (" + Labels.path(other) + ")");
                }
            }
        }
        return true;
    }

    /** One warning per framework the plan links to that ends by the last day of the plan's period. */
    private static void reportEndedFrameworks(Plan p, TraceIndex index, DiagnosticChain d) {
        Map<Framework, Integer> counts = new java.util.LinkedHashMap<>();
        for (Link l : index.links()) {
            counts.merge(l.framework(), 1, Integer::sum);
        }
        for (Map.Entry<Framework, Integer> e : counts.entrySet()) {
            Framework f = e.getKey();
            if (Lifecycle.endsBy(f, index.period())) {
                report(d, Rule.ENDED_LINK, p, "has " + e.getValue() + " link(s) to " + f.getLabel()
                        + ", which is in force " + Lifecycle.inForce(f) + " and so ends by the end of the plan's period ("
                        + index.period() + "); " + Lifecycle.describeSuccessors(f) + " (each link's successor is listed"
                        + " as information; Plan > Replace Framework or 'plantrace migrate' carries them over)");
            }
        }
    }

    private boolean validateObjective(CorporateObjective o, DiagnosticChain d, Map<Object, Object> ctx) {
        Plan plan = planOf(o);
        if (plan == null) {
            return true;
        }
        TraceIndex index = index(plan, ctx);
        Coverage coverage = Coverage.of(index);
        if (coverage.counted().isEmpty() && plan.getParentPlans().isEmpty()) {
            return true; // told once on the plan
        }
        if (!index.tracesToNationalPriority(o)) {
            if (!Labels.blank(o.getLocalRationale())) {
                report(d, Rule.LOCAL_OBJECTIVE, o, "is local and traces to no national priority: " + o.getLocalRationale());
                return true;
            }
            report(d, Rule.UNTRACED_OBJECTIVE, o, "traces to no national priority in force during the plan's period: "
                    + "no link to any item of " + coverage.counted().stream().map(Framework::getLabel)
                            .collect(Collectors.joining(", ")));
            return false;
        }
        boolean niCounts = coverage.counted().stream().anyMatch(f -> f.getKind() == FrameworkKind.NI);
        if (niCounts && !index.tracesToNationalIndicator(o)) {
            report(d, Rule.NO_NATIONAL_INDICATOR, o, "traces to no National Indicator (NI)");
        }
        return true;
    }

    private boolean validateAlignment(Alignment a, DiagnosticChain d) {
        boolean ok = true;
        AlignmentTarget t = a.getTarget();
        if (t == null) {
            report(d, Rule.MISSING_TARGET, a, "links to nothing: choose the national priority it aligns to");
            ok = false;
        } else if (!t.eIsProxy() && t instanceof PriorityItem item && item.isGroup()) {
            report(d, Rule.GROUP_TARGET, a, "links to the heading " + Labels.printedId(item)
                    + " rather than to one of its priorities");
        }
        if (t != null && !t.eIsProxy()) {
            ok &= validateTargetInTime(a, t, d);
        }
        AlignableElement source = a.getSource();
        CorporateObjective objective = source instanceof CorporateObjective o ? o
                : source != null && source.eContainer() instanceof CorporateObjective o2 ? o2 : null;
        if (objective != null) {
            ok &= validateKeyActivities(a, objective, d);
        }
        return ok;
    }

    /**
     * Alignments of one element repeating the same link (same target, same published table): one finding per group,
     * on its second member, naming the first and counting the rest, in one pass over the element's alignments.
     */
    private void validateDuplicateAlignments(AlignableElement source, DiagnosticChain d) {
        Map<List<Object>, List<Alignment>> groups = new java.util.LinkedHashMap<>();
        for (Alignment a : source.getAlignments()) {
            AlignmentTarget t = a.getTarget();
            if (t != null && !t.eIsProxy()) {
                groups.computeIfAbsent(java.util.Arrays.asList(t, a.getPublishedIn()), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Alignment> g : groups.values()) {
            if (g.size() > 1) {
                Alignment first = g.get(0);
                String more = g.size() > 2 ? " (" + (g.size() - 1) + " repeats in all: "
                        + g.subList(1, Math.min(g.size(), 6)).stream().map(Alignment::getId)
                                .map(String::valueOf).collect(Collectors.joining(", "))
                        + (g.size() > 6 ? ", ..." : "") + ")" : "";
                report(d, Rule.DUPLICATE_ALIGNMENT, g.get(1), "repeats the link to " + Labels.printedId(first.getTarget())
                        + " already made by " + first.getId() + more);
            }
        }
    }

    /** Suspect links, links to an item that ends during the plan's period, links to unlisted parent plans. */
    private static boolean validateTargetInTime(Alignment a, AlignmentTarget t, DiagnosticChain d) {
        if (SuspectLinks.isSuspect(a)) {
            report(d, Rule.SUSPECT_LINK, a, "is suspect: " + Labels.printedId(t) + " '" + t.getLabel()
                    + "' has changed its wording or definition since the link was reviewed; review the link and mark it reviewed");
        }
        Plan plan = planOf(a);
        if (t instanceof CorporateObjective target) {
            if (target.eContainer() instanceof Plan other && (other == plan || plan != null && !plan.getParentPlans().contains(other))) {
                report(d, Rule.UNLISTED_PARENT_PLAN, a, "links to " + Labels.describe(target) + " of "
                        + (other == plan ? "its own plan" : "'" + other.getLabel() + "', which the plan does not list among its parent plans"));
            }
            return true;
        }
        if (plan == null || !(t instanceof PriorityItem item)) {
            return true;
        }
        var period = org.plantrace.core.era.Period.ofPlan(plan);
        if (!Lifecycle.endsBy(item, period)) {
            return true;
        }
        Framework f = Labels.frameworkOf(item);
        boolean endsBeforeItsFramework = f != null && !Lifecycle.endsBy(f, period);
        String text = "links to " + Labels.printedId(item) + " '" + item.getLabel() + "', in force "
                + Lifecycle.inForce(item) + ", which ends by the end of the plan's period; "
                + Lifecycle.describeSuccessors(item)
                + (Lifecycle.automaticSuccessor(item) != null ? "; " + Lifecycle.FOLLOWS_WITHOUT_DECISION : "");
        if (endsBeforeItsFramework) {
            // The item ends on its own (a target removed mid-period): each link is worth a warning.
            report(d, Rule.ENDED_LINK, a, text);
        } else {
            // The whole framework ends: one warning on the plan says so; each link says where it goes next.
            report(d, Rule.SUCCEEDED_ITEM, a, text);
        }
        return true;
    }

    private boolean validateKeyActivities(Alignment a, CorporateObjective objective, DiagnosticChain d) {
        boolean ok = true;
        int count = objective.getKeyActivities().size();
        String prefix = prefixOf(objective);
        for (KeyActivity ka : a.getKeyActivities()) {
            if (!ka.eIsProxy() && ka.eContainer() != objective) {
                report(d, Rule.FOREIGN_KEY_ACTIVITY, a, "refers to " + Labels.describe(ka) + " of "
                        + Labels.describe(ka.eContainer()) + ", not of " + Labels.describe(objective));
                ok = false;
            }
        }
        if (a.getPublishedKeyActivities() == null) {
            return ok;
        }
        KeyActivityCitation.Result citation = KeyActivityCitation.parseChecked(a.getPublishedKeyActivities());
        SortedSet<Integer> cited = citation.numbers();
        if (!citation.rejected().isEmpty()) {
            report(d, Rule.MISSING_KEY_ACTIVITY, a, "cites " + citation.rejected().stream().map(r -> prefix + r)
                    .collect(Collectors.joining(", ")) + " (published as \"" + a.getPublishedKeyActivities()
                    + "\"), a number no key activity can have; " + Labels.describe(objective) + " has " + count
                    + " key activities");
            ok = false;
        }
        SortedSet<Integer> missing = new TreeSet<>();
        for (int n : cited) {
            if (n < 1 || n > count) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            report(d, Rule.MISSING_KEY_ACTIVITY, a, "cites " + missing.stream().map(n -> prefix + n)
                    .collect(Collectors.joining(", ")) + " (published as \"" + a.getPublishedKeyActivities()
                    + "\") but " + Labels.describe(objective) + " has " + count + " key activities");
            ok = false;
        }
        SortedSet<Integer> linked = new TreeSet<>();
        for (KeyActivity ka : a.getKeyActivities()) {
            if (!ka.eIsProxy() && ka.eContainer() == objective) {
                linked.add(ka.getNumber());
            }
        }
        SortedSet<Integer> existingCited = new TreeSet<>(cited);
        existingCited.removeAll(missing);
        if (!existingCited.equals(linked)) {
            report(d, Rule.CITATION_MISMATCH, a, "is published as \"" + a.getPublishedKeyActivities()
                    + "\" but links " + (linked.isEmpty() ? "no key activity" : linked.stream()
                            .map(n -> prefix + n).collect(Collectors.joining(", "))));
        }
        return ok;
    }

    private static String prefixOf(CorporateObjective o) {
        return o.eContainer() instanceof Plan p && p.getActivityPrefix() != null ? p.getActivityPrefix() : "KA";
    }

    private boolean validateMeasure(Measure m, DiagnosticChain d) {
        for (Targets.Weaker w : Targets.weakerThanCorporate(m)) {
            report(d, Rule.WEAKER_SCOPE_TARGET, w.scoped(), "(" + Scope.of(w.scoped()) + ", " + w.scoped().getYear()
                    + ": '" + w.scoped().getValue() + "') asks less than the corporate target of the year ('"
                    + w.corporate().getValue() + "'): " + Figures.format(w.scopedFigure(), m.getUnit()) + " against "
                    + Figures.format(w.corporateFigure(), m.getUnit()) + " where "
                    + (Direction.of(m, w.corporate()) == org.plantrace.model.Polarity.LOWER_IS_BETTER ? "lower" : "higher")
                    + " is better");
        }
        Plan plan = planOf(m);
        if (plan == null || plan.getYears().isEmpty()) {
            return true;
        }
        for (Target t : m.getTargets()) {
            if (t.getYear() != null && !plan.getYears().contains(t.getYear())) {
                report(d, Rule.TARGET_YEAR, t, "is set for " + t.getYear() + ", which is not one of the plan's years "
                        + plan.getYears());
            }
        }
        return true;
    }

    // ---- reporting ----

    private static void report(DiagnosticChain d, Rule rule, EObject o, String message) {
        if (d == null) {
            return;
        }
        d.add(new BasicDiagnostic(rule.severity().toEmf(), DIAGNOSTIC_SOURCE, rule.code(),
                Labels.describe(o) + " " + message, new Object[] { o, rule }));
    }
}

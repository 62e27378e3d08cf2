package org.plantrace.docgen;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.plantrace.core.Labels;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.docgen.appendix.Agreements;
import org.plantrace.docgen.appendix.AlignmentDiagrams;
import org.plantrace.docgen.appendix.ApacsOutcomes;
import org.plantrace.docgen.appendix.Concerns;
import org.plantrace.docgen.appendix.Context;
import org.plantrace.docgen.appendix.DraftNotice;
import org.plantrace.docgen.appendix.HealthIndicators;
import org.plantrace.docgen.appendix.Indicators;
import org.plantrace.docgen.appendix.LocalAreaAgreements;
import org.plantrace.docgen.appendix.MayorsPriorities;
import org.plantrace.docgen.appendix.ProtectiveServices;
import org.plantrace.docgen.appendix.ReviewFindings;
import org.plantrace.docgen.appendix.SectionBuilder;
import org.plantrace.docgen.appendix.TraceabilitySummary;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;

/**
 * Builds the {@link AppendixDocument} of a plan once, from the model: which objectives link to which
 * framework items (never from where a link was published), framework data for G/H/I, the traceability
 * summary and, when validation finds errors, the draft marking and notice.
 *
 * <pre>
 * AppendixBuilder.Result r = new AppendixBuilder(plan).only(EnumSet.of(Appendix.B, Appendix.D)).build();
 * new HtmlWriter().write(r.document(), "appendices");
 * </pre>
 */
public final class AppendixBuilder {

    private static final Map<Appendix, SectionBuilder> BUILDERS = new EnumMap<>(Appendix.class);

    static {
        BUILDERS.put(Appendix.A, new org.plantrace.docgen.appendix.PolicingPledge());
        BUILDERS.put(Appendix.B, new ProtectiveServices());
        BUILDERS.put(Appendix.C, new Concerns());
        BUILDERS.put(Appendix.D, new Indicators());
        BUILDERS.put(Appendix.E, new Agreements());
        BUILDERS.put(Appendix.F, new MayorsPriorities());
        BUILDERS.put(Appendix.G, new HealthIndicators());
        BUILDERS.put(Appendix.H, new LocalAreaAgreements());
        BUILDERS.put(Appendix.I, new ApacsOutcomes());
        BUILDERS.put(Appendix.J, new org.plantrace.docgen.appendix.Inspections());
        BUILDERS.put(Appendix.BUDGETS, new org.plantrace.docgen.appendix.Budgets());
        BUILDERS.put(Appendix.DIAGRAMS, new AlignmentDiagrams());
        BUILDERS.put(Appendix.SUMMARY, new TraceabilitySummary());
    }

    private final Plan plan;
    private TraceIndex index;
    private Supplier<List<Finding>> findings;
    private List<Framework> frameworks = List.of();
    private Set<Appendix> only = EnumSet.allOf(Appendix.class);
    private Instant generated = Instant.now();

    private boolean publication;
    private Consumer<Section> built = s -> {
    };

    /**
     * @param skipped appendices that were asked for but not produced, each with the reason
     * @param review for a publication, the analyst's review document (draft errors, traceability summary, every
     *            finding with its check explained in words); null otherwise
     */
    public record Result(AppendixDocument document, Map<Appendix, String> skipped, AppendixDocument review) {

        public Result(AppendixDocument document, Map<Appendix, String> skipped) {
            this(document, skipped, null);
        }
    }

    public AppendixBuilder(Plan plan) {
        this.plan = plan;
    }

    /** Reuses an index already computed for the plan. */
    public AppendixBuilder index(TraceIndex index) {
        this.index = index;
        return this;
    }

    /** Reuses validation findings already computed for the plan (otherwise the builder validates). */
    public AppendixBuilder findings(List<Finding> findings) {
        List<Finding> fs = List.copyOf(findings);
        this.findings = () -> fs;
        return this;
    }

    /**
     * Findings still being made for the plan (e.g. by {@link Validation#validateAside}): the sections that do not read
     * them are built first, meanwhile; {@code findings} is asked once.
     */
    public AppendixBuilder findings(Supplier<List<Finding>> findings) {
        this.findings = findings;
        return this;
    }

    /** Frameworks to print beyond those the plan lists or reaches (e.g. local health indicators). */
    public AppendixBuilder frameworks(List<Framework> frameworks) {
        this.frameworks = List.copyOf(frameworks);
        return this;
    }

    public AppendixBuilder only(Set<Appendix> appendices) {
        this.only = appendices.isEmpty() ? EnumSet.allOf(Appendix.class) : EnumSet.copyOf(appendices);
        return this;
    }

    /**
     * A document for the plan's readers: no traceability summary, no findings, no element ids; they go to
     * {@link Result#review()}, written for the analyst. A model with errors still gives a document marked DRAFT.
     */
    public AppendixBuilder publication(boolean publication) {
        this.publication = publication;
        return this;
    }

    /**
     * Told of each section of the document as soon as it is built, before the document is complete (e.g. to lay out
     * its diagrams while the rest is built); the alignment diagrams are built first for that reason. Called in the
     * thread that builds.
     */
    public AppendixBuilder whenBuilt(Consumer<Section> listener) {
        this.built = listener;
        return this;
    }

    public AppendixBuilder generated(Instant when) {
        this.generated = when;
        return this;
    }

    public Result build() {
        TraceIndex idx = index != null ? index : TraceIndex.of(plan);
        Supplier<List<Finding>> pending = findings;
        if (pending == null) {
            List<Finding> validated = Validation.validate(plan, idx);
            pending = () -> validated;
        }
        Context context = new Context(plan, idx, pending, frameworks);
        List<Appendix> wanted = only.stream().filter(a -> !(publication && a == Appendix.SUMMARY)).toList();
        Map<Appendix, Section> made = new EnumMap<>(Appendix.class);
        // those that do not read the findings first, while they may still be in the making, and of those the
        // diagrams first (their layout, the longest work of a document, may then begin while the rest is built)
        List<Appendix> order = new ArrayList<>(wanted);
        if (order.remove(Appendix.DIAGRAMS)) {
            order.add(0, Appendix.DIAGRAMS);
        }
        for (Appendix a : order) {
            if (!BUILDERS.get(a).readsFindings()) {
                make(a, context, made);
            }
        }
        List<Finding> fs = context.findings();
        for (Appendix a : order) {
            if (BUILDERS.get(a).readsFindings()) {
                make(a, context, made);
            }
        }
        long errors = Validation.count(fs, Severity.ERROR);

        List<Section> sections = new ArrayList<>();
        Map<Appendix, String> skipped = new EnumMap<>(Appendix.class);
        AppendixDocument.Draft draft = null;
        if (errors > 0) {
            draft = new AppendixDocument.Draft((int) errors, DraftNotice.banner(errors));
            if (!publication) {
                sections.add(DraftNotice.build(fs, only.contains(Appendix.SUMMARY)));
            }
        }
        for (Appendix a : wanted) {
            Section s = made.get(a);
            if (s == null) {
                skipped.put(a, BUILDERS.get(a).missing(context));
            } else {
                sections.add(s);
            }
        }
        String title = plan.getLabel() + (publication ? ": appendices" : ": alignment appendices");
        AppendixDocument document = new AppendixDocument(title, plan.getLabel(), nz(plan.getVersion()), generated,
                properties(errors, fs), draft, sections, publication);
        return new Result(document, skipped, publication ? review(context, errors, fs, draft) : null);
    }

    private void make(Appendix a, Context context, Map<Appendix, Section> made) {
        Section s = BUILDERS.get(a).build(context);
        made.put(a, s);
        if (s != null) {
            built.accept(s);
        }
    }

    /** The analyst's document beside a publication: what is wrong first, then coverage, then every finding explained. */
    private AppendixDocument review(Context context, long errors, List<Finding> fs, AppendixDocument.Draft draft) {
        List<Section> sections = new ArrayList<>();
        if (errors > 0) {
            sections.add(DraftNotice.build(fs, true));
        }
        sections.add(BUILDERS.get(Appendix.SUMMARY).build(context));
        sections.add(ReviewFindings.build(fs));
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Plan", plan.getLabel());
        p.put("For", "the analyst preparing the plan's appendices for publication; not for publication");
        p.put("Generated", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(generated));
        p.put("Validation", validation(errors, fs));
        return new AppendixDocument(plan.getLabel() + ": review of the appendices", plan.getLabel(), nz(plan.getVersion()),
                generated, p, draft, sections, false);
    }

    private static String validation(long errors, List<Finding> fs) {
        return (errors > 0 ? "DRAFT \u2013 " + errors + " error(s), " : "no errors, ")
                + Validation.count(fs, Severity.WARNING) + " warning(s), " + Validation.count(fs, Severity.INFO)
                + " for information";
    }

    /**
     * The cover's facts. One status line: the plan's status when the model is clean, "DRAFT" when it has errors (a
     * document generated from a model with errors is a draft whatever status the plan records).
     */
    private Map<String, String> properties(long errors, List<Finding> fs) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Plan", plan.getLabel());
        if (!Labels.blank(plan.getPeriodStart()) || !Labels.blank(plan.getPeriodEnd())) {
            p.put("Period", nz(plan.getPeriodStart()) + " \u2013 " + nz(plan.getPeriodEnd()));
        }
        if (!Labels.blank(plan.getOwner())) {
            p.put("Owner", plan.getOwner());
        }
        if (!publication) {
            p.put("Model version", Labels.blank(plan.getVersion()) ? "(none)" : plan.getVersion());
        } else if (!Labels.blank(plan.getVersion())) {
            p.put("Version", plan.getVersion());
        }
        if (errors > 0) {
            p.put("Status", "DRAFT \u2013 not for publication (the model has " + errors + " error"
                    + (errors == 1 ? "" : "s") + ")");
        } else if (plan.eIsSet(org.plantrace.model.PlantracePackage.Literals.PLAN__STATUS)) {
            String status = plan.getStatus().getLiteral();
            p.put("Status", status.isEmpty() ? status : Character.toUpperCase(status.charAt(0)) + status.substring(1));
        }
        p.put(publication ? "Date" : "Generated", publication
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).withZone(ZoneOffset.UTC).format(generated)
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(generated));
        if (!publication) {
            p.put("Validation", validation(errors, fs));
        }
        return p;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

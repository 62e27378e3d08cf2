package org.plantrace.core.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.Alignment;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PlanStatus;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * The contents of new model files: an empty draft plan, next year's plan rolled forward from this year's, a new
 * framework (what the New wizards write; headless, so the command line and plain tests can use it).
 */
public final class NewModels {

    private NewModels() {
    }

    public record PlanDetails(String title, String name, String owner, String periodStart, String periodEnd) {
    }

    /** A new, empty draft plan tracing to the given framework files. */
    public static byte[] newPlan(Path target, PlanDetails d, List<Path> frameworks) throws IOException, ModelLoadException {
        ResourceSet rs = ModelStore.newResourceSet();
        Resource r = rs.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        Plan p = PlantraceFactory.eINSTANCE.createPlan();
        p.setId(slug("plan-" + (d.periodStart() == null ? "" : d.periodStart())));
        apply(p, d);
        p.setVersion("0.1");
        if (d.periodStart() != null && !d.periodStart().isBlank()) {
            p.getYears().add(d.periodStart());
        }
        for (Path f : frameworks) {
            p.getFrameworks().add(ModelStore.loadRoot(rs, f, Framework.class));
        }
        r.getContents().add(p);
        return ModelStore.serialise(r);
    }

    private static void apply(Plan p, PlanDetails d) {
        p.setTitle(blankToNull(d.title()));
        p.setName(blankToNull(d.name()));
        p.setOwner(blankToNull(d.owner()));
        p.setPeriodStart(blankToNull(d.periodStart()));
        p.setPeriodEnd(blankToNull(d.periodEnd()));
        p.setStatus(PlanStatus.DRAFT);
    }

    /**
     * Next year's plan from this year's: the same outcomes, objectives, key activities, measures,
     * business groups and alignments (ids kept, so plans can be compared year on year), years moved on
     * by one, targets carried forward with a note to review them, the plan a draft again and the
     * evidence of the old published document (wordings, citations) left behind.
     */
    public static byte[] rollForward(Path previous, Path target, PlanDetails d) throws IOException, ModelLoadException {
        ResourceSet rs = ModelStore.newResourceSet();
        Plan old = ModelStore.loadRoot(rs, previous, Plan.class);
        EcoreUtil.resolveAll(old);
        Plan p = EcoreUtil.copy(old);
        Resource r = rs.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        r.getContents().add(p);
        int shift = 1;
        String start = d.periodStart();
        if (start != null && old.getPeriodStart() != null && start.length() >= 4 && old.getPeriodStart().length() >= 4) {
            try {
                shift = Integer.parseInt(start.substring(0, 4)) - Integer.parseInt(old.getPeriodStart().substring(0, 4));
            } catch (NumberFormatException e) {
                shift = 1;
            }
        }
        final int n = shift;
        p.setId(slug("plan-" + (start == null ? "next" : start)));
        apply(p, d);
        p.setVersion("0.1");
        p.setNote("Rolled forward from " + previous.getFileName() + " (" + old.getLabel() + ").");
        List<String> years = new ArrayList<>(p.getYears());
        p.getYears().clear();
        years.forEach(y -> p.getYears().add(Years.shift(y, n)));
        List<org.eclipse.emf.ecore.EObject> all = new ArrayList<>();
        p.eAllContents().forEachRemaining(all::add);
        all.add(p);
        for (var o : all) {
            if (o instanceof Named named) {
                named.getWordings().clear();
            }
            if (o instanceof Alignment a) {
                a.setPublishedIn(null);
                a.setPublishedKeyActivities(null);
            }
            if (o instanceof Measure m) {
                for (Target t : m.getTargets()) {
                    String was = t.getYear();
                    t.setYear(Years.shift(was, n));
                    t.setNote("Carried forward from " + was + " (" + (t.getValue() == null ? "no target" : t.getValue())
                            + "): review for " + t.getYear() + ".");
                }
            }
        }
        return ModelStore.serialise(r);
    }

    public record FrameworkDetails(String code, String title, FrameworkKind kind, String period, String publisher,
            boolean national) {
    }

    public static byte[] newFramework(Path target, FrameworkDetails d) throws IOException {
        ResourceSet rs = ModelStore.newResourceSet();
        Resource r = rs.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        Framework f = PlantraceFactory.eINSTANCE.createFramework();
        f.setId(slug((d.code() == null || d.code().isBlank() ? "framework" : d.code())
                + (d.period() == null || d.period().isBlank() ? "" : "-" + d.period())));
        f.setCode(blankToNull(d.code()));
        f.setTitle(blankToNull(d.title()));
        f.setKind(d.kind());
        f.setPeriod(blankToNull(d.period()));
        f.setPublisher(blankToNull(d.publisher()));
        f.setNational(d.national());
        r.getContents().add(f);
        return ModelStore.serialise(r);
    }

    public static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return t.isEmpty() ? "plan" : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

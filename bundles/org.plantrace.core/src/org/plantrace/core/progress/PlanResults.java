package org.plantrace.core.progress;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.ResourcePolicy;

/**
 * The results files of a plan found in its project (the folder holding {@code .project} or {@code .git} above the
 * plan, else the plan's folder), each loaded on its own and read against a plan that may be open and edited
 * elsewhere: a result's measure is the plan's measure of the same id. Files are re-read only when they change.
 *
 * <p>The files of one project tree read in one look-up share a resource set: loading a results file checks the
 * references it holds, which reads the plan it reports on and that plan's frameworks; with a set each, every results
 * file read its whole plan again (in this repository, an appendix of the sample read the plan four times for its
 * results). Files share a set only when their project tree ({@link ResourcePolicy#projectRoot}) is the same, so
 * that each is loaded under the same reference policy as on its own.
 */
public final class PlanResults {

    private record Loaded(long modified, ResultSet set) {
    }

    private static final Map<Path, Loaded> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 6;

    private PlanResults() {
    }

    /** The project folder of a plan file ({@link ResourcePolicy#projectRoot}, the one rule of what a project is). */
    public static Path project(Path planFile) {
        return ResourcePolicy.projectRoot(planFile.toAbsolutePath());
    }

    /**
     * The result sets of the project that report on this plan: their plan reference names {@code planFile} and the
     * plan's id (unreadable files skipped). A copy of the plan elsewhere in the project (an archived version, a test
     * fixture) carries the same id; the results written against the copy are the copy's, not this plan's.
     */
    public static List<ResultSet> find(Plan plan, Path planFile) {
        List<ResultSet> out = new ArrayList<>();
        Map<Path, ResourceSet> shared = new HashMap<>(); // per project tree, made when a file is read
        Path self = real(planFile);
        for (Path f : files(project(planFile))) {
            ResultSet s = load(f, shared);
            if (s != null && reportsOn(s, plan, self)) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean reportsOn(ResultSet s, Plan plan, Path planFile) {
        Object ref = s.eGet(PlantracePackage.Literals.RESULT_SET__PLAN, false);
        if (!(ref instanceof EObject o) || plan.getId() == null) {
            return false;
        }
        URI uri = uri(o);
        if (uri == null || !plan.getId().equals(uri.fragment())) {
            return false;
        }
        Path file = localFile(uri.trimFragment());
        return file != null && real(file).equals(planFile);
    }

    /** The file as the file system names it (links followed), for comparing two names of one file. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs;
        }
    }

    private static String fragment(EObject o) {
        URI uri = uri(o);
        return uri == null ? null : uri.fragment();
    }

    /** Where a reference points: its proxy's address, or the loaded element's. */
    private static URI uri(EObject o) {
        return o.eIsProxy() ? ((org.eclipse.emf.ecore.InternalEObject) o).eProxyURI() : EcoreUtil.getURI(o);
    }

    private static List<Path> files(Path root) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, java.util.Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && (n.startsWith(".") || n.equals("target") || n.equals("bin"))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".results")) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // an unreadable project folder has no results
        }
        out.sort(null);
        return out;
    }

    /**
     * The result set of file {@code f}, from the cache while the file is unchanged, else read into the resource set of
     * its project tree in {@code shared}.
     */
    private static ResultSet load(Path f, Map<Path, ResourceSet> shared) {
        try {
            long modified = Files.getLastModifiedTime(f).toMillis();
            Loaded l = CACHE.get(f);
            if (l != null && l.modified() == modified) {
                return l.set();
            }
            ResourceSet rs = shared.computeIfAbsent(ResourcePolicy.projectRoot(f), k -> ModelStore.newResourceSet());
            ResultSet s = ModelStore.loadRoot(rs, f, ResultSet.class);
            CACHE.put(f, new Loaded(modified, s));
            return s;
        } catch (IOException | ModelLoadException | RuntimeException e) {
            CACHE.remove(f);
            return null;
        }
    }

    /** Progress rows of {@code plan} (as it is now, edited or not) from the results files of its project. */
    public static List<ProgressRow> rows(Plan plan, Path planFile) {
        List<Result> results = new ArrayList<>();
        for (ResultSet s : find(plan, planFile)) {
            results.addAll(s.getResults());
        }
        Map<String, Measure> byId = new HashMap<>();
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Measure m && m.getId() != null) {
                byId.put(m.getId(), m);
            }
        }
        return Progress.rows(plan, results, r -> {
            Object ref = r.eGet(PlantracePackage.Literals.RESULT__MEASURE, false);
            return ref instanceof EObject o ? byId.get(fragment(o)) : null;
        });
    }

    /**
     * The status of each measure with results: that of its corporate row for the whole measure, else the worst of its
     * rows (red before amber before green).
     */
    public static Map<Measure, Rag> status(List<ProgressRow> rows) {
        Map<Measure, Rag> out = new IdentityHashMap<>();
        Map<Measure, Boolean> whole = new IdentityHashMap<>();
        for (ProgressRow r : rows) {
            boolean isWhole = r.breakdown().isEmpty() && r.scope().equals(Scope.CORPORATE);
            if (isWhole) {
                out.put(r.measure(), r.rag());
                whole.put(r.measure(), true);
            } else if (!whole.containsKey(r.measure())) {
                out.merge(r.measure(), r.rag(), (a, b) -> a.ordinal() >= b.ordinal() && a.ordinal() <= Rag.RED.ordinal()
                        ? a : b.ordinal() <= Rag.RED.ordinal() ? b : a);
            }
        }
        return out;
    }

    /**
     * The status of each measure with results ({@link #status(List)}) and of each objective: the worst status of the
     * measures it holds or that contribute to it (red before amber before green); an objective whose measures are all
     * baselining or without results has none. The one roll-up the editor tree, the diagrams and the views paint.
     */
    public static Map<EObject, Rag> statusWithObjectives(List<ProgressRow> rows) {
        Map<Measure, Rag> measures = status(rows);
        Map<EObject, Rag> out = new IdentityHashMap<>(measures);
        for (Map.Entry<Measure, Rag> e : measures.entrySet()) {
            Rag rag = e.getValue();
            if (rag != Rag.GREEN && !rag.atRisk()) {
                continue;
            }
            Measure m = e.getKey();
            java.util.Set<org.plantrace.model.CorporateObjective> objectives = java.util.Collections
                    .newSetFromMap(new IdentityHashMap<>());
            if (m.eContainer() instanceof org.plantrace.model.CorporateObjective o) {
                objectives.add(o);
            }
            for (org.plantrace.model.CorporateObjective o : m.getContributesTo()) {
                if (!o.eIsProxy()) {
                    objectives.add(o);
                }
            }
            for (org.plantrace.model.CorporateObjective o : objectives) {
                out.merge(o, rag, PlanResults::worse);
            }
        }
        return out;
    }

    /** The worse of two statuses: red, then amber, then green (others are never worse). */
    public static Rag worse(Rag a, Rag b) {
        return severity(b) > severity(a) ? b : a;
    }

    private static int severity(Rag r) {
        return switch (r) {
            case RED -> 3;
            case AMBER -> 2;
            case GREEN -> 1;
            default -> 0;
        };
    }

    /**
     * {@link #statusWithObjectives(List)} of a plan as it is now, from the results files of the project of the file it
     * was loaded from; empty when it has no file or the results cannot be read (views paint nothing then).
     */
    public static Map<EObject, Rag> statusOf(Plan plan) {
        try {
            Path file = file(plan);
            return file == null ? Map.of() : statusWithObjectives(rows(plan, file));
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** The file a plan was loaded from (a file or platform URI), or null. */
    public static Path file(Plan plan) {
        return plan == null || plan.eResource() == null ? null : localFile(plan.eResource().getURI());
    }

    /** The file a file or platform URI names, or null. */
    private static Path localFile(URI uri) {
        if (uri == null) {
            return null;
        }
        URI local = uri.isFile() ? uri : org.eclipse.emf.common.CommonPlugin.asLocalURI(uri);
        return local == null || !local.isFile() ? null : Path.of(local.toFileString());
    }

    /** The result sets of the project of the file {@code plan} was loaded from; empty when it has none. */
    public static List<ResultSet> find(Plan plan) {
        Path file = file(plan);
        return file == null ? List.of() : find(plan, file);
    }

    /** The measure of {@code plan} a result (loaded apart from the plan) reports on: the one of the same id, or null. */
    public static Measure measureIn(Plan plan, Result r) {
        Object ref = r.eGet(PlantracePackage.Literals.RESULT__MEASURE, false);
        String id = ref instanceof EObject o ? fragment(o) : null;
        EObject e = id == null || plan.eResource() == null ? null : plan.eResource().getEObject(id);
        return e instanceof Measure m ? m : null;
    }
}

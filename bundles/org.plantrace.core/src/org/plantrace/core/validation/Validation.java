package org.plantrace.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;

/**
 * Runs {@link PlanValidator} through EMF's {@link Diagnostician} over a plan and the frameworks it
 * uses, and turns the diagnostics into {@link Finding}s in document order.
 */
public final class Validation {

    private Validation() {
    }

    /** A diagnostician whose registry maps the Plantrace package to a fresh {@link PlanValidator}. */
    public static Diagnostician diagnostician() {
        EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl();
        registry.put(PlantracePackage.eINSTANCE, new PlanValidator());
        return new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject o) {
                return Labels.describe(o);
            }
        };
    }

    /** Validates the plan and every framework it lists or links to. */
    public static List<Finding> validate(Plan plan) {
        return validate(plan, TraceIndex.of(plan));
    }

    /** As {@link #validate(Plan)}, reusing an index already computed for the plan. */
    public static List<Finding> validate(Plan plan, TraceIndex index) {
        EcoreUtil.resolveAll(plan);
        Diagnostician diagnostician = diagnostician();
        Map<Object, Object> ctx = context(index);
        List<Finding> out = new ArrayList<>();
        BasicDiagnostic root = new BasicDiagnostic();
        diagnostician.validate(plan, root, ctx);
        Set<Framework> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Framework f : index.frameworks()) {
            if (done.add(f)) {
                diagnostician.validate(f, root, ctx);
            }
        }
        PlanValidator.reportUnresolvedBeyondListed(root, ctx);
        flatten(root, out);
        return out;
    }

    /**
     * Validates the plan as {@link #validate(Plan, TraceIndex)} does (the same findings in the same order), on a thread
     * of its own while the caller goes on reading the model, e.g. building documents from it; {@code get()} of the
     * answer waits for the findings (and throws what validation threw). Two threads may read an EMF model at once only
     * when neither changes it: reading a reference not yet resolved replaces the proxy in its list, and one that does
     * not resolve (a missing file or id) looks it up again in the resource set and its files each time it is read. So
     * every reference of every file in the plan's resource set is resolved first, here; when one stays unresolved the
     * plan is validated here too, before this returns, as before.
     */
    public static Supplier<List<Finding>> validateAside(Plan plan, TraceIndex index) {
        Resource r = plan.eResource();
        ResourceSet rs = r == null ? null : r.getResourceSet();
        if (rs == null || !resolveEverything(rs)) {
            List<Finding> findings = validate(plan, index);
            return () -> findings;
        }
        FutureTask<List<Finding>> task = new FutureTask<>(() -> validate(plan, index));
        Thread t = new Thread(task, "plantrace-validation");
        t.setDaemon(true); // a caller that stops meanwhile (a cancelled export) does not wait for it
        t.start();
        return () -> {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /**
     * Resolves every cross-reference of every resource in {@code rs}, those a resolution loads included (as
     * {@link EcoreUtil#resolveAll(ResourceSet)}); whether all of them resolved.
     */
    private static boolean resolveEverything(ResourceSet rs) {
        boolean all = true;
        List<Resource> resources = rs.getResources();
        for (int i = 0; i < resources.size(); i++) {
            for (var it = resources.get(i).getAllContents(); it.hasNext();) {
                for (EObject target : it.next().eCrossReferences()) {
                    if (target.eIsProxy()) {
                        all = false;
                    }
                }
            }
        }
        return all;
    }

    /**
     * Validates one element and its contents with the same rules and labels, e.g. a framework file open in an editor
     * on its own; a plan is validated with its frameworks as {@link #validate(Plan)} does.
     */
    public static List<Finding> validate(EObject element) {
        if (element instanceof Plan p) {
            return validate(p);
        }
        EcoreUtil.resolveAll(element);
        BasicDiagnostic root = new BasicDiagnostic();
        Map<Object, Object> ctx = context(null);
        diagnostician().validate(element, root, ctx);
        PlanValidator.reportUnresolvedBeyondListed(root, ctx);
        List<Finding> out = new ArrayList<>();
        flatten(root, out);
        return out;
    }

    private static Map<Object, Object> context(TraceIndex index) {
        Map<Object, Object> ctx = new HashMap<>();
        if (index != null) {
            ctx.put(TraceIndex.class, index);
        }
        ctx.put(EValidator.SubstitutionLabelProvider.class, new EValidator.SubstitutionLabelProvider() {
            @Override
            public String getObjectLabel(EObject o) {
                return Labels.describe(o);
            }

            @Override
            public String getFeatureLabel(org.eclipse.emf.ecore.EStructuralFeature f) {
                return f.getName();
            }

            @Override
            public String getValueLabel(org.eclipse.emf.ecore.EDataType t, Object v) {
                return String.valueOf(v);
            }
        });
        return ctx;
    }

    private static void flatten(Diagnostic d, List<Finding> out) {
        for (Diagnostic c : d.getChildren()) {
            if (c.getSeverity() != Diagnostic.OK && c.getChildren().isEmpty()) {
                out.add(toFinding(c));
            }
            flatten(c, out);
        }
    }

    private static Finding toFinding(Diagnostic d) {
        EObject element = null;
        Rule rule = null;
        for (Object o : d.getData()) {
            if (element == null && o instanceof EObject e) {
                element = e;
            } else if (o instanceof Rule r) {
                rule = r;
            }
        }
        if (rule == null) {
            rule = PlanValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) ? Rule.ofCode(d.getCode()) : Rule.MODEL_CONSTRAINT;
        }
        String id = element == null ? null : EcoreUtil.getID(element);
        String path = element == null ? "" : Labels.path(element);
        Resource r = element == null ? null : element.eResource();
        String file = r == null ? null : r.getURI().isFile() ? r.getURI().toFileString() : r.getURI().toString();
        return new Finding(Severity.of(d.getSeverity()), rule.id(), element, id, path, file, d.getMessage());
    }

    public static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}

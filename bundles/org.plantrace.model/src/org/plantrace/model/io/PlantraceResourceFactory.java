package org.plantrace.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link PlantraceResource}s for {@code .plan}, {@code .framework} and {@code .results} files. */
public class PlantraceResourceFactory extends ResourceFactoryImpl {

    public static final String PLAN_EXTENSION = "plan";
    public static final String FRAMEWORK_EXTENSION = "framework";
    public static final String RESULTS_EXTENSION = "results";

    /** The files read ahead for the one resource set this factory serves (see {@link LoadGuard#install}); or null. */
    private final Prefetch prefetch;

    public PlantraceResourceFactory() {
        this(null);
    }

    PlantraceResourceFactory(Prefetch prefetch) {
        this.prefetch = prefetch;
    }

    Prefetch prefetch() {
        return prefetch;
    }

    @Override
    public Resource createResource(URI uri) {
        PlantraceResource ready = prefetch == null ? null : prefetch.take(uri);
        return ready != null ? ready : new PlantraceResource(uri);
    }
}

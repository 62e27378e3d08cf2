package org.plantrace.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link PlantraceResource}s for {@code .plan}, {@code .framework} and {@code .results} files. */
public class PlantraceResourceFactory extends ResourceFactoryImpl {

    public static final String PLAN_EXTENSION = "plan";
    public static final String FRAMEWORK_EXTENSION = "framework";
    public static final String RESULTS_EXTENSION = "results";

    @Override
    public Resource createResource(URI uri) {
        return new PlantraceResource(uri);
    }
}

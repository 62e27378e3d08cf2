package org.plantrace.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link PlantraceResource}s for {@code .plan} and {@code .framework} files. */
public class PlantraceResourceFactory extends ResourceFactoryImpl {

    public static final String PLAN_EXTENSION = "plan";
    public static final String FRAMEWORK_EXTENSION = "framework";

    @Override
    public Resource createResource(URI uri) {
        return new PlantraceResource(uri);
    }
}

package org.plantrace.ui.internal.emf;

import org.plantrace.core.ElementText;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.plantrace.model.provider.PlantraceItemProviderAdapterFactory;

/**
 * The one place where the workbench meets the generated EMF.Edit item providers: the adapter factory
 * every viewer, property sheet and editing domain of the workbench uses. (EMF's edit.ui bundle is not on
 * Maven Central, so the JFace side lives in this package: {@link ModelContentProvider},
 * {@link ElementText}, {@link ElementImages}, {@link ModelPropertySource}.)
 */
public final class ModelAdapters {

    private ModelAdapters() {
    }

    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory f = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        f.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        f.addAdapterFactory(new PlantraceItemProviderAdapterFactory());
        f.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return f;
    }
}

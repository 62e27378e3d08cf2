package org.plantrace.tests.support;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.plantrace.model.Plan;
import org.plantrace.model.provider.PlantraceItemProviderAdapterFactory;

/** Editing domains over a loaded plan, with Plantrace's item providers and a command stack, as the editor has. */
public final class Domains {

    private Domains() {
    }

    public static AdapterFactoryEditingDomain of(Plan plan) {
        ComposedAdapterFactory f = new ComposedAdapterFactory(new AdapterFactory[] {
            new PlantraceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()});
        return new AdapterFactoryEditingDomain(f, new BasicCommandStack(), plan.eResource().getResourceSet());
    }
}

package org.plantrace.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Property sources for model elements, over the item providers' {@link IItemPropertySource}. */
public class ModelPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public ModelPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof EObject e && adapterFactory.adapt(e, IItemPropertySource.class) instanceof IItemPropertySource s) {
            return new ModelPropertySource(e, s);
        }
        return null;
    }
}

package org.plantrace.ui.internal.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The properties of one element as the Properties view shows and edits them. Every change goes through
 * {@link IItemPropertyDescriptor#setPropertyValue}, which executes a SetCommand on the command stack of
 * the element's editing domain, so it can be undone like any other edit.
 */
public class ModelPropertySource implements IPropertySource {

    private final EObject object;
    private final IItemPropertySource source;

    public ModelPropertySource(EObject object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
            out.add(new ModelPropertyDescriptor(object, d));
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor find(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = find(id);
        if (d == null) {
            return null;
        }
        return new PropertyValue(rawValue(object, d));
    }

    /** The feature's value, unwrapped from EMF's PropertyValueWrapper. */
    static Object rawValue(EObject object, IItemPropertyDescriptor d) {
        if (d.getFeature(object) instanceof EStructuralFeature f) {
            return object.eGet(f);
        }
        Object v = d.getPropertyValue(object);
        return v instanceof ItemPropertyDescriptor.PropertyValueWrapper w ? w.getEditableValue(object) : v;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = find(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor d = find(id);
        if (d != null && d.canSetProperty(object)) {
            d.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = find(id);
        if (d == null || !d.canSetProperty(object)) {
            return;
        }
        Object v = PropertyValue.unwrap(value);
        if (java.util.Objects.equals(v, rawValue(object, d))) {
            return;
        }
        d.setPropertyValue(object, v);
    }
}

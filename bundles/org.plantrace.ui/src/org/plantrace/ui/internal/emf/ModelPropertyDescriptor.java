package org.plantrace.ui.internal.emf;

import org.plantrace.core.ElementText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of an element for the Properties view: name, category and description from the generated
 * item provider, a label for the value, and a cell editor that fits the feature (text, number, choice,
 * reference chooser, list of lines).
 */
public class ModelPropertyDescriptor implements IPropertyDescriptor {

    /** Attributes edited in a multi-line dialog ("..."): titles and wordings run to sentences in published plans. */
    private static final List<String> LONG_TEXT = List.of("title", "text", "note", "description", "ownerNote");

    private final EObject object;
    private final IItemPropertyDescriptor descriptor;

    public ModelPropertyDescriptor(EObject object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String getCategory() {
        EStructuralFeature f = feature();
        if (f == null) {
            return descriptor.getCategory(object);
        }
        return switch (f.getName()) {
            case "id", "name", "title", "code", "number", "note", "description", "kind" -> "Identity";
            default -> f instanceof EReference ? "Links" : "Details";
        };
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ModelPropertyDescriptor m && m.getId().equals(getId())
                && m.object.eClass() == object.eClass();
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                return valueText(PropertyValue.unwrap(element));
            }

            @Override
            public Image getImage(Object element) {
                Object v = PropertyValue.unwrap(element);
                return v instanceof EObject e && !e.eIsProxy() ? ElementImages.get(e) : null;
            }
        };
    }

    static String valueText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof EObject e) {
            return e instanceof org.plantrace.model.AlignmentTarget t ? ElementText.reference(t) : ElementText.text(e);
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object o : c) {
                parts.add(o instanceof EObject ? ElementText.shortText(o) : String.valueOf(o));
            }
            if (c.iterator().hasNext() && c.iterator().next() instanceof EObject) {
                parts.sort(org.plantrace.core.text.NaturalOrder.INSTANCE); // KA1, KA2, ... NI 15 before NI 111
            }
            return String.join(c.iterator().hasNext() && c.iterator().next() instanceof EObject ? ", " : " | ", parts);
        }
        if (v instanceof Enumerator en) {
            return en.getLiteral();
        }
        return String.valueOf(v);
    }

    private EStructuralFeature feature() {
        return descriptor.getFeature(object) instanceof EStructuralFeature f ? f : null;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        EStructuralFeature f = feature();
        if (f == null) {
            return null;
        }
        String title = ElementText.kind(object) + ": " + getDisplayName();
        if (f instanceof EReference) {
            List<Object> choices = new ArrayList<>();
            Collection<?> c = descriptor.getChoiceOfValues(object);
            if (c != null) {
                for (Object o : c) {
                    if (o != null) {
                        choices.add(o);
                    }
                }
            }
            return new ReferenceCellEditor(parent, title, choices, f.isMany());
        }
        EAttribute a = (EAttribute) f;
        EDataType type = a.getEAttributeType();
        if (a.isMany()) {
            return new LinesCellEditor(parent, title, false);
        }
        if (type instanceof EEnum en) {
            List<EEnumLiteral> literals = en.getELiterals();
            String[] names = literals.stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
            return new ComboBoxCellEditor(parent, names, SWT.READ_ONLY) {
                @Override
                protected Object doGetValue() {
                    int i = (Integer) super.doGetValue();
                    return i < 0 ? null : literals.get(i).getInstance();
                }

                @Override
                protected void doSetValue(Object value) {
                    Object v = PropertyValue.unwrap(value);
                    int i = 0;
                    for (int k = 0; k < literals.size(); k++) {
                        if (literals.get(k).getInstance() == v) {
                            i = k;
                        }
                    }
                    super.doSetValue(i);
                }
            };
        }
        if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
            return new ComboBoxCellEditor(parent, new String[] { "false", "true" }, SWT.READ_ONLY) {
                @Override
                protected Object doGetValue() {
                    return Integer.valueOf(1).equals(super.doGetValue());
                }

                @Override
                protected void doSetValue(Object value) {
                    super.doSetValue(Boolean.TRUE.equals(PropertyValue.unwrap(value)) ? 1 : 0);
                }
            };
        }
        if (LONG_TEXT.contains(a.getName())) {
            return new LinesCellEditor(parent, title, true);
        }
        return new TextCellEditor(parent) {
            {
                setValidator(v -> {
                    if (type == EcorePackage.Literals.ESTRING || v == null || String.valueOf(v).isEmpty()) {
                        return null;
                    }
                    try {
                        EcoreUtil.createFromString(type, String.valueOf(v));
                        return null;
                    } catch (RuntimeException e) {
                        return "'" + v + "' is not a valid " + type.getName();
                    }
                });
            }

            @Override
            protected Object doGetValue() {
                String s = (String) super.doGetValue();
                if (type == EcorePackage.Literals.ESTRING) {
                    return s.isEmpty() ? null : s;
                }
                return s.isEmpty() ? null : EcoreUtil.createFromString(type, s);
            }

            @Override
            protected void doSetValue(Object value) {
                Object v = PropertyValue.unwrap(value);
                super.doSetValue(v == null ? "" : EcoreUtil.convertToString(type, v));
            }
        };
    }
}

package org.plantrace.ui.internal.emf;

import org.plantrace.core.ElementText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.emf.ecore.EObject;
import org.plantrace.model.AlignmentTarget;

/** Chooses the element(s) a reference points at: a filtered list for one, a check list for many. */
public class ReferenceCellEditor extends DialogCellEditor {

    private final String title;
    private final List<Object> choices;
    private final boolean many;

    public ReferenceCellEditor(Composite parent, String title, List<Object> choices, boolean many) {
        super(parent);
        this.title = title;
        this.choices = choices;
        this.many = many;
    }

    /** Labels for choosing: full references, so that "PSA 24 PA1" and its wording are both searchable. */
    static LabelProvider choiceLabels() {
        return new LabelProvider() {
            @Override
            public String getText(Object o) {
                if (o instanceof AlignmentTarget t) {
                    return ElementText.reference(t);
                }
                return ElementText.text(o);
            }

            @Override
            public Image getImage(Object o) {
                return o instanceof EObject e && !e.eIsProxy() ? ElementImages.get(e) : null;
            }
        };
    }

    @Override
    protected Object openDialogBox(Control window) {
        Object current = PropertyValue.unwrap(getValue());
        if (many) {
            List<Object> selected = new ArrayList<>();
            if (current instanceof Collection<?> c) {
                selected.addAll(c);
            }
            ListSelectionDialog d = ListSelectionDialog.of(choices).contentProvider(ArrayContentProvider.getInstance())
                    .labelProvider(choiceLabels()).title(title).message("Choose the elements:")
                    .preselect(selected.toArray()).create(window.getShell());
            if (d.open() != Window.OK) {
                return null;
            }
            return new ArrayList<>(List.of(d.getResult()));
        }
        ElementListSelectionDialog d = new ElementListSelectionDialog(window.getShell(), choiceLabels());
        d.setTitle(title);
        d.setMessage("Type to filter by printed id or wording:");
        d.setElements(choices.toArray());
        d.setMultipleSelection(false);
        if (current != null) {
            d.setInitialSelections(current);
        }
        if (d.open() != Window.OK) {
            return null;
        }
        return d.getFirstResult();
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            getDefaultLabel().setText(ModelPropertyDescriptor.valueText(PropertyValue.unwrap(value)));
        }
    }
}

package org.plantrace.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.plantrace.core.ElementText;
import org.plantrace.model.Alignment;

/** The editor's New menu: the children an element can hold, and siblings of its kind after it, in the plan's words. */
final class NewChildMenu {

    private NewChildMenu() {
    }

    /** Fills {@code m} with the elements {@code owner} can hold and those that can follow it. */
    static void fill(EditorActions actions, EObject owner, EditingDomain domain, IMenuManager m) {
        EObject o = owner;
        for (Object d : domain.getNewChildDescriptors(owner, null)) {
            if (d instanceof CommandParameter p && p.getValue() instanceof EObject child) {
                String text = ElementText.kind(child.eClass(), o.eResource()) + (child instanceof Alignment ? "..." : "");
                m.add(new Action(text, ImageDescriptorFor.of(child)) {
                    @Override
                    public void run() {
                        actions.createChild(o, p.getEStructuralFeature(), child, -1, true);
                    }
                });
            }
        }
        EObject container = owner.eContainer();
        EStructuralFeature f = owner.eContainingFeature();
        if (container != null && f != null && f.isMany()) {
            m.add(new Separator());
            int index = ((List<?>) container.eGet(f)).indexOf(owner) + 1;
            for (Object d : domain.getNewChildDescriptors(container, null)) {
                if (d instanceof CommandParameter p && p.getEStructuralFeature() == f && p.getValue() instanceof EObject child
                        && child.eClass() == owner.eClass()) {
                    String text = ElementText.kind(child.eClass(), container.eResource()) + " After This"
                            + (child instanceof Alignment ? "..." : "");
                    m.add(new Action(text, ImageDescriptorFor.of(child)) {
                        @Override
                        public void run() {
                            actions.createChild(container, f, child, index, true);
                        }
                    });
                }
            }
        }
    }

    static IAction disabled(String text) {
        Action a = new Action(text) {
        };
        a.setEnabled(false);
        return a;
    }

    private static final class ImageDescriptorFor {
        static org.eclipse.jface.resource.ImageDescriptor of(EObject o) {
            return org.plantrace.ui.internal.emf.ElementImages.descriptor(o);
        }
    }
}

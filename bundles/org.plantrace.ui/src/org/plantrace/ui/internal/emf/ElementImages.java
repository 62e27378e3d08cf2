package org.plantrace.ui.internal.emf;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.plantrace.core.validation.Severity;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.PlantraceUi;

/** Icons of model elements (drawn for Plantrace, in {@code icons/obj16}), with problem overlays. */
public final class ElementImages {

    private ElementImages() {
    }

    public static String path(Object o) {
        String name;
        if (o instanceof Resource) {
            name = "file";
        } else if (o instanceof PriorityItem p && p.isGroup()) {
            name = "prioritygroup";
        } else if (o instanceof EObject e) {
            name = e.eClass().getName().toLowerCase(java.util.Locale.ROOT);
        } else {
            name = "file";
        }
        return "icons/obj16/" + name + ".png";
    }

    public static Image get(Object o) {
        return PlantraceUi.image(path(o));
    }

    public static ImageDescriptor descriptor(Object o) {
        return PlantraceUi.imageDescriptor(path(o));
    }

    /** The icon of {@code o} with an error or warning overlay, created in (and freed with) {@code resources}. */
    public static Image get(Object o, Severity severity, ResourceManager resources) {
        Image base = get(o);
        if (severity == null || severity == Severity.INFO) {
            return base;
        }
        String dec = severity == Severity.ERROR ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING;
        Image overlay = FieldDecorationRegistry.getDefault().getFieldDecoration(dec).getImage();
        ImageDescriptor d = new DecorationOverlayIcon(base, ImageDescriptor.createFromImage(overlay),
                IDecoration.BOTTOM_LEFT);
        return resources.create(d);
    }
}

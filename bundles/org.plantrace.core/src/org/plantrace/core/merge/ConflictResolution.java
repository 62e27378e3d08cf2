package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Applies the resolution of one conflict to the merged model: our, their or the base version, or (for a text
 * attribute) an edited value. The merged model holds ours at each conflict, so choosing ours changes nothing; their
 * version of an element we deleted is put back as they edited it; for an element deleted on one side and linked on
 * the other, see {@link DeletedAndLinked}.
 * Callers in the workbench wrap the changes in one undoable command.
 */
public final class ConflictResolution {

    /** Which version to keep. */
    public enum Choice {
        OURS, THEIRS, BASE
    }

    private ConflictResolution() {
    }

    /** Whether {@code choice} can be applied to {@code c} (some conflicts only offer ours, which is in place). */
    public static boolean offers(MergeConflict c, Choice choice) {
        if (choice == Choice.OURS) {
            return true;
        }
        switch (c.kind()) {
        case BOTH_CHANGED:
            return value(c, choice) != null && !(feature(c) instanceof EReference r && r.isContainment());
        case REORDERED_ON_BOTH_SIDES:
        case MOVED_ON_BOTH_SIDES:
            return value(c, choice) != null;
        case EDITED_BY_US_DELETED_BY_THEM:
            return choice == Choice.THEIRS;
        case DELETED_BY_US_EDITED_BY_THEM:
            return choice == Choice.THEIRS && ElementCopy.is(c.theirsValue());
        case DELETED_AND_LINKED:
            return choice == Choice.THEIRS && DeletedAndLinked.offersTheirs(c);
        default:
            return false;
        }
    }

    /** Whether the conflict's value is text one may edit by hand. */
    public static boolean editable(MergeConflict c) {
        return c.kind() == MergeConflict.Kind.BOTH_CHANGED && feature(c) instanceof EAttribute a && !a.isMany();
    }

    /** The stored value of the given version. */
    public static List<String> value(MergeConflict c, Choice choice) {
        return switch (choice) {
        case OURS -> c.oursValue();
        case THEIRS -> c.theirsValue();
        case BASE -> c.baseValue();
        };
    }

    /** Applies {@code choice}; returns false when the element is no longer in the model. */
    public static boolean apply(Resource merged, MergeConflict c, Choice choice) {
        if (choice == Choice.OURS) {
            return true;
        }
        if (DeletedAndLinked.is(c)) {
            return choice == Choice.THEIRS && DeletedAndLinked.applyTheirs(merged, c);
        }
        return applyValue(merged, c, value(c, choice));
    }

    /** Applies an edited text to a single attribute (see {@link #editable}). */
    public static boolean applyText(Resource merged, MergeConflict c, String text) {
        return applyValue(merged, c, text == null || text.isEmpty() ? List.of() : List.of(text));
    }

    private static boolean applyValue(Resource merged, MergeConflict c, List<String> value) {
        if (c.kind() == MergeConflict.Kind.DELETED_BY_US_EDITED_BY_THEM) {
            return ElementCopy.restore(merged, value) != null; // their element, as they edited it, where they have it
        }

        EObject o = merged.getEObject(c.elementId());
        if (o == null) {
            return false;
        }
        switch (c.kind()) {
        case BOTH_CHANGED -> setValue(merged, o, o.eClass().getEStructuralFeature(c.feature()), value);
        case REORDERED_ON_BOTH_SIDES -> reorder(merged, o, (EReference) o.eClass().getEStructuralFeature(c.feature()), value);
        case MOVED_ON_BOTH_SIDES -> {
            return move(merged, o, value.get(0));
        }
        case EDITED_BY_US_DELETED_BY_THEM -> EcoreUtil.delete(o, true);
        default -> {
            return false;
        }
        }
        return true;
    }

    /** Sets an attribute (literals) or a reference (hrefs) of {@code o}; children without id are not set this way. */
    static boolean setValue(Resource merged, EObject o, EStructuralFeature f, List<String> value) {
        if (f instanceof EAttribute a) {
            ModelMerge.setAttribute(o, a, value);
            return true;
        }
        if (f instanceof EReference r && !r.isContainment()) {
            setReference(merged, o, r, value == null ? List.of() : value);
            return true;
        }
        return false;
    }

    /** Puts the children of {@code r} in the order of {@code ids} (children not named keep their place after). */
    static void reorder(Resource merged, EObject o, EReference r, List<String> ids) {
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) o.eGet(r);
        List<EObject> ordered = new ArrayList<>();
        for (String id : ids) {
            EObject child = merged.getEObject(id);
            if (child != null && list.contains(child)) {
                ordered.add(child);
            }
        }
        for (EObject child : list) {
            if (!ordered.contains(child)) {
                ordered.add(child);
            }
        }
        ECollections.setEList(list, ordered);
    }

    /** Moves {@code o} to the end of the slot "parentId/feature"; false when the parent is not in the model. */
    static boolean move(Resource merged, EObject o, String slot) {
        EObject parent = merged.getEObject(slot.substring(0, slot.lastIndexOf('/')));
        if (parent == null) {
            return false;
        }
        EReference r = (EReference) parent.eClass().getEStructuralFeature(slot.substring(slot.lastIndexOf('/') + 1));
        if (r.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) parent.eGet(r);
            list.add(o);
        } else {
            parent.eSet(r, o);
        }
        return true;
    }

    private static void setReference(Resource merged, EObject o, EReference r, List<String> hrefs) {
        List<EObject> targets = new ArrayList<>();
        for (String href : hrefs) {
            if (href.startsWith("#")) {
                EObject t = merged.getEObject(href.substring(1));
                if (t != null) {
                    targets.add(t);
                }
            } else {
                EObject proxy = EcoreUtil.create(r.getEReferenceType().isAbstract() ? concrete(o, r) : r.getEReferenceType());
                ((InternalEObject) proxy).eSetProxyURI(URI.createURI(href).resolve(merged.getURI()));
                targets.add(proxy);
            }
        }
        if (r.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) o.eGet(r, false);
            ECollections.setEList(list, targets);
        } else if (targets.isEmpty()) {
            o.eUnset(r);
        } else {
            o.eSet(r, targets.get(0));
        }
    }

    /** The class of the proxy for a reference to an abstract type: that of the current value, else a priority item. */
    private static org.eclipse.emf.ecore.EClass concrete(EObject o, EReference r) {
        for (EObject v : Side.targets(o, r)) {
            return v.eClass();
        }
        return org.plantrace.model.PlantracePackage.Literals.PRIORITY_ITEM;
    }

    private static EStructuralFeature feature(MergeConflict c) {
        if (c.feature() == null) {
            return null;
        }
        for (org.eclipse.emf.ecore.EClassifier k : org.plantrace.model.PlantracePackage.eINSTANCE.getEClassifiers()) {
            if (k instanceof org.eclipse.emf.ecore.EClass ec && ec.getEStructuralFeature(c.feature()) != null) {
                return ec.getEStructuralFeature(c.feature());
            }
        }
        return null;
    }
}

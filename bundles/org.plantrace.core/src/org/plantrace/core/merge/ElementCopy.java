package org.plantrace.core.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * One element of a model file with everything inside it, as text that can be stored (in a conflict file) and put
 * back into a version of the same file later: its place (parent slot and the sibling it follows) and its XML, links
 * within the file kept by id, links to other files as written. Used to take "theirs" where we deleted an element
 * they edited, and to copy an added element across in the compare.
 */
public final class ElementCopy {

    /** Marks a value list as an element copy: {@code [MARK, slot, previous sibling id or "", xml, file name]}. */
    static final String MARK = "element-copy";

    private ElementCopy() {
    }

    /** The element as a value list (see {@link #MARK}); null when it cannot be written. */
    public static List<String> of(EObject element) {
        Resource from = element.eResource();
        if (from == null || element.eContainer() == null) {
            return null;
        }
        String slot = EcoreUtil.getID(element.eContainer()) + "/" + element.eContainmentFeature().getName();
        String previous = "";
        if (element.eContainmentFeature().isMany()) {
            List<?> siblings = (List<?>) element.eContainer().eGet(element.eContainmentFeature());
            int i = siblings.indexOf(element);
            if (i > 0) {
                previous = String.valueOf(EcoreUtil.getID((EObject) siblings.get(i - 1)));
            }
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier(false, true);
        EObject copy = copier.copy(element);
        copier.copyReferences();
        Resource tmp = ModelStore.newResourceSet().createResource(copyUri(from.getURI()));
        tmp.getContents().add(copy);
        try {
            return List.of(MARK, slot, previous, new String(ModelStore.serialise(tmp), StandardCharsets.UTF_8),
                    from.getURI().lastSegment());
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            tmp.getContents().clear();
        }
    }

    /**
     * Where a copy is written and read: beside the file under another name, so that links within the file come out as
     * "file#id" (never "#id", which would point into the copy itself).
     */
    private static URI copyUri(URI file) {
        return file.trimSegments(1).appendSegment("copy-of-" + file.lastSegment());
    }

    /** Whether a value list is an element copy. */
    public static boolean is(List<String> value) {
        return value != null && value.size() == 5 && MARK.equals(value.get(0));
    }

    /**
     * Puts the copied element into {@code target} where it was (after the sibling it followed, else first), with its
     * links to elements of the file pointing at the target's elements (links to elements the target no longer has
     * are left out, never dangling).
     *
     * @return the element put in, or null when its parent is not in the target, an element of the copy is already
     *         there, or the copy cannot be read
     */
    public static EObject restore(Resource target, List<String> value) {
        if (!is(value)) {
            return null;
        }
        String slot = value.get(1);
        EObject parent = target.getEObject(slot.substring(0, slot.lastIndexOf('/')));
        if (parent == null) {
            return null;
        }
        EReference feature = (EReference) parent.eClass().getEStructuralFeature(slot.substring(slot.lastIndexOf('/') + 1));
        if (feature == null || !feature.isContainment()) {
            return null;
        }
        URI uri = target.getURI();
        Resource read;
        try {
            read = ModelStore.load(ModelStore.newResourceSet(), value.get(3).getBytes(StandardCharsets.UTF_8), copyUri(uri),
                    "the copied element");
        } catch (ModelLoadException e) {
            return null;
        }
        EObject element = read.getContents().get(0);
        List<EObject> inside = new ArrayList<>();
        inside.add(element);
        element.eAllContents().forEachRemaining(inside::add);
        for (EObject o : inside) {
            String id = EcoreUtil.getID(o);
            if (id != null && target.getEObject(id) != null) {
                return null;
            }
        }
        URI source = uri.trimSegments(1).appendSegment(value.get(4)); // where links into the copied-from file point
        for (EObject o : inside) {
            relink(o, target, source);
        }
        if (feature.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) parent.eGet(feature);
            EObject after = value.get(2).isEmpty() ? null : target.getEObject(value.get(2));
            int at = after == null ? 0 : list.indexOf(after) + 1;
            list.add(at, element);
        } else {
            parent.eSet(feature, element);
        }
        return element;
    }

    /** The copied element as it was, read beside {@code near} but not put in (null when it cannot be read). */
    static EObject read(Resource near, List<String> value) {
        if (!is(value)) {
            return null;
        }
        try {
            Resource read = ModelStore.load(ModelStore.newResourceSet(), value.get(3).getBytes(StandardCharsets.UTF_8),
                    copyUri(near.getURI()), "the copied element");
            return read.getContents().isEmpty() ? null : read.getContents().get(0);
        } catch (ModelLoadException e) {
            return null;
        }
    }

    /** Links into the file (proxies "file#id") become links to the target's elements, or are left out. */
    private static void relink(EObject o, Resource target, URI file) {
        for (EReference r : o.eClass().getEAllReferences()) {
            if (r.isContainment() || r.isContainer() || r.isTransient() || r.isDerived() || !r.isChangeable()) {
                continue;
            }
            for (EObject v : new ArrayList<>(Side.targets(o, r))) {
                if (!v.eIsProxy()) {
                    continue;
                }
                URI p = ((InternalEObject) v).eProxyURI();
                if (!p.trimFragment().equals(file)) {
                    continue; // another file: stays a link into it
                }
                EObject now = target.getEObject(p.fragment());
                if (r.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> list = (EList<EObject>) o.eGet(r, false);
                    int i = list.indexOf(v);
                    if (now == null) {
                        list.remove(i);
                    } else {
                        list.set(i, now);
                    }
                } else if (now == null) {
                    o.eUnset(r);
                } else {
                    o.eSet(r, now);
                }
            }
        }
    }
}

package org.plantrace.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.core.merge.ConflictResolution.Choice;
import org.plantrace.model.Named;

/**
 * The conflict "deleted on one side, linked on the other", both ways round, for the analyst to decide:
 * <ul>
 * <li>we deleted an element they link to ({@code feature} names their link; the merge left the element deleted and the
 * link out): their side puts the element back as they have it, with their link;</li>
 * <li>they deleted an element that is linked to ({@code feature} null; the merge kept it with its links): their side
 * deletes it and removes every link to it.</li>
 * </ul>
 * Either way no reference is left dangling. What the element is (title, id) and what links to it is shown before the
 * choice ({@link #element}), and what each choice does is said in words ({@link #consequence}).
 */
public final class DeletedAndLinked {

    /**
     * The element a deleted-versus-linked conflict is about.
     *
     * @param words      the element in the plan's words ("KA1 of objective 1 'Develop ...'")
     * @param id         its stable id
     * @param title      its full title (or name), empty when it has none
     * @param linkedFrom what links to it, in words ("key activities of link from objective 1 to C1")
     * @param deletedBy  the side that deleted it, "ours" or "theirs"
     */
    public record Element(String words, String id, String title, List<String> linkedFrom, String deletedBy) {
    }

    private DeletedAndLinked() {
    }

    /** Whether {@code c} is a deleted-versus-linked conflict. */
    public static boolean is(MergeConflict c) {
        return c.kind() == MergeConflict.Kind.DELETED_AND_LINKED;
    }

    /** We deleted the element their link points to (the conflict is about their link). */
    static boolean deletedByUs(MergeConflict c) {
        return is(c) && c.feature() != null;
    }

    /**
     * Gives each "deleted (ours) vs linked (theirs)" conflict their copy of the element, so that choosing theirs can
     * put it back: {@code theirsValue} becomes the link's href, the element in words as they have it (in its place,
     * so with its number), then the {@link ElementCopy}.
     */
    static List<MergeConflict> withCopies(List<MergeConflict> conflicts, Resource theirs) {
        List<MergeConflict> out = new ArrayList<>(conflicts.size());
        for (MergeConflict c : conflicts) {
            String href = href(c);
            EObject element = deletedByUs(c) && href != null && c.theirsValue().size() == 1
                    ? theirs.getEObject(href.substring(1)) : null;
            List<String> copy = element == null ? null : ElementCopy.of(element);
            if (copy == null) {
                out.add(c);
                continue;
            }
            List<String> value = new ArrayList<>();
            value.add(href);
            value.add(MergeWords.element(element));
            value.addAll(copy);
            out.add(new MergeConflict(c.kind(), c.elementId(), c.feature(), c.description(), c.base(), c.ours(),
                    c.theirs(), c.baseValue(), c.oursValue(), List.copyOf(value)));
        }
        return out;
    }

    /** Whether their side can be taken: always when they deleted; when we deleted, if their copy was kept. */
    static boolean offersTheirs(MergeConflict c) {
        return !deletedByUs(c) || copy(c) != null;
    }

    /**
     * Takes their side: puts back the element we deleted, with their link to it; or deletes the element they
     * deleted together with every link to it.
     *
     * @return false when that cannot be done (the element's parent is gone, or the linking element is)
     */
    static boolean applyTheirs(Resource merged, MergeConflict c) {
        if (!deletedByUs(c)) {
            EObject element = merged.getEObject(c.elementId());
            if (element != null) {
                EcoreUtil.delete(element, true); // with its contents, and every reference to them
            }
            return true;
        }
        EObject owner = merged.getEObject(c.elementId());
        String href = href(c);
        if (owner == null || href == null) {
            return false;
        }
        EObject element = merged.getEObject(href.substring(1));
        if (element == null && copy(c) != null) {
            element = ElementCopy.restore(merged, copy(c));
        }
        EStructuralFeature f = owner.eClass().getEStructuralFeature(c.feature());
        if (element == null || !(f instanceof EReference r) || r.isContainment()
                || !r.getEReferenceType().isInstance(element)) {
            return false;
        }
        if (r.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) owner.eGet(r);
            if (!list.contains(element)) {
                list.add(element);
            }
        } else {
            owner.eSet(r, element);
        }
        return true;
    }

    /**
     * The element {@code c} is about, as the merged model (or, when we deleted it, their copy) has it, and what links
     * to it: in the merged model when it is there, else their links named by the conflicts in {@code all}.
     */
    public static Element element(Resource merged, List<MergeConflict> all, MergeConflict c) {
        if (!is(c)) {
            return null;
        }
        if (!deletedByUs(c)) {
            EObject element = merged == null ? null : merged.getEObject(c.elementId());
            if (element == null) {
                return new Element("'" + c.elementId() + "'", c.elementId(), "", List.of(), "theirs");
            }
            return new Element(MergeWords.element(element), c.elementId(), title(element), linksTo(merged, element),
                    "theirs");
        }
        String href = href(c);
        String id = href == null ? "" : href.substring(1);
        EObject copy = copy(c) == null || merged == null ? null : ElementCopy.read(merged, copy(c));
        Set<String> from = new LinkedHashSet<>();
        for (MergeConflict d : all) {
            if (deletedByUs(d) && id.equals(href(d) == null ? null : href(d).substring(1))) {
                EObject owner = merged == null ? null : merged.getEObject(d.elementId());
                from.add(owner == null ? "'" + d.elementId() + "'"
                        : MergeWords.subject(owner, owner.eClass().getEStructuralFeature(d.feature())));
            }
        }
        return new Element(copy == null ? "'" + id + "'" : c.theirsValue().get(1), id,
                copy == null ? "" : title(copy), List.copyOf(from), "ours");
    }

    /** What choosing {@code choice} does to the element and its links, in words. */
    public static String consequence(MergeConflict c, Choice choice, Element e) {
        if (choice == Choice.BASE || e == null) {
            return "";
        }
        String links = e.linkedFrom().isEmpty() ? "" : String.join("; ", e.linkedFrom());
        if (deletedByUs(c)) {
            String link = MergeWords.words(c.feature());
            return choice == Choice.OURS
                    ? e.words() + " stays deleted, and their link to it (" + link + ") is left out."
                    : e.words() + " is put back as they have it (id " + e.id() + "), with their link to it (" + link + ").";
        }
        int n = e.linkedFrom().size();
        String count = n + " link" + (n == 1 ? "" : "s");
        return choice == Choice.OURS
                ? e.words() + " is kept, with the " + count + " to it" + (n == 0 ? "." : ": " + links + ".")
                : e.words() + " is deleted, and the " + count + " to it " + (n == 1 ? "is" : "are") + " removed"
                        + (n == 0 ? "." : ": " + links + ".");
    }

    /** What the base version had, in words (the base itself is not offered: it would bring back half of either). */
    public static String base(MergeConflict c, Element e) {
        if (e == null) {
            return c.base();
        }
        return deletedByUs(c) ? e.words() + " was there, without their link to it." : e.words() + " was there.";
    }

    /** The links to {@code element} (or to what it holds) from elsewhere in the model, in words, in document order. */
    private static List<String> linksTo(Resource merged, EObject element) {
        Set<EObject> inside = new LinkedHashSet<>();
        inside.add(element);
        element.eAllContents().forEachRemaining(inside::add);
        Set<String> out = new LinkedHashSet<>();
        for (var it = merged.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (inside.contains(o)) {
                continue;
            }
            for (EReference r : o.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer() || r.isDerived() || r.isTransient()) {
                    continue;
                }
                for (EObject v : Side.targets(o, r)) {
                    if (inside.contains(v)) {
                        out.add(MergeWords.subject(o, r));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static String title(EObject o) {
        if (o instanceof Named n) {
            String t = n.getTitle() != null && !n.getTitle().isBlank() ? n.getTitle() : n.getName();
            return t == null ? "" : t.strip();
        }
        return "";
    }

    /** The href of their link ("#id"), or null. */
    private static String href(MergeConflict c) {
        List<String> v = c.theirsValue();
        return v != null && !v.isEmpty() && v.get(0) != null && v.get(0).startsWith("#") ? v.get(0) : null;
    }

    /** Their copy of the element we deleted (after its href and words), or null when the conflict holds none. */
    private static List<String> copy(MergeConflict c) {
        List<String> v = c.theirsValue();
        if (v == null || v.size() < 3) {
            return null;
        }
        List<String> copy = v.subList(2, v.size());
        return ElementCopy.is(copy) ? copy : null;
    }
}

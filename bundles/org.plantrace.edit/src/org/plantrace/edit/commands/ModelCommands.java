package org.plantrace.edit.commands;

import org.plantrace.core.ids.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.plantrace.core.Labels;
import org.plantrace.model.Alignment;
import org.plantrace.model.Plan;
import org.plantrace.core.ElementText;

/**
 * The editor's structural edits as EMF commands (so each one is undone in one step): delete with the
 * alignments that would otherwise dangle, paste with fresh ids, move up and down.
 */
public final class ModelCommands {

    private ModelCommands() {
    }

    /** What a deletion takes with it, for the confirmation and the command. */
    public record Deletion(List<EObject> selected, List<Alignment> alignments, List<String> unlinked) {

        public List<EObject> all() {
            List<EObject> l = new ArrayList<>(selected);
            l.addAll(alignments);
            return l;
        }

        public String consequences() {
            StringBuilder b = new StringBuilder();
            if (!alignments.isEmpty()) {
                b.append("This also removes ").append(alignments.size()).append(" alignment")
                        .append(alignments.size() == 1 ? "" : "s").append(" pointing at what is deleted:\n");
                int n = 0;
                for (Alignment a : alignments) {
                    if (n++ == 8) {
                        b.append("  ... and ").append(alignments.size() - 8).append(" more\n");
                        break;
                    }
                    b.append("  ").append(Labels.path(a)).append('\n');
                }
            }
            if (!unlinked.isEmpty()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append("These references to it are removed:\n");
                int n = 0;
                for (String s : unlinked) {
                    if (n++ == 8) {
                        b.append("  ... and ").append(unlinked.size() - 8).append(" more\n");
                        break;
                    }
                    b.append("  ").append(s).append('\n');
                }
            }
            if (b.length() == 0) {
                b.append("Nothing else refers to it.");
            }
            b.append("\nYou can undo the deletion.");
            return b.toString();
        }
    }

    /**
     * Works out a deletion: the selected elements (without those already inside another selected one),
     * every alignment of the editable resource whose target would be deleted, and the other references
     * that will be cleared (an alignment citing a deleted key activity, an outcome listing a deleted
     * objective).
     */
    public static Deletion deletion(Collection<? extends EObject> selection, Resource editable) {
        List<EObject> roots = new ArrayList<>();
        for (EObject e : selection) {
            if (e.eContainer() == null) {
                continue; // the root of a file is not deleted from the editor
            }
            boolean inside = false;
            for (EObject other : selection) {
                if (other != e && EcoreUtil.isAncestor(other, e)) {
                    inside = true;
                }
            }
            if (!inside) {
                roots.add(e);
            }
        }
        Set<EObject> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EObject r : roots) {
            doomed.add(r);
            for (Iterator<EObject> it = r.eAllContents(); it.hasNext();) {
                doomed.add(it.next());
            }
        }
        Set<Alignment> alignments = new LinkedHashSet<>();
        List<String> unlinked = new ArrayList<>();
        if (editable != null) {
            for (org.eclipse.emf.common.util.TreeIterator<EObject> it = editable.getAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (doomed.contains(o)) {
                    it.prune();
                    continue;
                }
                if (o instanceof Alignment a && a.getTarget() != null && doomed.contains(a.getTarget())) {
                    alignments.add(a);
                    it.prune();
                    continue;
                }
                for (EReference ref : o.eClass().getEAllReferences()) {
                    if (ref.isContainment() || ref.isContainer() || ref.isDerived() || !ref.isChangeable()
                            || ref.getEOpposite() != null && ref.getEOpposite().isContainment()) {
                        continue;
                    }
                    for (EObject v : values(o, ref)) {
                        if (doomed.contains(v)) {
                            unlinked.add(Labels.path(o) + " (" + ref.getName() + " " + ElementText.shortText(v) + ")");
                        }
                    }
                }
            }
        }
        return new Deletion(roots, new ArrayList<>(alignments), unlinked);
    }

    private static List<EObject> values(EObject o, EReference ref) {
        Object v = o.eGet(ref, false);
        if (v instanceof Collection<?> c) {
            List<EObject> l = new ArrayList<>();
            for (Object x : c) {
                if (x instanceof EObject e) {
                    l.add(e);
                }
            }
            return l;
        }
        return v instanceof EObject e ? List.of(e) : List.of();
    }

    /** One undoable command removing everything in {@code d} and clearing the references to it. */
    public static Command delete(EditingDomain domain, Deletion d) {
        if (d.selected().isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return DeleteCommand.create(domain, d.all());
    }

    /**
     * Adds copies of {@code clipboard} to {@code owner} (or, when it cannot hold them, beside it), every
     * copied element with a fresh id; references inside the copied elements follow the copies.
     */
    public static Command paste(EditingDomain domain, EObject owner, Collection<? extends EObject> clipboard) {
        if (owner == null || clipboard == null || clipboard.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Collection<EObject> copies = EcoreUtil.copyAll(clipboard);
        Set<String> taken = Ids.taken(owner.eResource());
        Command add = AddCommand.create(domain, owner, null, copies);
        EObject container = owner;
        if (!add.canExecute() && owner.eContainer() != null) {
            container = owner.eContainer();
            EStructuralFeature f = owner.eContainingFeature();
            int index = f.isMany() ? ((List<?>) container.eGet(f)).indexOf(owner) + 1 : CommandIndex.NONE;
            add = AddCommand.create(domain, container, null, copies, index);
        }
        for (EObject c : copies) {
            Ids.assignFresh(c, container, taken);
        }
        return add;
    }

    /** Moves {@code o} one place up ({@code delta} -1) or down (+1) among its siblings; KA numbers follow. */
    public static Command move(EditingDomain domain, EObject o, int delta) {
        EObject owner = o.eContainer();
        EStructuralFeature f = o.eContainingFeature();
        if (owner == null || f == null || !f.isMany()) {
            return UnexecutableCommand.INSTANCE;
        }
        List<?> list = (List<?>) owner.eGet(f);
        int to = list.indexOf(o) + delta;
        if (to < 0 || to >= list.size()) {
            return UnexecutableCommand.INSTANCE;
        }
        return MoveCommand.create(domain, owner, f, o, to);
    }

    /** The plan a model element belongs to, if any. */
    public static Plan planOf(EObject o) {
        EObject root = EcoreUtil.getRootContainer(o);
        return root instanceof Plan p ? p : null;
    }

    private static final class CommandIndex {
        static final int NONE = org.eclipse.emf.edit.command.CommandParameter.NO_INDEX;
    }
}

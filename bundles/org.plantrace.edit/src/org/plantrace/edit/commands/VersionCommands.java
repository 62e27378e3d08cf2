package org.plantrace.edit.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * Going back to an earlier version of a file (from Eclipse's local history, say) as one undoable command: the root
 * element of the file stays the same object (so views that show it keep showing it) and takes every value and
 * every child of the earlier version's root. References to other files are taken as they are in the version
 * (unresolved) and are resolved in the target's resource set, against the frameworks loaded there.
 */
public final class VersionCommands {

    private VersionCommands() {
    }

    /**
     * A command making the root of {@code target} equal to {@code version} (a root of the same kind, loaded on its
     * own; its children move into {@code target}). Undo brings back the contents before it.
     */
    public static Command replaceWith(Resource target, EObject version, String label) {
        EObject root = target.getContents().isEmpty() ? null : target.getContents().get(0);
        if (root == null || version == null || root.eClass() != version.eClass()) {
            throw new IllegalArgumentException("the version is not a " + (root == null ? "model" : root.eClass().getName()));
        }
        ChangeCommand c = new ChangeCommand(target) {
            @Override
            protected void doExecute() {
                takeOver(root, version);
                if (target.getResourceSet() != null) {
                    EcoreUtil.resolveAll(root); // now, in the caller's thread, against the frameworks loaded with it
                }
            }
        };
        c.setLabel(label);
        c.setDescription("Replaces the whole model with an earlier version");
        return c;
    }

    @SuppressWarnings("unchecked")
    private static void takeOver(EObject root, EObject version) {
        for (EStructuralFeature f : root.eClass().getEAllStructuralFeatures()) {
            if (!f.isChangeable() || f.isDerived() || f.isTransient()
                    || f instanceof EReference r && (r.isContainer() || r.getEOpposite() != null && !r.isContainment())) {
                continue;
            }
            if (f.isMany()) {
                // basicList: the version's references as they are, not resolved in the version's own resource set
                List<Object> values = new ArrayList<>(((InternalEList<Object>) version.eGet(f, false)).basicList());
                ECollections.setEList((EList<Object>) root.eGet(f, false), values);
            } else if (version.eIsSet(f)) {
                root.eSet(f, version.eGet(f, false));
            } else {
                root.eUnset(f);
            }
        }
    }
}

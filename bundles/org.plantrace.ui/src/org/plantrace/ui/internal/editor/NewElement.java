package org.plantrace.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.plantrace.core.ElementText;
import org.plantrace.core.Labels;
import org.plantrace.core.ids.Ids;
import org.plantrace.edit.commands.ModelCommands;
import org.plantrace.edit.commands.NewElements;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Plan;
import org.plantrace.ui.editor.PlanEditor;

/** A new element added in the plan editor (the New menu, tests): see {@link EditorActions#createChild}. */
final class NewElement {

    private NewElement() {
    }

    /**
     * Adds a new element: gives it a fresh id and a placeholder title, asks for an alignment's target,
     * executes one command ("New Key activity"), selects it and, if asked, starts renaming it in place.
     *
     * @return the element added, or null when the user cancelled or it could not be added
     */
    static EObject add(PlanEditor editor, EObject owner, EStructuralFeature feature, EObject child, int index,
            boolean startEditing) {
        if (child instanceof Alignment a && a.getTarget() == null) {
            Plan plan = ModelCommands.planOf(owner);
            if (plan == null) {
                return null;
            }
            AlignmentTarget t = TargetChooser.choose(editor.getSite().getShell(),
                    "Align " + Labels.describe(owner), plan, editor.getTraceIndex());
            if (t == null) {
                return null;
            }
            a.setTarget(t);
            a.setReviewedAgainst(org.plantrace.core.trace.SuspectLinks.fingerprint(t));
        }
        String kind = ElementText.kind(child.eClass(), owner.eResource());
        NewElements.prepare(child, owner, kind, Ids.taken(editor.getResource()));
        Command add = AddCommand.create(editor.getEditingDomain(), owner, feature, List.of(child),
                index < 0 ? CommandParameter.NO_INDEX : index);
        if (!add.canExecute()) {
            return null;
        }
        editor.getEditingDomain().getCommandStack()
                .execute(new CommandWrapper("New " + kind, "Adds a new " + kind.toLowerCase(), add));
        TreeViewer v = editor.getViewer();
        if (v != null) {
            v.setSelection(new StructuredSelection(child), true);
            if (startEditing && TitleEditingSupport.feature(child) != null) {
                Display.getCurrent().asyncExec(() -> {
                    if (!v.getControl().isDisposed()) {
                        v.editElement(child, 0);
                    }
                });
            }
        }
        return child;
    }
}

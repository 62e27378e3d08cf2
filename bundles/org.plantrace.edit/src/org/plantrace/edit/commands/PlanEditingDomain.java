package org.plantrace.edit.commands;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * A plan editor's editing domain: only the edited file is writable (the frameworks it refers to are read-only here),
 * and every change of a value is named after what it changes ("Rename Objective 3"), for the undo menu.
 */
public final class PlanEditingDomain extends AdapterFactoryEditingDomain {

    private Resource editable;

    public PlanEditingDomain(ComposedAdapterFactory f, CommandStack stack, ResourceSet rs) {
        super(f, stack, rs);
    }

    /** The resource this domain may change. */
    public void setEditable(Resource r) {
        editable = r;
    }

    @Override
    public boolean isReadOnly(Resource r) {
        return r != editable || super.isReadOnly(r);
    }

    @Override
    public Command createCommand(Class<? extends Command> commandClass, CommandParameter p) {
        Command c = super.createCommand(commandClass, p);
        if (commandClass == SetCommand.class && c != null && c.canExecute() && p.getEOwner() != null
                && p.getEStructuralFeature() != null) {
            return Labelled.of(c, Labelled.ofSet(p.getEOwner(), p.getEStructuralFeature()));
        }
        return c;
    }
}

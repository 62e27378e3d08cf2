package org.plantrace.ui.matrix.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * A minimal plan editor with the contract of org.plantrace.ui's plan editor, for the view's tests: an
 * {@link IEditingDomainProvider} whose command stack takes the edits, and a site selection provider that
 * publishes the editor's selection and "reveals" what is set on it (recording it).
 */
public class TestPlanEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "org.plantrace.ui.matrix.tests.planEditor";

    private AdapterFactoryEditingDomain domain;
    private Plan plan;
    private final Provider selection = new Provider();

    /** The editor input: a plan file. */
    public record PlanInput(Path file) implements IEditorInput {
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return null;
        }

        @Override
        public String getName() {
            return file.getFileName().toString();
        }

        @Override
        public IPersistableElement getPersistable() {
            return null;
        }

        @Override
        public String getToolTipText() {
            return file.toString();
        }
    }

    /** The site's selection provider: setting a selection reveals it (here: records and publishes it). */
    public static final class Provider implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
        private ISelection current = StructuredSelection.EMPTY;
        private ISelection revealed;

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            listeners.add(l);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            listeners.remove(l);
        }

        @Override
        public ISelection getSelection() {
            return current;
        }

        /** Set by others (the matrix): the editor reveals it. */
        @Override
        public void setSelection(ISelection s) {
            revealed = s;
            select(s);
        }

        /** The user selects in the editor. */
        public void select(ISelection s) {
            current = s;
            SelectionChangedEvent e = new SelectionChangedEvent(this, s);
            for (ISelectionChangedListener l : listeners) {
                l.selectionChanged(e);
            }
        }

        /** What was last set from outside, or null. */
        public ISelection revealed() {
            return revealed;
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        try {
            plan = ModelStore.loadPlan(((PlanInput) input).file());
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        domain = Fixture.domain(plan);
        site.setSelectionProvider(selection);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        new Label(parent, SWT.NONE).setText("Test plan editor: " + plan.getLabel());
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public Plan plan() {
        return plan;
    }

    public Provider selection() {
        return selection;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // tests never save
    }

    @Override
    public void doSaveAs() {
        // tests never save
    }

    @Override
    public boolean isDirty() {
        return ((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        getSite().getShell().setFocus();
    }
}

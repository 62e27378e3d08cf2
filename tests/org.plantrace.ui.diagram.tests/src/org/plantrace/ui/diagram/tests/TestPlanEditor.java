package org.plantrace.ui.diagram.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
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
import org.eclipse.ui.part.EditorPart;

/**
 * Stands in for the plan editor of org.plantrace.ui with the same contract: an editing domain whose command stack
 * carries every change, and a site selection provider that publishes model elements and "reveals" what it is given
 * (here: records it).
 */
public class TestPlanEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "org.plantrace.ui.diagram.tests.planEditor";

    private EditingDomain domain;
    private Label label;
    final List<ISelection> revealed = new ArrayList<>();
    private final Provider provider = new Provider();

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        domain = ((PlanInput) input).domain();
        setPartName(input.getName());
        site.setSelectionProvider(provider);
    }

    @Override
    public void createPartControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setText("Test plan editor");
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** What a user selecting in the editor does: publish a selection. */
    void userSelects(Object element) {
        provider.selection = new StructuredSelection(element);
        provider.fire();
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    private final class Provider implements ISelectionProvider {

        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
        ISelection selection = StructuredSelection.EMPTY;

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
            return selection;
        }

        @Override
        public void setSelection(ISelection s) {
            revealed.add(s);
            selection = s;
            fire();
        }

        void fire() {
            SelectionChangedEvent e = new SelectionChangedEvent(this, selection);
            for (ISelectionChangedListener l : listeners) {
                l.selectionChanged(e);
            }
        }
    }
}

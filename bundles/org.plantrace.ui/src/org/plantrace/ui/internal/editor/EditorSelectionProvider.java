package org.plantrace.ui.internal.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.commands.common.EventManager;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * The plan editor site's selection provider: publishes the selection of the page in front (model elements) and
 * reveals what other views select through it.
 */
public final class EditorSelectionProvider extends EventManager implements IPostSelectionProvider {

    private final ListenerList<ISelectionChangedListener> post = new ListenerList<>();
    private final Supplier<IStructuredSelection> current;
    private final Consumer<IStructuredSelection> reveal;

    public EditorSelectionProvider(Supplier<IStructuredSelection> current, Consumer<IStructuredSelection> reveal) {
        this.current = current;
        this.reveal = reveal;
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        addListenerObject(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        removeListenerObject(l);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener l) {
        post.add(l);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener l) {
        post.remove(l);
    }

    @Override
    public ISelection getSelection() {
        return current.get();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof IStructuredSelection s) {
            reveal.accept(s);
        }
    }

    public void fire(SelectionChangedEvent e) {
        SelectionChangedEvent ours = new SelectionChangedEvent(this, e.getSelection());
        for (Object l : getListeners()) {
            ((ISelectionChangedListener) l).selectionChanged(ours);
        }
    }

    public void firePost(SelectionChangedEvent e) {
        SelectionChangedEvent ours = new SelectionChangedEvent(this, e.getSelection());
        for (ISelectionChangedListener l : post) {
            l.selectionChanged(ours);
        }
    }
}

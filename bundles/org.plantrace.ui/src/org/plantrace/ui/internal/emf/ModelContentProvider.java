package org.plantrace.ui.internal.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider over the item providers' {@link ITreeItemContentProvider}, refreshing its
 * viewer from their {@link IViewerNotification}s (what EMF's AdapterFactoryContentProvider does in edit.ui).
 * Content refreshes also update labels: printed numbers (objective 3, KA4) depend on sibling order.
 */
public class ModelContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private Predicate<Object> filter = o -> true;
    private StructuredViewer viewer;

    public ModelContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier n) {
            n.addListener(this);
        }
    }

    /** Children that fail the filter are not shown (e.g. published wordings and extra properties). */
    public void setFilter(Predicate<Object> filter) {
        this.filter = filter;
    }

    public boolean isShown(Object o) {
        return filter.test(o);
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        this.viewer = v instanceof StructuredViewer sv ? sv : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource r) {
            return r.getContents().toArray();
        }
        if (input instanceof Object[] a) {
            return a;
        }
        if (input instanceof Collection<?> c) {
            return c.toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Resource r) {
            return r.getContents().toArray();
        }
        ITreeItemContentProvider p = provider(parent);
        if (p == null) {
            return new Object[0];
        }
        List<Object> out = new ArrayList<>();
        for (Object c : p.getChildren(parent)) {
            if (filter.test(c)) {
                out.add(c);
            }
        }
        return out.toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof EObject e) {
            return e.eContainer() != null ? e.eContainer() : e.eResource();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    private ITreeItemContentProvider provider(Object o) {
        Object a = adapterFactory.adapt(o, ITreeItemContentProvider.class);
        return a instanceof ITreeItemContentProvider p ? p : null;
    }

    @Override
    public void notifyChanged(Notification n) {
        StructuredViewer v = viewer;
        if (v == null) {
            return;
        }
        Control c = v.getControl();
        if (c == null || c.isDisposed()) {
            return;
        }
        Display d = c.getDisplay();
        if (d.getThread() == Thread.currentThread()) {
            apply(v, n);
        } else {
            d.asyncExec(() -> {
                if (!v.getControl().isDisposed()) {
                    apply(v, n);
                }
            });
        }
    }

    private static void apply(StructuredViewer v, Notification n) {
        if (n instanceof IViewerNotification vn) {
            Object element = vn.getElement();
            if (vn.isContentRefresh()) {
                if (element == null) {
                    v.refresh(true);
                } else {
                    v.refresh(element, true);
                }
            } else if (vn.isLabelUpdate() && element != null) {
                v.update(element, null);
            }
        } else if (n.getNotifier() != null) {
            v.refresh(n.getNotifier(), true);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier n) {
            n.removeListener(this);
        }
        viewer = null;
    }
}

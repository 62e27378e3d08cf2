package org.plantrace.ui.views;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.Framework;
import org.plantrace.model.PriorityItem;

/** The Coverage view's tree: the frameworks of a {@link TraceIndex}, their priorities and sub-priorities. */
final class CoverageContent implements ITreeContentProvider {
    @Override
    public Object[] getElements(Object input) {
        return input instanceof TraceIndex ix ? ix.frameworks().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object o) {
        if (o instanceof Framework f) {
            return f.getItems().toArray();
        }
        if (o instanceof PriorityItem i) {
            return i.getChildren().toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object o) {
        return o instanceof PriorityItem i ? i.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object o) {
        return getChildren(o).length > 0;
    }
}

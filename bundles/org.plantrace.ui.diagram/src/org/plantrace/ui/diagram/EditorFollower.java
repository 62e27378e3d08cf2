package org.plantrace.ui.diagram;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.plantrace.model.Plan;

/**
 * Which editor the {@link DiagramView} follows: the plan editor activated or brought to top (other editors, such as a
 * framework file's, leave the last plan shown), and the next active one when it closes.
 */
final class EditorFollower implements IPartListener2 {

    private final DiagramView view;

    EditorFollower(DiagramView view) {
        this.view = view;
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        if (part instanceof IEditorPart e) {
            follow(e);
        }
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        partActivated(ref);
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (ref.getPart(false) == view.editor) {
            IEditorPart next = view.getSite().getPage().getActiveEditor();
            follow(next == view.editor ? null : next);
        }
    }

    /** Follows an editor: its plan and editing domain, when it edits a plan. Other editors are ignored. */
    void follow(IEditorPart part) {
        if (part == view.editor && part != null) {
            return;
        }
        EditingDomain d = domainOf(part);
        Plan p = d == null ? null : planOf(d);
        if (part != null && p == null) {
            return; // e.g. a framework file: keep showing the last plan
        }
        view.editor = part;
        view.setInput(p, d);
    }

    private static EditingDomain domainOf(IEditorPart part) {
        if (part instanceof IEditingDomainProvider p) {
            return p.getEditingDomain();
        }
        return part == null ? null : part.getAdapter(EditingDomain.class);
    }

    static Plan planOf(EditingDomain d) {
        for (Resource r : d.getResourceSet().getResources()) {
            if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Plan p) {
                return p;
            }
        }
        return null;
    }
}

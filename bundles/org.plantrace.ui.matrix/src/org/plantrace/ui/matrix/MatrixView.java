package org.plantrace.ui.matrix;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.IContributedContentsView;
import org.eclipse.ui.part.ViewPart;
import org.plantrace.model.Plan;

/**
 * The alignment matrix of the plan in the active editor. Follows the active editor that provides an
 * editing domain ({@link IEditingDomainProvider}) whose resource set holds a {@link Plan}, and edits
 * through that domain's command stack. Selection goes both ways: selecting in the editor reveals the
 * element in the matrix; selecting a cell selects its alignment (or row element, or column item) in the
 * editor. The Properties view shows the matrix's selection on the editor's property page.
 */
public class MatrixView extends ViewPart {

    public static final String ID = "org.plantrace.ui.matrix.MatrixView";

    private MatrixComposite matrix;
    private IEditorPart editor;
    private boolean syncing;

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (editor == null) {
                follow(ref.getPart(false));
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                editor = null;
                IWorkbenchPage page = getSite().getPage();
                IEditorPart next = page == null ? null : page.getActiveEditor();
                if (next == null || !follow(next)) {
                    matrix.setInput(null, null);
                }
            }
        }
    };

    private final ISelectionListener editorSelection = (part, selection) -> {
        if (part == editor && !syncing && matrix != null && !matrix.isDisposed()) {
            syncing = true;
            try {
                matrix.reveal(selection);
            } finally {
                syncing = false;
            }
        }
    };

    private final ISelectionChangedListener matrixSelection = event -> {
        if (syncing || editor == null || getSite().getPage().getActivePart() != this) {
            return;
        }
        ISelectionProvider target = editor.getSite().getSelectionProvider();
        if (target != null && event.getSelection() instanceof IStructuredSelection s && !s.isEmpty()) {
            syncing = true;
            try {
                target.setSelection(s);
            } finally {
                syncing = false;
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        matrix = new MatrixComposite(parent, SWT.NONE);
        getSite().setSelectionProvider(matrix);
        matrix.addSelectionChangedListener(matrixSelection);
        IWorkbenchPage page = getSite().getPage();
        page.addPartListener(partListener);
        page.addSelectionListener(editorSelection);
        IEditorPart active = page.getActiveEditor();
        if (active != null) {
            follow(active);
        }
    }

    /** Shows the plan of {@code part} if it is an editor with a plan; returns whether it is. */
    private boolean follow(IWorkbenchPart part) {
        if (!(part instanceof IEditorPart e) || matrix == null || matrix.isDisposed()) {
            return false;
        }
        EditingDomain domain = domainOf(e);
        Plan plan = domain == null ? null : MatrixComposite.planOf(domain.getResourceSet());
        if (plan == null) {
            return false;
        }
        editor = e;
        matrix.setInput(plan, domain);
        setContentDescription(plan.getLabel() == null ? "" : plan.getLabel());
        return true;
    }

    static EditingDomain domainOf(IWorkbenchPart part) {
        if (part instanceof IEditingDomainProvider p) {
            return p.getEditingDomain();
        }
        IEditingDomainProvider p = part.getAdapter(IEditingDomainProvider.class);
        if (p != null) {
            return p.getEditingDomain();
        }
        return part.getAdapter(EditingDomain.class);
    }

    /** The editor whose plan is shown, or null. */
    public IEditorPart getEditor() {
        return editor;
    }

    public MatrixComposite getMatrix() {
        return matrix;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContributedContentsView.class) {
            // the Properties view shows the matrix's selection on the editor's property page
            return type.cast((IContributedContentsView) () -> editor);
        }
        if (type == EditingDomain.class && matrix != null) {
            return type.cast(matrix.getEditingDomain());
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        matrix.setFocus();
    }

    /** Selects what shows {@code selection} in the matrix (as the editor's selection does). */
    public void reveal(ISelection selection) {
        matrix.reveal(selection);
    }

    @Override
    public void dispose() {
        IWorkbenchPage page = getSite().getPage();
        page.removePartListener(partListener);
        page.removeSelectionListener(editorSelection);
        super.dispose();
    }
}

package org.plantrace.ui.views;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.part.ViewPart;
import org.plantrace.ui.PlantraceUi;

/**
 * The plan projects of the workspace: folders, plan and framework files (with an error or warning
 * overlay from their problem markers) and generated documents. Double-click opens a plan or framework
 * in the plan editor.
 */
public class PlansView extends ViewPart {

    public static final String ID = PlantraceUi.PLANS_VIEW_ID;

    private TreeViewer viewer;

    private final IResourceChangeListener markerListener = event -> {
        if (event.getDelta() == null) {
            return;
        }
        IMarkerDelta[] deltas = event.findMarkerDeltas(PlantraceUi.PROBLEM_MARKER, true);
        if (deltas.length > 0 && viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh(true);
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new WorkbenchContentProvider());
        // decorators add e.g. the team state marks (branch, commits to publish, changed files) of plan folders in git
        viewer.setLabelProvider(new org.eclipse.jface.viewers.DecoratingLabelProvider(new ProblemLabelProvider(),
                org.eclipse.ui.PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator()));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return element instanceof IResource r && !r.getName().startsWith(".");
            }
        });
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int category(Object element) {
                return element instanceof IContainer ? 0 : 1;
            }
        });
        viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
        viewer.addDoubleClickListener(e -> {
            Object o = viewer.getStructuredSelection().getFirstElement();
            if (o instanceof org.eclipse.core.resources.IProject p && !p.isOpen()) {
                org.plantrace.ui.internal.recovery.PlanProjects.open(java.util.List.of(p));
            } else if (o instanceof IFile f) {
                try {
                    IDE.openEditor(getSite().getPage(), f, true);
                } catch (PartInitException ex) {
                    PlantraceUi.log(ex.getStatus());
                }
            } else if (o != null) {
                viewer.setExpandedState(o, !viewer.getExpandedState(o));
            }
        });
        getSite().setSelectionProvider(viewer);
        MenuManager mm = new MenuManager("#PopupMenu");
        mm.setRemoveAllWhenShown(true);
        mm.addMenuListener(this::fillContextMenu);
        Menu menu = mm.createContextMenu(viewer.getControl());
        viewer.getControl().setMenu(menu);
        org.plantrace.ui.internal.views.KeyboardMenus.install(viewer.getTree());
        getSite().registerContextMenu(mm, viewer);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(markerListener, IResourceChangeEvent.POST_CHANGE);
    }

    private void fillContextMenu(IMenuManager m) {
        m.add(new GroupMarker("new"));
        m.add(new Separator("open"));
        java.util.List<org.eclipse.core.resources.IProject> closed = closedProjects();
        if (!closed.isEmpty()) {
            org.eclipse.jface.action.Action open = new org.eclipse.jface.action.Action("&Open Project") {
                @Override
                public void run() {
                    org.plantrace.ui.internal.recovery.PlanProjects.open(closed);
                }
            };
            open.setToolTipText("Open the selected closed projects, so their plans can be edited");
            m.add(open);
        }
        m.add(new Separator("check"));
        java.util.List<IFile> plans = selectedPlans();
        org.eclipse.jface.action.Action compare = new org.eclipse.jface.action.Action("Compare Plans") {
            @Override
            public void run() {
                comparePlans(plans.get(0), plans.get(1), true);
            }
        };
        compare.setToolTipText("What changed between the two selected plans, matched by their ids");
        compare.setEnabled(plans.size() == 2);
        m.add(compare);
        m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** The closed projects selected (their files are out of reach until they are opened). */
    private java.util.List<org.eclipse.core.resources.IProject> closedProjects() {
        java.util.List<org.eclipse.core.resources.IProject> out = new java.util.ArrayList<>();
        for (Object o : viewer.getStructuredSelection()) {
            if (o instanceof org.eclipse.core.resources.IProject p && !p.isOpen()) {
                out.add(p);
            }
        }
        return out;
    }

    private java.util.List<IFile> selectedPlans() {
        java.util.List<IFile> out = new java.util.ArrayList<>();
        for (Object o : viewer.getStructuredSelection()) {
            if (o instanceof IFile f && "plan".equals(f.getFileExtension())) {
                out.add(f);
            } else {
                return java.util.List.of();
            }
        }
        return out;
    }

    /**
     * Opens the Compare Plans dialog on two plan files (earlier first, by period); says which file could not be
     * read when one cannot. Returns the dialog, or null after an error.
     */
    public org.plantrace.ui.internal.views.CompareDialog comparePlans(IFile a, IFile b, boolean block) {
        try {
            return org.plantrace.ui.internal.views.CompareDialog.open(getSite().getShell(), a, b, block);
        } catch (org.plantrace.model.io.ModelLoadException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Compare Plans", e.getMessage());
            return null;
        }
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerListener);
        super.dispose();
    }

    /** Workbench labels with the most severe Plantrace problem of a file or folder as an overlay. */
    private static final class ProblemLabelProvider extends WorkbenchLabelProvider {
        @Override
        protected ImageDescriptor decorateImage(ImageDescriptor input, Object element) {
            if (!(element instanceof IResource r) || !r.isAccessible() || input == null) {
                return input;
            }
            int severity;
            try {
                severity = r.findMaxProblemSeverity(PlantraceUi.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
            } catch (CoreException e) {
                return input;
            }
            String dec = severity == org.eclipse.core.resources.IMarker.SEVERITY_ERROR ? FieldDecorationRegistry.DEC_ERROR
                    : severity == org.eclipse.core.resources.IMarker.SEVERITY_WARNING ? FieldDecorationRegistry.DEC_WARNING
                            : null;
            if (dec == null) {
                return input;
            }
            ImageDescriptor overlay = ImageDescriptor.createFromImage(
                    FieldDecorationRegistry.getDefault().getFieldDecoration(dec).getImage());
            return new DecorationOverlayIcon(input, overlay, IDecoration.BOTTOM_LEFT);
        }
    }
}

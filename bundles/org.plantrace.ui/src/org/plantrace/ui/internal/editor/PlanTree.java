package org.plantrace.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.plantrace.core.Labels;
import org.plantrace.core.text.NaturalOrder;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;
import org.plantrace.model.Target;
import org.plantrace.model.Wording;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.emf.ElementImages;
import org.plantrace.core.ElementText;
import org.plantrace.ui.internal.emf.ModelContentProvider;
import org.plantrace.ui.internal.views.FillColumn;

/**
 * The plan editor's Tree page: a filtered tree of the file's elements with their links and ids, the findings as
 * icon overlays and tool tips, in-place renaming (F2) and drag and drop.
 */
public final class PlanTree {

    private final PlanEditor editor;
    private final FilteredTree filteredTree;
    private final TreeViewer viewer;
    private final ModelContentProvider contentProvider;
    private final LocalResourceManager resources;
    private final org.plantrace.ui.internal.progress.EditorStatus status;

    public PlanTree(Composite parent, PlanEditor editor, ComposedAdapterFactory adapterFactory,
            LocalResourceManager resources) {
        this.editor = editor;
        this.resources = resources;
        PatternFilter filter = new PatternFilter() {
            @Override
            protected boolean isLeafMatch(Viewer v, Object element) {
                return wordMatches(ElementText.text(element))
                        || element instanceof EObject e && wordMatches(EcoreUtil.getID(e));
            }
        };
        filter.setIncludeLeadingWildcard(true);
        filteredTree = new FilteredTree(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION, filter,
                true, true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(filteredTree);
        viewer = filteredTree.getViewer();
        Tree tree = viewer.getTree();
        status = org.plantrace.ui.internal.progress.EditorStatus.install(editor, viewer);
        tree.setHeaderVisible(true);
        tree.setData("org.plantrace.ui.tree", "planEditor");
        EditingDomain domain = editor.getEditingDomain();

        TreeViewerColumn element = new TreeViewerColumn(viewer, SWT.LEFT);
        element.getColumn().setText("Element");
        element.getColumn().setWidth(620);
        element.setLabelProvider(new ElementColumn());
        element.setEditingSupport(new TitleEditingSupport(viewer, domain));

        TreeViewerColumn links = new TreeViewerColumn(viewer, SWT.LEFT);
        links.getColumn().setText("Links (national)");
        links.getColumn().setWidth(125);
        links.getColumn().setToolTipText("Alignments to national and local priorities");
        links.setLabelProvider(new LinksColumn());

        TreeViewerColumn id = new TreeViewerColumn(viewer, SWT.LEFT);
        id.getColumn().setText("Id");
        id.getColumn().setWidth(170);
        id.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                String s = o instanceof EObject e ? EcoreUtil.getID(e) : null;
                return s == null ? "" : s;
            }

            @Override
            public Color getForeground(Object o) {
                return tree.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
        });

        // F2 reaches the tree as the workbench's Rename command (EditorActions.rename -> editElement, PROGRAMMATIC)
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL;
            }
        }, ColumnViewerEditor.KEYBOARD_ACTIVATION | ColumnViewerEditor.KEEP_EDITOR_ON_DOUBLE_CLICK);
        ColumnViewerToolTipSupport.enableFor(viewer);
        FillColumn.install(tree, 0, 240);
        org.plantrace.ui.internal.views.KeyboardMenus.install(tree);

        contentProvider = new ModelContentProvider(adapterFactory);
        contentProvider.setFilter(o -> editor.isShowDetails() || !(o instanceof Wording || o instanceof Property));
        viewer.setContentProvider(contentProvider);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int category(Object o) {
                return ElementText.rank(o);
            }

            @Override
            public int compare(Viewer v, Object a, Object b) {
                int c = Integer.compare(category(a), category(b));
                if (c == 0 && a instanceof Target x && b instanceof Target y) {
                    return NaturalOrder.by(Target::getYear).compare(x, y); // 2008/09 before 2009/10
                }
                return c; // stable: model order within a kind
            }
        });
        viewer.setUseHashlookup(true);
        viewer.addDoubleClickListener(e -> {
            Object o = viewer.getStructuredSelection().getFirstElement();
            if (o != null && viewer.isExpandable(o)) {
                viewer.setExpandedState(o, !viewer.getExpandedState(o));
            }
        });
        addDragAndDrop(domain);
    }

    private void addDragAndDrop(EditingDomain domain) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection sel = viewer.getStructuredSelection();
                boolean ok = !sel.isEmpty();
                for (Object o : sel) {
                    ok &= o instanceof EObject e && e.eContainer() != null && e.eResource() == editor.getResource();
                }
                event.doit = ok;
                if (ok) {
                    LocalSelectionTransfer.getTransfer().setSelection(sel);
                }
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new TreeDropAdapter(viewer, domain));
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public ModelContentProvider contentProvider() {
        return contentProvider;
    }

    /** Empties the filter box so that an element to reveal is shown. */
    public void clearFilter() {
        if (!filteredTree.getFilterControl().getText().isEmpty()) {
            filteredTree.getPatternFilter().setPattern(null);
            filteredTree.getFilterControl().setText("");
            viewer.refresh();
        }
    }

    public void dispose() {
        contentProvider.dispose();
    }

    /**
     * Reveals and selects elements of {@code resource}: an element, or the nearest container the tree shows; a
     * framework item selects the alignments pointing at it. Returns what was selected.
     */
    public List<Object> reveal(IStructuredSelection selection, Resource resource) {
        List<Object> targets = new ArrayList<>();
        for (Object o : selection) {
            if (!(o instanceof EObject e)) {
                continue;
            }
            if (e.eResource() == resource) {
                EObject v = e;
                while (v != null && !contentProvider.isShown(v)) {
                    v = v.eContainer();
                }
                if (v != null) {
                    targets.add(v);
                }
            } else if (e instanceof AlignmentTarget t) {
                for (var it = resource.getAllContents(); it.hasNext();) {
                    if (it.next() instanceof Alignment a && a.getTarget() == t) {
                        targets.add(a);
                    }
                }
            }
        }
        if (!targets.isEmpty()) {
            clearFilter();
            viewer.setSelection(new StructuredSelection(targets), true);
        }
        return targets;
    }

    /** What is expanded and selected, by URI fragment, to restore after a reload. */
    public record State(List<String> expanded, List<String> selected) {
    }

    public State state(Resource resource) {
        List<String> expanded = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        for (Object o : viewer.getExpandedElements()) {
            if (o instanceof EObject e && e.eResource() == resource) {
                expanded.add(resource.getURIFragment(e));
            }
        }
        for (Object o : viewer.getStructuredSelection()) {
            if (o instanceof EObject e && e.eResource() == resource) {
                selected.add(resource.getURIFragment(e));
            }
        }
        return new State(expanded, selected);
    }

    /** Shows {@code resource}, expanded two levels and as {@code state} had it (null: as opened). */
    public void show(Resource resource, State state) {
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        if (state != null) {
            viewer.setExpandedElements(elements(resource, state.expanded()).toArray());
            viewer.setSelection(new StructuredSelection(elements(resource, state.selected())), true);
        }
    }

    private static List<Object> elements(Resource resource, List<String> fragments) {
        List<Object> out = new ArrayList<>();
        for (String f : fragments) {
            EObject e = resource.getEObject(f);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private final class ElementColumn extends ColumnLabelProvider {
        @Override
        public String getText(Object o) {
            return ElementText.text(o);
        }

        @Override
        public Image getImage(Object o) {
            Image icon = ElementImages.get(o, o instanceof EObject e ? editor.severityOf(e) : null, resources);
            return org.plantrace.ui.internal.progress.RagOverlay.decorate(icon, status.of(o), resources);
        }

        @Override
        public Color getForeground(Object o) {
            if (o instanceof Wording || o instanceof Property || o instanceof PriorityItem p && p.isGroup()) {
                return Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
            return null;
        }

        @Override
        public String getToolTipText(Object o) {
            if (!(o instanceof EObject e)) {
                return null;
            }
            StringBuilder b = new StringBuilder(ElementText.kind(e)).append(": ").append(Labels.path(e));
            org.plantrace.core.progress.Rag rag = status.of(e);
            if (rag != null) {
                b.append("\nProgress: ").append(rag.label());
            }
            for (Finding f : editor.getFindings()) {
                if (f.element() == e) {
                    b.append('\n').append(f.severity()).append(": ").append(f.message());
                }
            }
            return b.toString();
        }
    }

    private final class LinksColumn extends ColumnLabelProvider {
        @Override
        public String getText(Object o) {
            TraceIndex ix = editor.getTraceIndex();
            if (o instanceof CorporateObjective c && ix != null) {
                var l = ix.linksOf(c);
                long national = l.stream().filter(ix::isNationalInForce).count();
                return l.isEmpty() ? "none" : l.size() + " (" + national + ")";
            }
            if (o instanceof AlignableElement a && !a.getAlignments().isEmpty()) {
                return String.valueOf(a.getAlignments().size());
            }
            return "";
        }

        @Override
        public Color getForeground(Object o) {
            TraceIndex ix = editor.getTraceIndex();
            if (o instanceof CorporateObjective c && ix != null && !ix.tracesToNationalPriority(c)) {
                return Display.getCurrent().getSystemColor(SWT.COLOR_RED);
            }
            return null;
        }
    }
}

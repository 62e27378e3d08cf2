package org.plantrace.ui.views;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.emf.ElementImages;
import org.plantrace.core.ElementText;

/**
 * Coverage of the national (and local) priorities by the plan in the active plan editor: each framework
 * with its items and the objectives covering them; uncovered items are highlighted. Selecting an item
 * shows its impact: the objectives, key activities and measures that depend on it, and how. Double-click
 * selects the element in the plan editor.
 */
public class CoverageView extends ViewPart {

    public static final String ID = PlantraceUi.COVERAGE_VIEW_ID;

    /** Background of an uncovered priority. */
    public static final RGB UNCOVERED_BACKGROUND = new RGB(255, 214, 214);

    private PlanEditor editor;
    private TraceIndex index;
    private Coverage engine;
    private org.eclipse.emf.edit.provider.ComposedAdapterFactory adapterFactory;
    private TreeViewer coverage;
    private ImpactList impact;
    private LocalResourceManager resources;
    private Color uncoveredBackground;
    private Color uncoveredForeground;
    private Font bold;
    private boolean uncoveredOnly;
    private final Runnable modelListener = this::refresh;

    private PlanEditorFollower follower;

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        uncoveredBackground = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(UNCOVERED_BACKGROUND));
        uncoveredForeground = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(150, 0, 0)));
        bold = resources.create(JFaceResources.getFontDescriptor(JFaceResources.DEFAULT_FONT).setStyle(SWT.BOLD));

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        coverage = new TreeViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        coverage.getTree().setHeaderVisible(true);
        coverage.getTree().setData("org.plantrace.ui.tree", "coverage");
        column(coverage, "Priority", 260, new PriorityColumn());
        column(coverage, "Covered by", 120, new CoveredByColumn());
        org.plantrace.ui.internal.views.FillColumn.install(coverage.getTree(), 0, 160);
        coverage.setContentProvider(new CoverageContent());
        coverage.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                return !uncoveredOnly || element instanceof Framework f && isCoverageTarget(f) && !engine.uncovered(f).isEmpty()
                        || element instanceof PriorityItem i && hasUncovered(i);
            }
        });
        ColumnViewerToolTipSupport.enableFor(coverage);
        coverage.addSelectionChangedListener(e -> showImpact(e.getStructuredSelection().getFirstElement()));
        coverage.addDoubleClickListener(e -> {
            Object o = ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof PriorityItem && editor != null) {
                editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(o));
                editor.getSite().getPage().activate(editor);
            }
        });

        impact = new ImpactList(sash, resources, () -> editor);
        sash.setWeights(62, 38);

        getSite().setSelectionProvider(coverage);
        createActions();
        follower = PlanEditorFollower.start(getSite().getPage(), () -> editor, this::setEditor);
    }

    static void column(TreeViewer v, String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn c = new TreeViewerColumn(v, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(labels);
    }

    private void createActions() {
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        Action only = new Action("Show Uncovered Only", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setUncoveredOnly(isChecked());
            }
        };
        only.setImageDescriptor(PlantraceUi.imageDescriptor("icons/etool16/uncovered.png"));
        only.setToolTipText("Show only the priorities no objective covers");
        tb.add(only);
        Action expand = new Action("Expand All") {
            @Override
            public void run() {
                coverage.expandAll();
            }
        };
        expand.setImageDescriptor(PlantraceUi.imageDescriptor("icons/etool16/expandall.png"));
        tb.add(expand);
        Action collapse = new Action("Collapse All") {
            @Override
            public void run() {
                coverage.collapseAll();
            }
        };
        collapse.setImageDescriptor(PlantraceUi.imageDescriptor("icons/etool16/collapseall.png"));
        tb.add(collapse);
    }

    public void setUncoveredOnly(boolean only) {
        uncoveredOnly = only;
        coverage.refresh();
        if (only) {
            coverage.expandAll();
        }
    }

    private boolean hasUncovered(PriorityItem i) {
        if (isUncovered(i)) {
            return true;
        }
        for (PriorityItem c : i.getChildren()) {
            if (hasUncovered(c)) {
                return true;
            }
        }
        return false;
    }

    /** Follows {@code e} (null: no plan editor). */
    public void setEditor(PlanEditor e) {
        if (e == editor && e != null) {
            return;
        }
        if (editor != null) {
            editor.removeModelListener(modelListener);
        }
        editor = e != null && e.getPlan() != null ? e : null;
        if (editor != null) {
            editor.addModelListener(modelListener);
        }
        refresh();
    }

    public PlanEditor getEditor() {
        return editor;
    }

    /** Recomputes from the editor's trace index, keeping expansion and selection. */
    public void refresh() {
        if (coverage == null || coverage.getControl().isDisposed()) {
            return;
        }
        Plan plan = editor == null ? null : editor.getPlan();
        index = plan == null ? null : editor.getTraceIndex();
        if (index == null) {
            setContentDescription("Open a plan to see which national priorities its objectives cover.");
            coverage.setInput(null);
            showImpact(null);
            return;
        }
        Object[] expanded = coverage.getExpandedElements();
        Object selected = coverage.getStructuredSelection().getFirstElement();
        engine = Coverage.of(index);
        int items = 0;
        for (Framework f : engine.counted()) {
            items += engine.priorities(f).size();
        }
        int uncovered = engine.gaps().size();
        setContentDescription(engine.counted().isEmpty()
                ? plan.getLabel() + ": no national framework in force during the plan's period (" + index.period() + ")"
                : plan.getLabel() + ": " + (items - uncovered) + " of " + items + " national priorities covered, "
                        + uncovered + " uncovered");
        coverage.setInput(index);
        coverage.setExpandedElements(expanded);
        if (selected != null) {
            coverage.setSelection(new StructuredSelection(selected), true);
        }
        showImpact(selected);
    }

    private void showImpact(Object o) {
        if (impact != null) {
            impact.show(o, index, engine);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            if (adapterFactory == null) {
                adapterFactory = org.plantrace.ui.internal.emf.ModelAdapters.newAdapterFactory();
            }
            org.eclipse.ui.views.properties.PropertySheetPage page = new org.eclipse.ui.views.properties.PropertySheetPage();
            page.setPropertySourceProvider(new org.plantrace.ui.internal.emf.ModelPropertySourceProvider(adapterFactory));
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    public TreeViewer getCoverageViewer() {
        return coverage;
    }

    public TreeViewer getImpactViewer() {
        return impact.viewer();
    }

    @Override
    public void setFocus() {
        coverage.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (follower != null) {
            follower.stop();
        }
        if (editor != null) {
            editor.removeModelListener(modelListener);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    /** Whether the view shows {@code part}'s plan. */
    public boolean follows(IWorkbenchPart part) {
        return part == editor;
    }

    // ------------------------------------------------------------------------------------------------

    /** Whether the plan's gaps include the framework's priorities ({@link Coverage#counts}). */
    private boolean isCoverageTarget(Framework f) {
        return f != null && engine != null && engine.counts(f);
    }

    private boolean isUncovered(Object o) {
        return o instanceof PriorityItem i && engine != null && engine.isGap(i);
    }

    private final class PriorityColumn extends ColumnLabelProvider {
        @Override
        public String getText(Object o) {
            return ElementText.text(o);
        }

        @Override
        public Image getImage(Object o) {
            return ElementImages.get(o);
        }

        @Override
        public Color getBackground(Object o) {
            return isUncovered(o) ? uncoveredBackground : null;
        }

        @Override
        public Color getForeground(Object o) {
            if (isUncovered(o)) {
                return uncoveredForeground;
            }
            return o instanceof PriorityItem i && i.isGroup()
                    ? coverage.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
        }

        @Override
        public Font getFont(Object o) {
            return o instanceof Framework ? bold : null;
        }

        @Override
        public String getToolTipText(Object o) {
            if (o instanceof PriorityItem i) {
                String d = i.getDescription();
                return ElementText.reference(i) + (d == null || d.isBlank() ? "" : "\n" + d);
            }
            return null;
        }
    }

    private final class CoveredByColumn extends ColumnLabelProvider {
        @Override
        public String getText(Object o) {
            if (o instanceof Framework f) {
                long n = engine.priorities(f).size();
                int u = engine.uncovered(f).size();
                if (!isCoverageTarget(f)) {
                    return (n - u) + " of " + n + " linked";
                }
                return u == 0 ? "all " + n + " covered" : (n - u) + " of " + n + " covered";
            }
            if (o instanceof PriorityItem i) {
                if (i.isGroup() && !index.isCovered(i)) {
                    return "";
                }
                List<CorporateObjective> objs = index.coveringObjectives(i);
                if (objs.isEmpty()) {
                    return isUncovered(i) ? "not covered" : "";
                }
                return "Obj " + objs.stream().map(c -> String.valueOf(c.getNumber())).collect(Collectors.joining(", "));
            }
            return "";
        }

        @Override
        public Color getBackground(Object o) {
            return isUncovered(o) ? uncoveredBackground : null;
        }

        @Override
        public Color getForeground(Object o) {
            return isUncovered(o) ? uncoveredForeground : null;
        }
    }
}

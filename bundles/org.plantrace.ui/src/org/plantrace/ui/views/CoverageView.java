package org.plantrace.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Cover;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.AlignableElement;
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
    private TreeViewer impact;
    private Label impactHeader;
    private LocalResourceManager resources;
    private org.plantrace.ui.internal.progress.ImpactStatus impactStatus;
    private Color uncoveredBackground;
    private Color uncoveredForeground;
    private Font bold;
    private boolean uncoveredOnly;
    private final Runnable modelListener = this::refresh;

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof PlanEditor e) {
                setEditor(e);
            }
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            partActivated(ref);
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                IEditorPart next = getSite().getPage().getActiveEditor();
                setEditor(next instanceof PlanEditor p && p != editor ? p : null);
            }
        }
    };

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

        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(bottom);
        impactHeader = new Label(bottom, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(impactHeader);
        impact = new TreeViewer(bottom, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        impact.getTree().setHeaderVisible(true);
        impact.getTree().setData("org.plantrace.ui.tree", "impact");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(impact.getControl());
        column(impact, "Depends on it", 260, new ImpactColumn());
        column(impact, "How", 190, new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                if (o instanceof ImpactLink l) {
                    return l.how();
                }
                return "";
            }
        });
        impactStatus = new org.plantrace.ui.internal.progress.ImpactStatus(resources);
        // a link from the objective itself would repeat the objective's status: only links from measures show one
        column(impact, "Status", 70, impactStatus.column(o -> o instanceof ImpactLink l
                && l.cover().link().source() instanceof CorporateObjective ? null : impactElement(o)));
        org.plantrace.ui.internal.views.FillColumn.install(impact.getTree(), 0, 160);
        impact.setContentProvider(new ImpactContent());
        impact.addDoubleClickListener(e -> {
            Object o = ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement();
            Object target = impactElement(o);
            if (target != null && editor != null) {
                editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(target));
                editor.getSite().getPage().activate(editor);
            }
        });
        sash.setWeights(62, 38);

        getSite().setSelectionProvider(coverage);
        createActions();
        IWorkbenchPage page = getSite().getPage();
        page.addPartListener(partListener);
        if (page.getActiveEditor() instanceof PlanEditor e) {
            setEditor(e);
        } else {
            setEditor(null);
        }
    }

    private static void column(TreeViewer v, String title, int width, ColumnLabelProvider labels) {
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
        if (impact == null || impact.getControl().isDisposed()) {
            return;
        }
        if (!(o instanceof PriorityItem item) || index == null) {
            impactHeader.setText(index == null ? "" : "Select a priority to see what depends on it.");
            impact.setInput(null);
            impactHeader.getParent().layout();
            return;
        }
        List<CorporateObjective> objs = index.coveringObjectives(item);
        impactHeader.setText(Labels.printedId(item) + ": " + (objs.isEmpty() ? "no objective depends on it (uncovered)"
                : objs.size() + " objective" + (objs.size() == 1 ? " depends" : "s depend") + " on it"));
        impactHeader.getParent().layout();
        Map<CorporateObjective, List<ImpactLink>> byObjective = new LinkedHashMap<>();
        for (CorporateObjective c : objs) {
            byObjective.put(c, new ArrayList<>());
        }
        for (Cover c : index.covers(item)) {
            byObjective.computeIfAbsent(c.objective(), k -> new ArrayList<>()).add(new ImpactLink(c));
        }
        Map<Object, List<?>> input = new LinkedHashMap<>(byObjective);
        java.nio.file.Path file = editor == null || editor.getFile() == null || editor.getFile().getLocation() == null ? null
                : editor.getFile().getLocation().toFile().toPath();
        var measures = impactStatus.measures(editor == null ? null : editor.getPlan(), file, engine, item);
        if (measures != null) {
            input.put(measures, measures.dependencies());
        }
        impact.setInput(input);
        impact.expandAll();
    }

    /** The model element a row of the impact list stands for: a link's source, a dependency's measure, else itself. */
    private static Object impactElement(Object o) {
        if (o instanceof ImpactLink l) {
            return l.cover().link().source();
        }
        if (o instanceof org.plantrace.core.progress.NationalRisk.Dependency d) {
            return d.row().measure();
        }
        return o;
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
        return impact;
    }

    @Override
    public void setFocus() {
        coverage.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
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

    /** One route by which an objective depends on the selected priority. */
    record ImpactLink(Cover cover) {
        String how() {
            String via = cover.via().text();
            String published = cover.link().alignment().getPublishedIn();
            return published == null || published.isBlank() ? via : via + ", " + published;
        }
    }

    private final class CoverageContent implements ITreeContentProvider {
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

    private static final class ImpactContent implements ITreeContentProvider {
        private Map<?, ?> map;

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            map = newInput instanceof Map<?, ?> m ? m : null;
        }

        @Override
        public Object[] getElements(Object input) {
            return map == null ? new Object[0] : map.keySet().toArray();
        }

        @Override
        public Object[] getChildren(Object o) {
            Object l = map == null ? null : map.get(o);
            return l instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object o) {
            return null;
        }

        @Override
        public boolean hasChildren(Object o) {
            return getChildren(o).length > 0;
        }
    }

    private final class ImpactColumn extends ColumnLabelProvider {
        @Override
        public String getText(Object o) {
            if (o instanceof ImpactLink l) {
                AlignableElement s = l.cover().link().source();
                String from = s instanceof CorporateObjective ? "the objective itself" : ElementText.text(s);
                return from + "  \u2192 " + Labels.printedId(l.cover().link().target());
            }
            if (o instanceof org.plantrace.ui.internal.progress.ImpactStatus.Measures m) {
                return m.label();
            }
            if (o instanceof org.plantrace.core.progress.NationalRisk.Dependency d) {
                return org.plantrace.ui.internal.progress.ImpactStatus.text(d);
            }
            return ElementText.text(o);
        }

        @Override
        public Image getImage(Object o) {
            Object e = impactElement(o);
            return e instanceof org.plantrace.ui.internal.progress.ImpactStatus.Measures ? null : ElementImages.get(e);
        }
    }
}

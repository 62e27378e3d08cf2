package org.plantrace.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.plantrace.core.progress.NationalRisk;
import org.plantrace.core.progress.PlanResults;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.progress.Rag;
import org.plantrace.core.trace.Coverage;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.ScopeKind;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.docgen.progress.TrendImages;
import org.plantrace.ui.internal.progress.ProgressDetail;
import org.plantrace.ui.internal.progress.RagColours;

/**
 * Progress of the plan in the active plan editor against its targets: the results files of the plan's project
 * ({@code *.results}), per objective each measure with its status (RAG, derived by core progress, recomputed as the
 * plan is edited; next to the indicator so that it is in sight in a narrow view), target, latest result and period, trend and a
 * sparkline of its results against the target. Selecting a measure shows its trend chart and history (period, result,
 * target, status, commentary);
 * double-click selects it in the editor. The description line counts the national priorities at risk (listed in
 * the tooltip).
 */
public class ProgressView extends ViewPart {

    public static final String ID = PlantraceUi.PROGRESS_VIEW_ID;

    private static final int SPARK_WIDTH = 64;
    private static final int SPARK_HEIGHT = 16;

    private PlanEditor editor;
    private TreeViewer tree;
    private ProgressDetail detail;
    private final Map<ProgressRow, Image> sparklines = new java.util.IdentityHashMap<>();
    private String riskText = "";
    private LocalResourceManager resources;
    private final Map<Rag, Color> colours = new LinkedHashMap<>();
    private final Runnable modelListener = this::refresh;
    private List<ProgressRow> rows = List.of();

    private PlanEditorFollower follower;

    /** An objective heading of the tree with its rows. */
    record Group(CorporateObjective objective, List<ProgressRow> rows) {
        String label() {
            return objective == null ? "Other measures" : objective.getNumber() + " " + objective.getLabel();
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        for (Rag r : Rag.values()) {
            RGB rgb = RagColours.of(r);
            if (rgb != null) {
                colours.put(r, resources.create(ColorDescriptor.createFrom(rgb)));
            }
        }
        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
        Composite body = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(body);
        tree = new TreeViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.getTree().setData("org.plantrace.ui.tree", "progress");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        column("Indicator", 230, o -> o instanceof Group g ? g.label() : o instanceof ProgressRow r ? indicator(r) : "");
        TreeViewerColumn status = new TreeViewerColumn(tree, SWT.LEFT);
        status.getColumn().setText("Status");
        status.getColumn().setWidth(70);
        status.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return o instanceof ProgressRow r ? r.rag().label() : "";
            }

            @Override
            public Color getBackground(Object o) {
                return o instanceof ProgressRow r ? colours.get(r.rag()) : null;
            }

            @Override
            public Color getForeground(Object o) {
                return o instanceof ProgressRow r && colours.containsKey(r.rag())
                        ? tree.getControl().getDisplay().getSystemColor(SWT.COLOR_WHITE) : null;
            }
        });
        TreeViewerColumn spark = new TreeViewerColumn(tree, SWT.LEFT);
        spark.getColumn().setText("History");
        spark.getColumn().setWidth(SPARK_WIDTH + 12);
        spark.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return "";
            }

            @Override
            public Image getImage(Object o) {
                return o instanceof ProgressRow r ? sparkline(r) : null;
            }

            @Override
            public String getToolTipText(Object o) {
                return o instanceof ProgressRow r ? TrendImages.describe(r) : null;
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(tree);
        column("Target", 110, o -> o instanceof ProgressRow r ? r.targetText() : "");
        column("Result", 80, o -> o instanceof ProgressRow r ? r.resultText() : "");
        column("Period", 100, o -> o instanceof ProgressRow r ? r.period() : "");
        column("Trend", 80, o -> o instanceof ProgressRow r ? RagColours.arrow(r.trend()) : "");
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List<?> l ? l.toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object o) {
                return o instanceof Group g ? g.rows().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object o) {
                return null;
            }

            @Override
            public boolean hasChildren(Object o) {
                return o instanceof Group;
            }
        });
        tree.addSelectionChangedListener(e -> showHistory(e.getStructuredSelection().getFirstElement()));
        tree.addDoubleClickListener(e -> {
            Object o = ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof ProgressRow r && editor != null) {
                editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(r.measure()));
                editor.getSite().getPage().activate(editor);
            }
        });
        detail = new ProgressDetail(sash, colours::get);
        sash.setWeights(55, 45);
        getSite().setSelectionProvider(tree);
        follower = PlanEditorFollower.start(getSite().getPage(), () -> editor, this::setEditor);
    }

    private static String indicator(ProgressRow r) {
        return r.measureId() + (r.breakdown().isEmpty() ? "" : " / " + r.breakdown())
                + (r.scope().kind() == ScopeKind.CORPORATE ? "" : " [" + r.scope() + "]") + "  " + r.measure().getLabel();
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(tree, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return text.apply(o);
            }
        });
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

    /** The rows shown, in order. */
    public List<ProgressRow> rows() {
        return rows;
    }

    public TreeViewer getViewer() {
        return tree;
    }

    /** Recomputes the rows from the editor's plan and the project's results files. */
    public void refresh() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        Plan plan = editor == null ? null : editor.getPlan();
        if (plan == null || editor.getFile() == null || editor.getFile().getLocation() == null) {
            rows = List.of();
            setContentDescription("Open a plan to see its progress against its targets.");
            tree.setInput(null);
            disposeSparklines();
            showHistory(null);
            riskText = "";
            return;
        }
        Path file = editor.getFile().getLocation().toFile().toPath();
        List<ProgressRow> old = rows;
        rows = PlanResults.rows(plan, file);
        List<Group> groups = new ArrayList<>();
        for (ProgressRow r : rows) {
            if (groups.isEmpty() || groups.get(groups.size() - 1).objective() != r.objective()) {
                groups.add(new Group(r.objective(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).rows().add(r);
        }
        long red = rows.stream().filter(r -> r.rag() == Rag.RED).count();
        long amber = rows.stream().filter(r -> r.rag() == Rag.AMBER).count();
        List<NationalRisk.AtRisk> atRisk = rows.isEmpty() ? List.of() : NationalRisk.of(Coverage.of(editor.getTraceIndex()), rows);
        riskText = atRisk.isEmpty() ? "" : String.join(", ", atRisk.stream()
                .map(a -> org.plantrace.core.Labels.printedId(a.item())).toList());
        setContentDescription(rows.isEmpty() ? "No results files (*.results) for this plan in its project."
                : rows.size() + " measures with results: " + red + " red, " + amber + " amber; " + atRisk.size()
                        + " national priorities depend on amber or red measures.");
        Object selected = tree.getStructuredSelection().getFirstElement();
        tree.setInput(groups);
        tree.expandAll();
        disposeSparklinesOf(old);
        if (selected instanceof ProgressRow was) {
            rows.stream().filter(r -> r.measure() == was.measure() && r.breakdown().equals(was.breakdown())
                    && r.scope().equals(was.scope())).findFirst()
                    .ifPresentOrElse(r -> tree.setSelection(new StructuredSelection(r), true), () -> showHistory(null));
        }
        tree.getTree().setToolTipText(riskText.isEmpty() ? null : "National priorities at risk: " + riskText);
    }

    /** Disposes the sparklines of rows no longer shown. */
    private void disposeSparklinesOf(List<ProgressRow> old) {
        for (ProgressRow r : old) {
            Image i = sparklines.remove(r);
            if (i != null) {
                i.dispose();
            }
        }
    }

    private void showHistory(Object o) {
        detail.show(o instanceof ProgressRow r ? r : null);
    }

    /** The sparkline of a row (made once per refresh). */
    private Image sparkline(ProgressRow r) {
        return sparklines.computeIfAbsent(r, k -> new Image(tree.getControl().getDisplay(), new ImageData(
                new java.io.ByteArrayInputStream(TrendImages.sparkline(k, SPARK_WIDTH, SPARK_HEIGHT)))));
    }

    private void disposeSparklines() {
        sparklines.values().forEach(Image::dispose);
        sparklines.clear();
    }

    /** The detail of the selected measure: its chart and history. */
    public ProgressDetail getDetail() {
        return detail;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        disposeSparklines();
        if (follower != null) {
            follower.stop();
        }
        if (editor != null) {
            editor.removeModelListener(modelListener);
        }
        super.dispose();
    }
}

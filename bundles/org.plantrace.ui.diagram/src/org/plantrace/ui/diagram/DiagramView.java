package org.plantrace.ui.diagram;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;
import org.plantrace.core.trace.Scheme;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.DiagramType;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.Following;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Plan;
import org.plantrace.ui.diagram.internal.ViewActions;

/**
 * The diagram view ({@value #ID}): the strategy map, an alignment diagram (one objective or the whole plan) or an
 * impact diagram (one priority) of the plan in the active plan editor. It follows the editor: changes made through
 * the editor's command stack re-lay the diagram out (in the background) keeping the viewport; selecting in the
 * editor highlights the element here (and, linked, switches the objective or priority shown); selecting here
 * publishes the model elements (for the Properties view); double-click or Enter reveals the element in the editor.
 */
public class DiagramView extends ViewPart implements ISelectionProvider {

    public static final String ID = "org.plantrace.ui.diagram.DiagramView";

    /** Delay after a model change before the diagram is rebuilt (changes in quick succession are merged). */
    static final int REBUILD_DELAY_MS = 150;

    private DiagramControl control;
    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();

    /** The editor followed (set by {@link EditorFollower}). */
    IEditorPart editor;
    private EditingDomain domain;
    private Plan plan;
    private DiagramType type = DiagramType.STRATEGY_MAP;
    private EObject subject;
    private DiagramOptions options = DiagramOptions.DEFAULT;
    private boolean linked = true;

    private int generation;
    private Job layoutJob;
    private boolean rebuildQueued;
    private ViewActions actions;

    private final CommandStackListener commandStackListener = event -> queueRebuild();
    private final Runnable queuedRebuild = () -> {
        rebuildQueued = false;
        rebuild(true);
    };

    private final EditorFollower partListener = new EditorFollower(this);

    private final ISelectionListener selectionListener = new SelectionFollower(this);

    @Override
    public void createPartControl(Composite parent) {
        control = new DiagramControl(parent, SWT.NONE);
        control.addListener(SWT.Selection, e -> fireSelection());
        control.addListener(SWT.DefaultSelection, e -> open((EObject) e.data));
        getSite().setSelectionProvider(this);
        actions = new ViewActions(this);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        actions.fillToolBar(toolbar);
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        actions.fillViewMenu(menu);
        MenuManager context = new MenuManager("#PopupMenu");
        context.setRemoveAllWhenShown(true);
        context.addMenuListener(actions::fillContextMenu);
        control.setMenu(context.createContextMenu(control));
        getSite().registerContextMenu(context, this);

        IWorkbenchPage page = getSite().getPage();
        page.addPartListener(partListener);
        page.addPostSelectionListener(selectionListener);
        partListener.follow(page.getActiveEditor());
    }

    @Override
    public void setFocus() {
        control.setFocus();
    }

    @Override
    public void dispose() {
        IWorkbenchPage page = getSite().getPage();
        page.removePartListener(partListener);
        page.removePostSelectionListener(selectionListener);
        unhookDomain();
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        super.dispose();
    }

    // ---- input ----

    /**
     * Shows diagrams of {@code newPlan}; changes executed on {@code newDomain}'s command stack (may be null) re-lay
     * the diagram out. Null plan: a hint to open one.
     */
    public void setInput(Plan newPlan, EditingDomain newDomain) {
        unhookDomain();
        boolean samePlan = newPlan != null && newPlan == plan;
        plan = newPlan;
        domain = newDomain;
        if (domain != null) {
            domain.getCommandStack().addCommandStackListener(commandStackListener);
        }
        if (!samePlan) {
            if (subject != null && (plan == null || !belongsToPlan(subject))) {
                subject = null;
                if (type == DiagramType.IMPACT) {
                    type = DiagramType.STRATEGY_MAP;
                }
            }
        }
        rebuild(samePlan);
    }

    private void unhookDomain() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(commandStackListener);
        }
    }

    // ---- what is shown ----

    public Plan getPlan() {
        return plan;
    }

    public DiagramType getType() {
        return type;
    }

    /** The objective (alignment) or priority (impact) shown, or null (strategy map, whole-plan alignment). */
    public EObject getSubject() {
        return subject;
    }

    public DiagramOptions getOptions() {
        return options;
    }

    /**
     * Shows a diagram: the strategy map (subject ignored), the alignment of an objective (or of the whole plan when
     * the subject is null), or the impact of a priority item or framework.
     */
    public void show(DiagramType newType, EObject newSubject) {
        if (newType == DiagramType.IMPACT && !(newSubject instanceof AlignmentTarget)) {
            throw new IllegalArgumentException("an impact diagram shows a priority item or a framework");
        }
        type = newType;
        subject = newType == DiagramType.STRATEGY_MAP ? null : newSubject;
        rebuild(false);
    }

    /** Draws only the framework schemes given (empty: all). */
    public void setSchemes(Set<Scheme> schemes) {
        options = options.withSchemes(schemes);
        rebuild(true);
    }

    public void setAllMeasures(boolean all) {
        options = options.withAllMeasures(all);
        rebuild(true);
    }

    /** The schemes of the plan's frameworks (what the filter offers). */
    public Set<Scheme> availableSchemes() {
        Set<Scheme> out = EnumSet.noneOf(Scheme.class);
        if (plan != null) {
            plan.getFrameworks().stream().filter(f -> !f.eIsProxy()).forEach(f -> out.add(Scheme.of(f.getKind())));
        }
        return out;
    }

    public boolean isLinked() {
        return linked;
    }

    /** Linked with the editor: selecting another objective (or alignment) there switches the diagram to it. */
    public void setLinked(boolean link) {
        linked = link;
    }

    public DiagramControl getControl() {
        return control;
    }

    /** The layout on screen (null while there is none). */
    public DiagramLayout getDiagramLayout() {
        return control.getDiagramLayout();
    }

    /** Whether a rebuild is queued or a layout is running. */
    public boolean isBusy() {
        return rebuildQueued || layoutJob != null;
    }

    // ---- building and layout ----

    private void queueRebuild() {
        if (control == null || control.isDisposed()) {
            return;
        }
        if (!rebuildQueued) {
            rebuildQueued = true;
            control.getDisplay().timerExec(REBUILD_DELAY_MS, queuedRebuild);
        }
    }

    /** Builds the diagram now (reading the model in the UI thread) and lays it out in the background. */
    void rebuild(boolean keepViewport) {
        if (control == null || control.isDisposed()) {
            return;
        }
        int mine = ++generation;
        if (layoutJob != null) {
            layoutJob.cancel();
            layoutJob = null;
        }
        if (plan != null && domain != null && plan.eResource() == null) {
            plan = EditorFollower.planOf(domain); // the editor reloaded its file
        }
        if (plan == null) {
            setPartName("Diagram");
            setContentDescription("");
            control.setMessage("Open a plan to see its strategy map, alignment and impact diagrams.");
            actions.update();
            return;
        }
        if (subject != null && !belongsToPlan(subject)) {
            subject = Following.findAgain(plan, subject); // the same one in a reloaded or replaced model, else gone
            if (subject == null && type == DiagramType.IMPACT) {
                type = DiagramType.ALIGNMENT;
            }
        }
        Diagram diagram;
        try {
            diagram = Diagrams.of(type, plan, subject, options);
            diagram.status(org.plantrace.core.progress.PlanResults.statusOf(plan)); // RAG bars on measures, objectives
        } catch (RuntimeException ex) {
            control.setMessage("The diagram could not be built: " + ex);
            return;
        }
        setContentDescription(diagram.title() + "  \u00b7  laying out " + diagram.nodes().size() + " nodes, "
                + diagram.edges().size() + " edges\u2026");
        actions.update();
        Job job = new Job("Laying out " + diagram.type().title().toLowerCase()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                DiagramLayout layout;
                try {
                    layout = new DiagramLayouter().layout(diagram);
                } catch (RuntimeException ex) {
                    return new Status(IStatus.ERROR, "org.plantrace.ui.diagram", "Diagram layout failed", ex);
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                control.getDisplay().asyncExec(() -> install(mine, layout, keepViewport));
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        layoutJob = job;
        job.schedule();
    }

    private void install(int mine, DiagramLayout layout, boolean keepViewport) {
        if (mine != generation || control == null || control.isDisposed()) {
            return;
        }
        layoutJob = null;
        Diagram d = layout.diagram();
        control.setDiagramLayout(layout, keepViewport);
        setContentDescription(d.title() + "  \u00b7  " + d.nodes().size() + " nodes, " + d.edges().size() + " edges");
        actions.update();
        fireSelection();
    }

    private boolean belongsToPlan(EObject o) {
        return Following.belongsTo(plan, o);
    }

    // ---- selection ----

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return control == null || control.isDisposed() ? StructuredSelection.EMPTY
                : new StructuredSelection(control.getSelectedElements());
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof IStructuredSelection s) {
            control.setSelectedElements(s.toList(), true);
            fireSelection();
        }
    }

    private void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener l : selectionListeners) {
            l.selectionChanged(event);
        }
        if (actions != null) {
            actions.update();
        }
    }

    /** Reveals an element in the plan editor (an objective, key activity, measure, outcome, alignment; a framework
     * item selects the alignments pointing at it). */
    public void open(EObject element) {
        if (editor == null || element == null) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        page.activate(editor);
        ISelectionProvider provider = editor.getSite().getSelectionProvider();
        if (provider != null) {
            provider.setSelection(new StructuredSelection(element));
        }
    }

    // ---- export ----

    /** Writes the diagram on screen as SVG or PNG (by the file's extension), laid out exactly as shown. */
    public void export(Path file) throws java.io.IOException {
        DiagramLayout layout = control.getDiagramLayout();
        if (layout == null) {
            throw new IllegalStateException("no diagram to export");
        }
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".png")) {
            org.plantrace.diagram.render.PngExporter.write(layout, 2.0, file);
        } else {
            org.plantrace.diagram.render.SvgExporter.write(layout, file);
        }
    }
}

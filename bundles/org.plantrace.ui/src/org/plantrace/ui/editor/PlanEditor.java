package org.plantrace.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.internal.editor.DiskSync;
import org.plantrace.ui.internal.editor.EditorActions;
import org.plantrace.ui.internal.editor.EditorAnalysis;
import org.plantrace.ui.internal.editor.EditorSelectionProvider;
import org.plantrace.edit.commands.PlanEditingDomain;
import org.plantrace.ui.internal.editor.pages.OverviewPage;
import org.plantrace.ui.internal.editor.pages.TargetsPage;
import org.plantrace.ui.internal.emf.ModelAdapters;
import org.plantrace.ui.internal.markers.WorkspaceValidation;

/**
 * The plan editor, a multi-page editor of a plan (or of a framework file): Overview (the plan's facts, frameworks,
 * counts and status), Tree (outcomes, objectives, key activities, measures, targets, alignments, business groups, or a
 * framework's priorities) and Targets (measures by year).
 *
 * <p>Contract with the other views of the workbench:
 * <ul>
 * <li>every change goes through the {@link BasicCommandStack} of {@link #getEditingDomain()} (an
 * {@link AdapterFactoryEditingDomain}), so it can be undone and marks the editor dirty;</li>
 * <li>the site's selection provider publishes an {@link IStructuredSelection} of model {@link EObject}s,
 * and {@code getSite().getSelectionProvider().setSelection(new StructuredSelection(eObject))} reveals
 * and selects that element (a framework item selects the alignments pointing at it);</li>
 * <li>{@link #addModelListener(Runnable)} tells when the model changed (an edit, undo, redo or reload),
 * after the editor has refreshed its {@link #getTraceIndex() trace index} and {@link #getFindings()
 * findings}, which a background job computes shortly after each change ({@link EditorAnalysis}); the
 * problem markers of the file follow the model as edited, without saving.</li>
 * </ul>
 * Saving writes through {@link ModelStore} (temporary file, then rename: a failed save leaves the file as
 * it was). When the file changes on disk the editor reloads it, or asks first when it has unsaved changes.
 */
public class PlanEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = PlantraceUi.PLAN_EDITOR_ID;

    private ComposedAdapterFactory adapterFactory;
    PlanEditingDomain domain;
    /** The file and the model read from it. */
    EditorFile model;
    DiskSync disk;
    EditorAnalysis analysis;
    final EditorFindings found = new EditorFindings();

    EditorTreePage page;
    private int treePage = -1;
    private LocalResourceManager resources;
    EditorPropertySheet properties;
    private final EditorSelectionProvider selectionProvider = new EditorSelectionProvider(this::treeSelection,
            this::reveal);

    private boolean showDetails;
    final EditorPersistence persistence = new EditorPersistence(this);
    final EditorRefresh refresh = new EditorRefresh(this);
    private final EditorNavigation navigation = new EditorNavigation(this);
    /** Set first thing in {@link #dispose()}: an analysis still running must not write markers after it. */
    volatile boolean closed;
    private EditorListeners listeners;

    // ------------------------------------------------------------------------------------------------
    // life cycle

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        adapterFactory = ModelAdapters.newAdapterFactory();
        BasicCommandStack stack = new BasicCommandStack();
        domain = new PlanEditingDomain(adapterFactory, stack, ModelStore.newResourceSet());
        model = new EditorFile(domain, input);
        if (model.path == null) {
            throw new PartInitException("The plan editor opens .plan and .framework files, not " + input.getName());
        }
        WorkspaceValidation.opened(model.file);
        disk = new DiskSync(new EditorHosts.Disk(this));
        analysis = new EditorAnalysis(new EditorHosts.Analysis(this), site.getShell().getDisplay(), input.getName());
        listeners = new EditorListeners(this, stack, disk, analysis, refresh::commandStackChanged);
        properties = new EditorPropertySheet(adapterFactory, this::getActions);
        updateTitle();
        try {
            model.load(disk);
            found.forgetIndex();
        } catch (ModelLoadException e) {
            model.loadError = e;
        }
        site.setSelectionProvider(selectionProvider);
        listeners.start(site.getPage());
    }

    @Override
    protected void addPages() {
        resources = new LocalResourceManager(JFaceResources.getResources(), getContainer());
        try {
            addPage(new OverviewPage(this));
            page = new EditorTreePage(getContainer(), this, adapterFactory, resources, selectionProvider);
            treePage = addPage(page.top);
            setPageText(treePage, "Tree");
            addPage(new TargetsPage(this));
        } catch (PartInitException e) {
            PlantraceUi.log(e.getStatus());
        }
        page.fill(model.loadError, persistence::retry);
        if (model.loadError == null) {
            analyseNow();
        }
        setActivePage(treePage);
    }

    private IStructuredSelection treeSelection() {
        return page == null ? StructuredSelection.EMPTY : page.selection();
    }

    @Override
    public void setFocus() {
        if (getActivePage() == treePage && page != null) {
            page.setFocus();
        } else {
            super.setFocus();
        }
    }

    /** Brings the Tree page to the front. */
    public void showTree() {
        if (treePage >= 0 && getActivePage() != treePage) {
            setActivePage(treePage);
        }
    }

    boolean isGone() {
        return page == null || page.isGone();
    }

    @Override
    public void dispose() {
        closed = true;
        persistence.closed();
        if (listeners != null) {
            listeners.stop();
        }
        if (analysis != null) {
            analysis.dispose();
        }
        if (properties != null) {
            properties.dispose();
        }
        if (page != null) {
            page.dispose();
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    // ------------------------------------------------------------------------------------------------
    // public API

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The root of the file: a {@link Plan} or a {@link org.plantrace.model.Framework}. Null if it could not load. */
    public EObject getRoot() {
        return model == null ? null : model.root();
    }

    /** The plan being edited, or null for a framework file. */
    public Plan getPlan() {
        return getRoot() instanceof Plan p ? p : null;
    }

    public Resource getResource() {
        return model.resource;
    }

    /** The workspace file, or null when the editor shows a file outside the workspace. */
    public IFile getFile() {
        return model.file;
    }

    public TreeViewer getViewer() {
        return page == null ? null : page.viewer();
    }

    /** The traceability of the plan as last analysed (null for a framework file). */
    public TraceIndex getTraceIndex() {
        return found.index(getPlan());
    }

    /** The findings of the last analysis of the model as edited (refreshed shortly after each change). */
    public List<Finding> getFindings() {
        return found.findings();
    }

    /** Runs {@code r} in the UI thread after every change, undo, redo or reload, once the index is fresh. */
    public void addModelListener(Runnable r) {
        found.addListener(r);
    }

    public void removeModelListener(Runnable r) {
        found.removeListener(r);
    }

    /** Shows or hides published wordings and extra key/value properties in the tree. */
    public void setShowDetails(boolean show) {
        showDetails = show;
        if (getViewer() != null) {
            getViewer().refresh();
        }
    }

    public boolean isShowDetails() {
        return showDetails;
    }

    public EditorActions getActions() {
        return page == null ? null : page.actions();
    }

    /** For tests: whether a live analysis is waiting or running. */
    public boolean isAnalysing() {
        return analysis.isBusy();
    }

    // ------------------------------------------------------------------------------------------------
    // reload

    /** Discards the in-memory model and reads the file again, keeping expansion and selection by id. */
    public void reload() {
        persistence.reload();
    }

    /** Reloads when the file on disk is no longer what the editor read or wrote; asks first if dirty. */
    public void checkDisk() {
        disk.checkDisk();
    }

    // ------------------------------------------------------------------------------------------------
    // analysis: trace index, findings, problem markers

    /** Analyses the model as edited now and shows the result (open, save, Plan > Validate). */
    public void analyseNow() {
        refresh.publish(analysis.runNow());
    }

    /** Validates the model as edited and shows the findings in the Problems view (on the workspace file). */
    public List<Finding> validate() {
        analyseNow();
        found.mark(model.file, model.resource, true); // at once, for whoever reads them next
        return found.findings();
    }

    // ------------------------------------------------------------------------------------------------
    // navigation

    /** Reveals and selects the elements (see the class comment); returns what was selected. */
    public List<Object> reveal(IStructuredSelection selection) {
        return navigation.reveal(selection);
    }

    @Override
    public void gotoMarker(IMarker marker) {
        navigation.gotoMarker(marker);
    }

    /** The element a problem marker is about, as this editor holds it; null when it is gone. */
    public EObject elementOf(IMarker marker) {
        return navigation.elementOf(marker);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(properties.page());
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        return super.getAdapter(type);
    }

    // ------------------------------------------------------------------------------------------------
    // dirty, save

    @Override
    public boolean isDirty() {
        return persistence.isDirty();
    }

    /** The file edited (its location on disk). */
    public Path getPath() {
        return model.path;
    }

    /** The model's label for messages: the plan's or framework's title, else the file name. */
    public String getTitleLabel() {
        return getRoot() instanceof org.plantrace.model.Named n && n.getLabel() != null ? n.getLabel()
                : getEditorInput().getName();
    }

    /** The model as edited, serialised for a recovery copy (UI thread); null when there is nothing to keep. */
    public byte[] recoverySnapshot() {
        return model.snapshot();
    }

    /**
     * Replaces the model with a recovered copy of unsaved changes (loaded as this file, so its references resolve as
     * the file's do). The editor is then dirty: the file on disk is untouched until the user saves.
     */
    public void restoreRecovered(byte[] content) throws ModelLoadException {
        persistence.restoreRecovered(content);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return model.loadError == null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        persistence.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        persistence.doSaveAs();
    }

    /** Shows {@code f} as this editor's input (after a save as or a move). */
    void follow(IFile f) {
        setInputWithNotify(new FileEditorInput(f));
        updateTitle();
    }

    void fireDirty() {
        firePropertyChange(PROP_DIRTY);
    }

    void updateTitle() {
        setPartName(getEditorInput().getName());
        setTitleToolTip(model == null || model.path == null ? getEditorInput().getToolTipText() : model.path.toString());
        String name = getEditorInput().getName();
        setTitleImage(PlantraceUi.image(name.endsWith(".framework") ? "icons/obj16/framework.png" : "icons/obj16/plan.png"));
    }

    // ------------------------------------------------------------------------------------------------

    /** For tests and tools: the id→element map of the edited file. */
    public EObject element(String id) {
        return model.resource == null ? null : model.resource.getEObject(id);
    }

    /** The severity overlay shown for an element (null when none). */
    public Severity severityOf(EObject e) {
        return found.severityOf(e);
    }

    /** Elements with an overlay, for tests. */
    public Map<EObject, Severity> severities() {
        return found.severities();
    }
}

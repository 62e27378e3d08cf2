package org.plantrace.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
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
import org.plantrace.ui.internal.editor.EditorSaving;
import org.plantrace.ui.internal.editor.EditorSelectionProvider;
import org.plantrace.edit.commands.PlanEditingDomain;
import org.plantrace.ui.internal.editor.PlanTree;
import org.plantrace.ui.internal.editor.Prompts;
import org.plantrace.ui.internal.editor.pages.OverviewPage;
import org.plantrace.ui.internal.editor.pages.TargetsPage;
import org.plantrace.ui.internal.emf.ModelAdapters;
import org.plantrace.ui.internal.emf.ModelPropertySourceProvider;
import org.plantrace.ui.internal.markers.Checks;
import org.plantrace.ui.internal.markers.ProblemMarkers;
import org.plantrace.ui.internal.markers.ValidationPreferences;
import org.plantrace.ui.internal.markers.WorkspaceValidation;
import org.plantrace.ui.internal.recovery.AutoRecover;

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
    Resource resource;
    Path path;
    IFile file;
    ModelLoadException loadError;
    private DiskSync disk;
    private EditorAnalysis analysis;

    private Composite top;
    private int treePage = -1;
    private PlanTree tree;
    private LocalResourceManager resources;
    private EditorActions actions;
    private PropertySheetPage propertySheetPage;
    private final EditorSelectionProvider selectionProvider = new EditorSelectionProvider(this::treeSelection,
            this::reveal);

    private boolean showDetails;
    /** The model was restored from a recovery copy and not saved since: unsaved, whatever the command stack says. */
    private boolean restored;
    /** Set first thing in {@link #dispose()}: an analysis still running must not write markers after it. */
    private volatile boolean closed;
    private TraceIndex index;
    private List<Finding> findings = List.of();
    private Map<EObject, Severity> severities = Map.of();
    private final ListenerList<Runnable> modelListeners = new ListenerList<>();
    private IPreferenceChangeListener severityListener;

    private final CommandStackListener commandStackListener = event -> {
        if (analysis != null) {
            analysis.changed(); // before anything else, so a run in progress is known to be stale
        }
        Display.getDefault().asyncExec(this::commandStackChanged);
    };
    private final IPartListener2 activationListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == PlanEditor.this) {
                disk.checkOnActivation();
            }
        }
    };

    // ------------------------------------------------------------------------------------------------
    // life cycle

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        path = pathOf(input);
        file = input instanceof IFileEditorInput fi ? fi.getFile() : null;
        if (path == null) {
            throw new PartInitException("The plan editor opens .plan and .framework files, not " + input.getName());
        }
        WorkspaceValidation.opened(file);
        adapterFactory = ModelAdapters.newAdapterFactory();
        BasicCommandStack stack = new BasicCommandStack();
        domain = new PlanEditingDomain(adapterFactory, stack, ModelStore.newResourceSet());
        disk = new DiskSync(new EditorHosts.Disk(this));
        analysis = new EditorAnalysis(new EditorHosts.Analysis(this), site.getShell().getDisplay(), input.getName());
        stack.addCommandStackListener(commandStackListener);
        updateTitle();
        try {
            load();
        } catch (ModelLoadException e) {
            loadError = e;
        }
        site.setSelectionProvider(selectionProvider);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(disk, IResourceChangeEvent.POST_CHANGE);
        site.getPage().addPartListener(activationListener);
        severityListener = ValidationPreferences.onChange(() -> Display.getDefault().asyncExec(() -> {
            if (!isGone()) {
                analysis.changed();
            }
        }));
    }

    private static Path pathOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fi && fi.getFile().getLocation() != null) {
            return fi.getFile().getLocation().toPath();
        }
        if (input instanceof IURIEditorInput ui && "file".equals(ui.getURI().getScheme())) {
            return Path.of(ui.getURI());
        }
        return null;
    }

    private void load() throws ModelLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            bytes = null;
        }
        resource = ModelStore.load(domain.getResourceSet(), path);
        domain.setEditable(resource);
        // frameworks are loaded now, in the UI thread, so the background analysis never loads into the resource set
        resolveReferences();
        disk.synced(bytes);
        index = null;
    }

    private void resolveReferences() {
        try {
            EcoreUtil.resolveAll(resource);
        } catch (RuntimeException e) {
            PlantraceUi.log("Could not resolve the references of " + path, e); // validation reports them
        }
    }

    @Override
    protected void addPages() {
        resources = new LocalResourceManager(JFaceResources.getResources(), getContainer());
        try {
            addPage(new OverviewPage(this));
            top = new Composite(getContainer(), SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(top);
            treePage = addPage(top);
            setPageText(treePage, "Tree");
            addPage(new TargetsPage(this));
        } catch (PartInitException e) {
            PlantraceUi.log(e.getStatus());
        }
        if (loadError != null) {
            createErrorPage();
        } else {
            createTree();
            publish(analysis.runNow());
        }
        setActivePage(treePage);
    }

    private void createErrorPage() {
        Label l = new Label(top, SWT.WRAP);
        l.setText("This file cannot be opened:\n\n" + loadError.getMessage()
                + "\n\nCorrect it in a text editor, then reopen it here.");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).indent(12, 12).applyTo(l);
        Button retry = new Button(top, SWT.PUSH);
        retry.setText("Try Again");
        GridDataFactory.swtDefaults().indent(12, 6).applyTo(retry);
        retry.addListener(SWT.Selection, e -> {
            try {
                domain.getResourceSet().getResources().clear();
                load();
                loadError = null;
                rebuildTreePage();
                publish(analysis.runNow());
                getEditorSite().getActionBarContributor().setActiveEditor(this);
            } catch (ModelLoadException ex) {
                loadError = ex;
                l.setText("This file cannot be opened:\n\n" + ex.getMessage());
                top.layout(true, true);
            }
        });
    }

    private void rebuildTreePage() {
        for (var c : top.getChildren()) {
            c.dispose();
        }
        if (tree != null) {
            tree.dispose();
            tree = null;
        }
        if (loadError != null) {
            createErrorPage();
        } else {
            createTree();
        }
        top.layout(true, true);
    }

    private void createTree() {
        tree = new PlanTree(top, this, adapterFactory, resources);
        TreeViewer viewer = tree.viewer();
        tree.show(resource, null);
        viewer.addSelectionChangedListener(selectionProvider::fire);
        viewer.addPostSelectionChangedListener(selectionProvider::firePost);
        actions = new EditorActions(this);
        MenuManager mm = new MenuManager("#PopupMenu");
        mm.setRemoveAllWhenShown(true);
        mm.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(mm.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(mm, selectionProvider);
    }

    private IStructuredSelection treeSelection() {
        TreeViewer v = getViewer();
        return v == null || v.getControl().isDisposed() ? StructuredSelection.EMPTY : v.getStructuredSelection();
    }

    @Override
    public void setFocus() {
        if (getActivePage() == treePage && getViewer() != null && !getViewer().getControl().isDisposed()) {
            getViewer().getControl().setFocus();
        } else if (getActivePage() == treePage && top != null && !top.isDisposed()) {
            top.setFocus();
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
        return top == null || top.isDisposed();
    }

    @Override
    public void dispose() {
        closed = true;
        AutoRecover.forget(path); // closed: its changes were saved or deliberately discarded
        WorkspaceValidation.closed(file); // its markers go back to the file as saved
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(disk);
        ValidationPreferences.removeListener(severityListener);
        if (getSite() != null && getSite().getPage() != null) {
            getSite().getPage().removePartListener(activationListener);
        }
        if (analysis != null) {
            analysis.dispose();
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(commandStackListener);
        }
        if (propertySheetPage != null) {
            propertySheetPage.dispose();
        }
        if (tree != null) {
            tree.dispose();
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
        return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    }

    /** The plan being edited, or null for a framework file. */
    public Plan getPlan() {
        return getRoot() instanceof Plan p ? p : null;
    }

    public Resource getResource() {
        return resource;
    }

    /** The workspace file, or null when the editor shows a file outside the workspace. */
    public IFile getFile() {
        return file;
    }

    public TreeViewer getViewer() {
        return tree == null ? null : tree.viewer();
    }

    /** The traceability of the plan as last analysed (null for a framework file). */
    public TraceIndex getTraceIndex() {
        Plan p = getPlan();
        if (p == null) {
            return null;
        }
        if (index == null) {
            index = TraceIndex.of(p);
        }
        return index;
    }

    /** The findings of the last analysis of the model as edited (refreshed shortly after each change). */
    public List<Finding> getFindings() {
        return findings;
    }

    /** Runs {@code r} in the UI thread after every change, undo, redo or reload, once the index is fresh. */
    public void addModelListener(Runnable r) {
        modelListeners.add(r);
    }

    public void removeModelListener(Runnable r) {
        modelListeners.remove(r);
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
        return actions;
    }

    /** For tests: whether a live analysis is waiting or running. */
    public boolean isAnalysing() {
        return analysis.isBusy();
    }

    // ------------------------------------------------------------------------------------------------
    // reload

    /** Discards the in-memory model and reads the file again, keeping expansion and selection by id. */
    public void reload() {
        PlanTree.State state = tree == null || resource == null ? null : tree.state(resource);
        ResourceSet rs = domain.getResourceSet();
        for (Resource r : List.copyOf(rs.getResources())) {
            r.unload();
        }
        rs.getResources().clear();
        boolean hadTree = tree != null;
        try {
            load();
            loadError = null;
        } catch (ModelLoadException e) {
            loadError = e;
            resource = null;
        }
        domain.getCommandStack().flush();
        restored = false;
        if (loadError != null || !hadTree) {
            rebuildTreePage();
        }
        if (loadError == null) {
            tree.show(resource, state);
            firePropertyChange(PROP_DIRTY);
        }
        publish(analysis.runNow());
    }

    void reloadOthers(List<Resource> changed) {
        for (Resource r : changed) {
            r.unload(); // references to it become proxies and resolve again on demand
        }
        resolveReferences();
        if (getViewer() != null) {
            getViewer().refresh(true);
        }
        analysis.changed();
    }

    /** Reloads when the file on disk is no longer what the editor read or wrote; asks first if dirty. */
    public void checkDisk() {
        disk.checkDisk();
    }

    // ------------------------------------------------------------------------------------------------
    // analysis: trace index, findings, problem markers

    private void commandStackChanged() {
        if (isGone()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        if (actions != null) {
            actions.update();
        }
        Command most = domain.getCommandStack().getMostRecentCommand();
        TreeViewer viewer = getViewer();
        if (most != null && viewer != null) {
            List<Object> shown = new ArrayList<>();
            for (Object o : most.getAffectedObjects()) {
                if (o instanceof EObject e && e.eResource() == resource && tree.contentProvider().isShown(e)) {
                    shown.add(e);
                }
            }
            if (!shown.isEmpty()) {
                viewer.setSelection(new StructuredSelection(shown), true);
            }
        }
        if (propertySheetPage != null && propertySheetPage.getControl() != null
                && !propertySheetPage.getControl().isDisposed()) {
            propertySheetPage.refresh();
        }
    }

    /** Shows an analysis: index, findings, tree overlays, problem markers; then tells the model listeners. */
    void publish(EditorAnalysis.Result r) {
        if (isGone()) {
            return;
        }
        TreeViewer viewer = getViewer();
        if (viewer != null && viewer.isCellEditorActive()) {
            Display.getCurrent().timerExec(200, () -> publish(r)); // never disturb a rename in progress
            return;
        }
        index = r.index();
        findings = r.findings();
        severities = Checks.severities(findings);
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
        if (file != null && resource != null && !r.markersWritten()) {
            ProblemMarkers.schedule(file, findings, resource);
        }
        for (Runnable l : modelListeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                PlantraceUi.log("Model listener failed", e);
            }
        }
    }

    /** Replaces the file's problem markers with {@code list} (called from the analysis job). */
    void writeMarkers(List<Finding> list) {
        IFile f = file;
        Resource r = resource;
        if (f != null && r != null && !closed) {
            try {
                ProblemMarkers.replace(f, list, r);
            } catch (CoreException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
    }

    /** Analyses the model as edited now and shows the result (open, save, Plan > Validate). */
    public void analyseNow() {
        publish(analysis.runNow());
    }

    /** Validates the model as edited and shows the findings in the Problems view (on the workspace file). */
    public List<Finding> validate() {
        analyseNow();
        if (file != null && resource != null) {
            try {
                ProblemMarkers.replace(file, findings, resource); // at once, for whoever reads them next
            } catch (CoreException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
        return findings;
    }

    // ------------------------------------------------------------------------------------------------
    // navigation

    /** Reveals and selects the elements (see the class comment); returns what was selected. */
    public List<Object> reveal(IStructuredSelection selection) {
        return tree == null || resource == null ? new ArrayList<>() : tree.reveal(selection, resource);
    }

    @Override
    public void gotoMarker(IMarker marker) {
        EObject e = elementOf(marker);
        if (e != null) {
            showTree();
            reveal(new StructuredSelection(e));
            setFocus();
        }
    }

    /** The element a problem marker is about, as this editor holds it; null when it is gone. */
    public EObject elementOf(IMarker marker) {
        return ProblemMarkers.elementOf(marker, resource, domain.getResourceSet());
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(propertySheetPage());
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        return super.getAdapter(type);
    }

    private IPropertySheetPage propertySheetPage() {
        if (propertySheetPage == null || propertySheetPage.getControl() == null
                || propertySheetPage.getControl().isDisposed()) {
            propertySheetPage = new PropertySheetPage() {
                @Override
                public void setActionBars(org.eclipse.ui.IActionBars bars) {
                    super.setActionBars(bars);
                    if (actions != null) {
                        actions.setGlobalHandlers(bars, false);
                    }
                }
            };
            propertySheetPage.setPropertySourceProvider(new ModelPropertySourceProvider(adapterFactory));
        }
        return propertySheetPage;
    }

    // ------------------------------------------------------------------------------------------------
    // dirty, save

    @Override
    public boolean isDirty() {
        return domain != null && (restored || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
    }

    /** The file edited (its location on disk). */
    public Path getPath() {
        return path;
    }

    /** The model's label for messages: the plan's or framework's title, else the file name. */
    public String getTitleLabel() {
        return getRoot() instanceof org.plantrace.model.Named n && n.getLabel() != null ? n.getLabel()
                : getEditorInput().getName();
    }

    /** The model as edited, serialised for a recovery copy (UI thread); null when there is nothing to keep. */
    public byte[] recoverySnapshot() {
        if (loadError != null || resource == null) {
            return null;
        }
        try {
            return ModelStore.serialise(resource);
        } catch (IOException | RuntimeException e) {
            PlantraceUi.log("Could not serialise " + path + " for recovery", e);
            return null;
        }
    }

    /**
     * Replaces the model with a recovered copy of unsaved changes (loaded as this file, so its references resolve as
     * the file's do). The editor is then dirty: the file on disk is untouched until the user saves.
     */
    public void restoreRecovered(byte[] content) throws ModelLoadException {
        ModelStore.loadContent(ModelStore.newResourceSet(), path, content); // a copy that cannot load changes nothing
        PlanTree.State state = tree == null || resource == null ? null : tree.state(resource);
        boolean hadTree = tree != null && loadError == null;
        ResourceSet rs = domain.getResourceSet();
        Resource r = ModelStore.loadContent(rs, path, content);
        for (Resource other : List.copyOf(rs.getResources())) {
            if (other != r) {
                other.unload();
                rs.getResources().remove(other);
            }
        }
        resource = r;
        domain.setEditable(resource);
        resolveReferences();
        loadError = null;
        index = null;
        domain.getCommandStack().flush();
        restored = true;
        if (!hadTree) {
            rebuildTreePage();
        }
        tree.show(resource, state);
        firePropertyChange(PROP_DIRTY);
        publish(analysis.runNow());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return loadError == null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (loadError != null || resource == null) {
            return;
        }
        if (disk.changedByOthers()
                && !Prompts.get().overwriteChangedFile(getSite().getShell(), path.getFileName().toString())) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        if (EditorSaving.write(resource, path, file, disk, getSite().getShell(), monitor)) {
            saved(file);
        }
    }

    private void saved(IFile f) {
        restored = false;
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        AutoRecover.forget(path);
        firePropertyChange(PROP_DIRTY);
        EditorSaving.refresh(f);
        validate();
        if (actions != null) {
            actions.update();
        }
    }

    @Override
    public void doSaveAs() {
        IFile target = EditorSaving.saveAs(resource, file, disk, getSite().getShell());
        if (target != null) {
            path = target.getLocation().toPath();
            WorkspaceValidation.closed(file);
            file = target;
            WorkspaceValidation.opened(file);
            setInputWithNotify(new FileEditorInput(target));
            updateTitle();
            saved(target);
        }
    }

    /** The file was moved (renamed) in the workspace: follow it. */
    void moved(IFile to) {
        WorkspaceValidation.closed(file);
        file = to;
        WorkspaceValidation.opened(file);
        path = to.getLocation().toPath();
        resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(path.toAbsolutePath().toString()));
        setInputWithNotify(new FileEditorInput(to));
        updateTitle();
    }

    void updateTitle() {
        setPartName(getEditorInput().getName());
        setTitleToolTip(path == null ? getEditorInput().getToolTipText() : path.toString());
        String name = getEditorInput().getName();
        setTitleImage(PlantraceUi.image(name.endsWith(".framework") ? "icons/obj16/framework.png" : "icons/obj16/plan.png"));
    }

    // ------------------------------------------------------------------------------------------------

    /** For tests and tools: the id→element map of the edited file. */
    public EObject element(String id) {
        return resource == null ? null : resource.getEObject(id);
    }

    /** The severity overlay shown for an element (null when none). */
    public Severity severityOf(EObject e) {
        return severities.get(e);
    }

    /** Elements with an overlay, for tests. */
    public Map<EObject, Severity> severities() {
        return new IdentityHashMap<>(severities);
    }
}

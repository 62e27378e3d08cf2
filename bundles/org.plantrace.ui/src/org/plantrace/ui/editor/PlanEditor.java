package org.plantrace.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.common.EventManager;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
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
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;
import org.plantrace.model.Wording;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.internal.editor.EditorActions;
import org.plantrace.ui.internal.editor.Prompts;
import org.plantrace.ui.internal.editor.TitleEditingSupport;
import org.plantrace.ui.internal.editor.TreeDropAdapter;
import org.plantrace.ui.internal.emf.ElementImages;
import org.plantrace.ui.internal.emf.ElementText;
import org.plantrace.ui.internal.emf.ModelAdapters;
import org.plantrace.ui.internal.emf.ModelContentProvider;
import org.plantrace.ui.internal.emf.ModelPropertySourceProvider;
import org.plantrace.ui.internal.markers.Checks;
import org.plantrace.ui.internal.markers.ProblemMarkers;

/**
 * The plan editor: a tree of a plan (outcomes, objectives, key activities, measures, targets, alignments,
 * business groups) or of a framework file (priorities and their sub-items).
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
 * findings}.</li>
 * </ul>
 * Saving writes through {@link ModelStore} (temporary file, then rename: a failed save leaves the file as
 * it was). When the file changes on disk the editor reloads it, or asks first when it has unsaved changes.
 */
public class PlanEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = PlantraceUi.PLAN_EDITOR_ID;

    private static final int ANALYSIS_DELAY_MS = 250;

    private ComposedAdapterFactory adapterFactory;
    private PlanEditingDomain domain;
    private Resource resource;
    private Path path;
    private IFile file;
    private ModelLoadException loadError;

    /** SHA-256 of the bytes last read from or written to the file. */
    private String diskHash;
    /** Hash of a changed disk version the user chose to overwrite with the editor's changes. */
    private String acceptedDiskHash;

    private Composite top;
    private FilteredTree filteredTree;
    private TreeViewer viewer;
    private ModelContentProvider contentProvider;
    private LocalResourceManager resources;
    private EditorActions actions;
    private PropertySheetPage propertySheetPage;
    private final EditorSelectionProvider selectionProvider = new EditorSelectionProvider();

    private boolean showDetails;
    private TraceIndex index;
    private List<Finding> findings = List.of();
    private Map<EObject, Severity> severities = Map.of();
    private boolean analysisScheduled;
    private final ListenerList<Runnable> modelListeners = new ListenerList<>();

    private final CommandStackListener commandStackListener = event -> {
        Display d = Display.getDefault();
        d.asyncExec(this::commandStackChanged);
    };
    private final IResourceChangeListener resourceListener = this::resourceChanged;
    private final IPartListener2 activationListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == PlanEditor.this) {
                checkDiskOnActivation();
            }
        }
    };

    // ------------------------------------------------------------------------------------------------
    // life cycle

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        path = pathOf(input);
        file = input instanceof IFileEditorInput fi ? fi.getFile() : null;
        if (path == null) {
            throw new PartInitException("The plan editor opens .plan and .framework files, not " + input.getName());
        }
        adapterFactory = ModelAdapters.newAdapterFactory();
        BasicCommandStack stack = new BasicCommandStack();
        domain = new PlanEditingDomain(adapterFactory, stack, ModelStore.newResourceSet());
        stack.addCommandStackListener(commandStackListener);
        updateTitle();
        try {
            load();
        } catch (ModelLoadException e) {
            loadError = e;
        }
        site.setSelectionProvider(selectionProvider);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
        site.getPage().addPartListener(activationListener);
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
        domain.editable = resource;
        diskHash = bytes == null ? null : hash(bytes);
        acceptedDiskHash = null;
        index = null;
    }

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(top);
        if (loadError != null) {
            createErrorPage();
            return;
        }
        createTree();
        actions = new EditorActions(this);
        createContextMenu();
        analyseNow();
        if (file != null) {
            Display.getCurrent().asyncExec(this::writeMarkers);
        }
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
                for (var c : top.getChildren()) {
                    c.dispose();
                }
                createTree();
                actions = new EditorActions(this);
                createContextMenu();
                analyseNow();
                top.layout(true, true);
                getEditorSite().getActionBarContributor().setActiveEditor(this);
            } catch (ModelLoadException ex) {
                loadError = ex;
                l.setText("This file cannot be opened:\n\n" + ex.getMessage());
                top.layout(true, true);
            }
        });
    }

    private void createTree() {
        PatternFilter filter = new PatternFilter() {
            @Override
            protected boolean isLeafMatch(Viewer v, Object element) {
                return wordMatches(ElementText.text(element)) || element instanceof EObject e && wordMatches(EcoreUtil.getID(e));
            }
        };
        filter.setIncludeLeadingWildcard(true);
        filteredTree = new FilteredTree(top, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION, filter, true,
                true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(filteredTree);
        viewer = filteredTree.getViewer();
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setData("org.plantrace.ui.tree", "planEditor");

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

        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.KEYBOARD_ACTIVATION | ColumnViewerEditor.KEEP_EDITOR_ON_DOUBLE_CLICK);
        ColumnViewerToolTipSupport.enableFor(viewer);
        org.plantrace.ui.internal.views.FillColumn.install(tree, 0, 240);

        contentProvider = new ModelContentProvider(adapterFactory);
        contentProvider.setFilter(o -> showDetails || !(o instanceof Wording || o instanceof Property));
        viewer.setContentProvider(contentProvider);
        viewer.setComparator(new org.eclipse.jface.viewers.ViewerComparator() {
            @Override
            public int category(Object o) {
                return ElementText.rank(o);
            }

            @Override
            public int compare(Viewer v, Object a, Object b) {
                return Integer.compare(category(a), category(b)); // stable: model order within a kind
            }
        });
        viewer.setUseHashlookup(true);
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        viewer.addSelectionChangedListener(selectionProvider::fire);
        viewer.addPostSelectionChangedListener(selectionProvider::firePost);
        viewer.addDoubleClickListener(e -> {
            Object o = viewer.getStructuredSelection().getFirstElement();
            if (o != null && viewer.isExpandable(o)) {
                viewer.setExpandedState(o, !viewer.getExpandedState(o));
            }
        });

        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection sel = viewer.getStructuredSelection();
                boolean ok = !sel.isEmpty();
                for (Object o : sel) {
                    ok &= o instanceof EObject e && e.eContainer() != null && e.eResource() == resource;
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

    private void createContextMenu() {
        MenuManager mm = new MenuManager("#PopupMenu");
        mm.setRemoveAllWhenShown(true);
        mm.addMenuListener(actions::fillContextMenu);
        Menu menu = mm.createContextMenu(viewer.getControl());
        viewer.getControl().setMenu(menu);
        getSite().registerContextMenu(mm, selectionProvider);
    }

    @Override
    public void setFocus() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().setFocus();
        } else if (top != null && !top.isDisposed()) {
            top.setFocus();
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
        if (getSite() != null && getSite().getPage() != null) {
            getSite().getPage().removePartListener(activationListener);
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(commandStackListener);
        }
        if (propertySheetPage != null) {
            propertySheetPage.dispose();
        }
        if (contentProvider != null) {
            contentProvider.dispose();
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
        return viewer;
    }

    /** The traceability of the plan as edited (null for a framework file). */
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
        if (viewer != null) {
            viewer.refresh();
        }
    }

    public boolean isShowDetails() {
        return showDetails;
    }

    public EditorActions getActions() {
        return actions;
    }

    // ------------------------------------------------------------------------------------------------
    // dirty, save

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
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
        String onDisk = hashOnDisk();
        if (onDisk != null && diskHash != null && !onDisk.equals(diskHash) && !onDisk.equals(acceptedDiskHash)
                && !Prompts.get().overwriteChangedFile(getSite().getShell(), path.getFileName().toString())) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        if (!saveTo(path, monitor)) {
            return;
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
        refreshWorkspaceFile(file);
        analyseNow();
        writeMarkers();
        actions.update();
    }

    /** Writes the model atomically to {@code target}; reports a failure and returns false. */
    private boolean saveTo(Path target, IProgressMonitor monitor) {
        try {
            byte[] bytes = ModelStore.serialise(resource);
            ModelStore.writeAtomically(target, bytes);
            diskHash = hash(bytes);
            acceptedDiskHash = null;
            return true;
        } catch (IOException | RuntimeException e) {
            PlantraceUi.log("Could not save " + target, e);
            Prompts.get().error(getSite().getShell(), "Save Failed",
                    "Could not save " + target + ":\n\n" + e.getMessage()
                            + "\n\nThe file on disk is unchanged; your changes are still in the editor.");
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return false;
        }
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog d = new SaveAsDialog(getSite().getShell());
        if (file != null) {
            d.setOriginalFile(file);
        }
        if (d.open() != SaveAsDialog.OK || d.getResult() == null) {
            return;
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(d.getResult());
        if (target.getLocation() == null) {
            return;
        }
        Path newPath = target.getLocation().toPath();
        URI old = resource.getURI();
        resource.setURI(URI.createFileURI(newPath.toAbsolutePath().toString()));
        if (!saveTo(newPath, null)) {
            resource.setURI(old);
            return;
        }
        path = newPath;
        file = target;
        setInputWithNotify(new FileEditorInput(target));
        updateTitle();
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
        refreshWorkspaceFile(target);
        analyseNow();
        writeMarkers();
    }

    private void updateTitle() {
        setPartName(getEditorInput().getName());
        setTitleToolTip(path == null ? getEditorInput().getToolTipText() : path.toString());
        String name = getEditorInput().getName();
        setTitleImage(PlantraceUi.image(name.endsWith(".framework") ? "icons/obj16/framework.png" : "icons/obj16/plan.png"));
    }

    private static void refreshWorkspaceFile(IFile f) {
        if (f == null) {
            return;
        }
        try {
            f.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
    }

    // ------------------------------------------------------------------------------------------------
    // changes on disk

    private String hashOnDisk() {
        try {
            return hash(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkDiskOnActivation() {
        if (file != null && file.exists()) {
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, null); // a change arrives as a resource delta
            } catch (CoreException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
    }

    private void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null || file == null) {
            return;
        }
        IResourceDelta mine = delta.findMember(file.getFullPath());
        List<Resource> others = new ArrayList<>();
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (Resource r : List.copyOf(domain.getResourceSet().getResources())) {
            if (r == resource || !r.getURI().isFile()) {
                continue;
            }
            IFile[] files;
            try {
                files = root.findFilesForLocationURI(Path.of(r.getURI().toFileString()).toUri());
            } catch (RuntimeException e) {
                continue;
            }
            for (IFile f : files) {
                IResourceDelta d = delta.findMember(f.getFullPath());
                if (d != null && (d.getKind() != IResourceDelta.CHANGED
                        || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                    others.add(r);
                }
            }
        }
        if (mine == null && others.isEmpty()) {
            return;
        }
        Display d = getSite().getShell().getDisplay();
        d.asyncExec(() -> {
            if (viewer == null && loadError == null || top == null || top.isDisposed()) {
                return;
            }
            if (!others.isEmpty()) {
                reloadOthers(others);
            }
            if (mine != null) {
                fileChanged(mine);
            }
        });
    }

    private void fileChanged(IResourceDelta d) {
        if (d.getKind() == IResourceDelta.REMOVED) {
            if ((d.getFlags() & IResourceDelta.MOVED_TO) != 0) {
                IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(d.getMovedToPath());
                file = moved;
                path = moved.getLocation().toPath();
                resource.setURI(URI.createFileURI(path.toAbsolutePath().toString()));
                setInputWithNotify(new FileEditorInput(moved));
                updateTitle();
            } else if (!isDirty()) {
                getSite().getPage().closeEditor(this, false);
            } else {
                diskHash = null;
                Prompts.get().error(getSite().getShell(), "File Deleted",
                        "'" + path.getFileName() + "' has been deleted on disk. Save to write your version again.");
            }
            return;
        }
        if (d.getKind() == IResourceDelta.CHANGED
                && (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0) {
            return;
        }
        checkDisk();
    }

    /** Reloads when the file on disk is no longer what the editor read or wrote; asks first if dirty. */
    public void checkDisk() {
        String now = hashOnDisk();
        if (now == null || now.equals(diskHash) || now.equals(acceptedDiskHash)) {
            return;
        }
        if (!isDirty() || loadError != null) {
            reload();
            return;
        }
        switch (Prompts.get().changedOnDisk(getSite().getShell(), path.getFileName().toString())) {
            case RELOAD -> reload();
            case KEEP_MINE -> acceptedDiskHash = now;
        }
    }

    /** Discards the in-memory model and reads the file again, keeping expansion and selection by id. */
    public void reload() {
        List<String> expanded = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        if (viewer != null) {
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
        }
        ResourceSet rs = domain.getResourceSet();
        for (Resource r : List.copyOf(rs.getResources())) {
            r.unload();
        }
        rs.getResources().clear();
        try {
            load();
        } catch (ModelLoadException e) {
            loadError = e;
            resource = null;
            for (var c : top.getChildren()) {
                c.dispose();
            }
            viewer = null;
            createErrorPage();
            top.layout(true, true);
            domain.getCommandStack().flush();
            return;
        }
        if (loadError != null || viewer == null) {
            loadError = null;
            for (var c : top.getChildren()) {
                c.dispose();
            }
            createTree();
            actions = new EditorActions(this);
            createContextMenu();
            top.layout(true, true);
        }
        domain.getCommandStack().flush();
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        List<Object> exp = new ArrayList<>();
        for (String f : expanded) {
            EObject e = resource.getEObject(f);
            if (e != null) {
                exp.add(e);
            }
        }
        viewer.setExpandedElements(exp.toArray());
        List<Object> sel = new ArrayList<>();
        for (String f : selected) {
            EObject e = resource.getEObject(f);
            if (e != null) {
                sel.add(e);
            }
        }
        viewer.setSelection(new StructuredSelection(sel), true);
        firePropertyChange(PROP_DIRTY);
        analyseNow();
        writeMarkers();
    }

    private void reloadOthers(List<Resource> changed) {
        for (Resource r : changed) {
            r.unload(); // references to it become proxies and resolve again on demand
        }
        if (viewer != null) {
            viewer.refresh(true);
        }
        analyseNow();
    }

    // ------------------------------------------------------------------------------------------------
    // analysis: trace index, findings, problem markers

    private void commandStackChanged() {
        if (top == null || top.isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        if (actions != null) {
            actions.update();
        }
        Command most = domain.getCommandStack().getMostRecentCommand();
        if (most != null && viewer != null) {
            Collection<?> affected = most.getAffectedObjects();
            List<Object> shown = new ArrayList<>();
            for (Object o : affected) {
                if (o instanceof EObject e && e.eResource() == resource && contentProvider.isShown(e)) {
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
        index = null;
        scheduleAnalysis();
    }

    private void scheduleAnalysis() {
        if (analysisScheduled) {
            return;
        }
        analysisScheduled = true;
        Display.getCurrent().timerExec(ANALYSIS_DELAY_MS, () -> {
            analysisScheduled = false;
            if (top == null || top.isDisposed()) {
                return;
            }
            if (viewer != null && viewer.isCellEditorActive()) {
                scheduleAnalysis();
                return;
            }
            analyseNow();
        });
    }

    /** Recomputes the trace index and findings of the model as edited, updates the tree, tells listeners. */
    public void analyseNow() {
        EObject root = getRoot();
        if (root != null) {
            index = null;
            try {
                findings = Checks.run(root, getTraceIndex());
            } catch (RuntimeException e) {
                PlantraceUi.log("Validation failed", e);
                findings = List.of();
            }
            severities = Checks.severities(findings);
        } else {
            findings = List.of();
            severities = Map.of();
        }
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
        for (Runnable r : modelListeners) {
            try {
                r.run();
            } catch (RuntimeException e) {
                PlantraceUi.log("Model listener failed", e);
            }
        }
    }

    /** Validates the model as edited and shows the findings in the Problems view (on the workspace file). */
    public List<Finding> validate() {
        analyseNow();
        writeMarkers();
        return findings;
    }

    private void writeMarkers() {
        if (file == null || resource == null) {
            return;
        }
        try {
            ProblemMarkers.replace(file, findings, resource);
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
    }

    // ------------------------------------------------------------------------------------------------
    // navigation

    /** Reveals and selects the elements (see the class comment); returns what was selected. */
    public List<Object> reveal(IStructuredSelection selection) {
        List<Object> targets = new ArrayList<>();
        if (viewer == null || resource == null) {
            return targets;
        }
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

    private void clearFilter() {
        if (filteredTree != null && !filteredTree.getFilterControl().getText().isEmpty()) {
            filteredTree.getPatternFilter().setPattern(null);
            filteredTree.getFilterControl().setText("");
            viewer.refresh();
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        EObject e = elementOf(marker);
        if (e != null) {
            reveal(new StructuredSelection(e));
            setFocus();
        }
    }

    /** The element a problem marker is about, as this editor holds it; null when it is gone. */
    public EObject elementOf(IMarker marker) {
        String uri = marker.getAttribute(ProblemMarkers.ELEMENT_URI, null);
        if (uri == null || resource == null) {
            return null;
        }
        try {
            URI u = URI.createURI(uri);
            if (u.trimFragment().equals(resource.getURI())) {
                return resource.getEObject(u.fragment());
            }
            return domain.getResourceSet().getEObject(u, true);
        } catch (RuntimeException ex) {
            return null; // the element is gone
        }
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
    // labels

    private Severity severity(Object o) {
        return o instanceof EObject e ? severities.get(e) : null;
    }

    private final class ElementColumn extends ColumnLabelProvider {
        @Override
        public String getText(Object o) {
            return ElementText.text(o);
        }

        @Override
        public Image getImage(Object o) {
            return ElementImages.get(o, severity(o), resources);
        }

        @Override
        public Color getForeground(Object o) {
            if (o instanceof Wording || o instanceof Property
                    || o instanceof PriorityItem p && p.isGroup()) {
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
            for (Finding f : findings) {
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
            TraceIndex ix = getTraceIndex();
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
            TraceIndex ix = getTraceIndex();
            if (o instanceof CorporateObjective c && ix != null && !ix.tracesToNationalPriority(c)) {
                return Display.getCurrent().getSystemColor(SWT.COLOR_RED);
            }
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** The editing domain: only the edited file is writable; frameworks it refers to are read-only here. */
    private static final class PlanEditingDomain extends AdapterFactoryEditingDomain {
        Resource editable;

        PlanEditingDomain(ComposedAdapterFactory f, CommandStack stack, ResourceSet rs) {
            super(f, stack, rs);
        }

        @Override
        public boolean isReadOnly(Resource r) {
            return r != editable || super.isReadOnly(r);
        }
    }

    /**
     * The site's selection provider: publishes the tree's selection (model elements) and reveals what
     * other views select through it.
     */
    private final class EditorSelectionProvider extends EventManager implements IPostSelectionProvider {
        private final ListenerList<ISelectionChangedListener> post = new ListenerList<>();

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            addListenerObject(l);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            removeListenerObject(l);
        }

        @Override
        public void addPostSelectionChangedListener(ISelectionChangedListener l) {
            post.add(l);
        }

        @Override
        public void removePostSelectionChangedListener(ISelectionChangedListener l) {
            post.remove(l);
        }

        @Override
        public ISelection getSelection() {
            return viewer == null || viewer.getControl().isDisposed() ? StructuredSelection.EMPTY
                    : viewer.getStructuredSelection();
        }

        @Override
        public void setSelection(ISelection selection) {
            if (selection instanceof IStructuredSelection s) {
                reveal(s);
            }
        }

        void fire(SelectionChangedEvent e) {
            SelectionChangedEvent ours = new SelectionChangedEvent(this, e.getSelection());
            for (Object l : getListeners()) {
                ((ISelectionChangedListener) l).selectionChanged(ours);
            }
        }

        void firePost(SelectionChangedEvent e) {
            SelectionChangedEvent ours = new SelectionChangedEvent(this, e.getSelection());
            for (ISelectionChangedListener l : post) {
                l.selectionChanged(ours);
            }
        }
    }

    /** For tests and tools: the id→element map of the edited file. */
    public EObject element(String id) {
        return resource == null ? null : resource.getEObject(id);
    }

    /** For tests: the severity overlay shown for an element (null when none). */
    public Severity severityOf(EObject e) {
        return severities.get(e);
    }

    /** Elements with an overlay, for tests. */
    public Map<EObject, Severity> severities() {
        return new IdentityHashMap<>(severities);
    }
}

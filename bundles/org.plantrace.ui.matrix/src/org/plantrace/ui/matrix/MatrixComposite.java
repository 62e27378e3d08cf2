package org.plantrace.ui.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.plantrace.docgen.Format;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.ui.matrix.internal.HeaderMenu;
import org.plantrace.ui.matrix.internal.MatrixToolbar;
import org.plantrace.ui.matrix.internal.MatrixTooltip;
import org.plantrace.matrix.edit.LinkCommands;
import org.plantrace.matrix.export.MatrixExport;
import org.plantrace.ui.matrix.internal.grid.MatrixGrid;
import org.plantrace.matrix.MatrixModel;

/**
 * The alignment matrix of one plan as a reusable control: objectives (under their outcomes, with their
 * key activities and, on demand, measures) against every framework the plan traces to, editable through
 * the given {@link EditingDomain}'s command stack. Works in any {@link Composite} (a view, a test shell).
 *
 * <p>As an {@link ISelectionProvider} it publishes the selected plan element, the alignment of a linked
 * cell or the item of a selected column; {@link #reveal(Object)} selects the cell, row or column of a
 * model element.
 */
public class MatrixComposite extends Composite implements ISelectionProvider {

    static {
        // before any NatTable class runs: Eclipse Collections' factories without SPI Fly (see the class)
        org.plantrace.ui.matrix.internal.CollectionsFactories.ensureInitialised();
    }

    private final MatrixToolbar toolbar;
    private final Composite area;
    private final StackLayout stack = new StackLayout();
    private final Label empty;
    private final MatrixSelection selection = new MatrixSelection(this);
    private final CommandStackListener stackListener = this::commandStackChanged;
    /** Elements whose links changed since the last refresh (by link commands). */
    private final Set<EObject> changedLinks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Whether something else changed since the last refresh: read the whole plan again. */
    private boolean refreshAll;
    /** Notices the plan's file being unloaded or reloaded (no command is executed then). */
    private final Adapter resourcesListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (n.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES) {
                refreshAll = true;
                scheduleRefresh();
            }
        }
    };
    private Plan plan;
    private EditingDomain domain;
    private MatrixModel model;
    private MatrixGrid grid;
    private boolean refreshPending;

    public MatrixComposite(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        setLayout(layout);
        toolbar = new MatrixToolbar(this);
        toolbar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        area = new Composite(this, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        area.setLayout(stack);
        empty = new Label(area, SWT.WRAP);
        empty.setText("Open a plan to see its alignment matrix.");
        stack.topControl = empty;
        addDisposeListener(e -> detach());
    }

    /** Shows the matrix of {@code plan}, editing through {@code domain}; null clears it. */
    public void setInput(Plan plan, EditingDomain domain) {
        if (plan == this.plan && domain == this.domain) {
            return;
        }
        detach();
        this.plan = plan;
        this.domain = domain;
        if (grid != null) {
            grid.natTable().dispose();
            grid = null;
            model = null;
        }
        if (plan == null) {
            stack.topControl = empty;
            area.layout();
            toolbar.update(null);
            selection.set(StructuredSelection.EMPTY);
            return;
        }
        model = new MatrixModel(plan);
        toolbar.applyTo(model);
        model.layout();
        grid = new MatrixGrid(area, model, this::setLink);
        grid.setStructureListener(this::afterStructureChange);
        new MatrixTooltip(grid.natTable(), model);
        HeaderMenu.install(grid.natTable(), model, f -> setFrameworkShown(f, false), () -> {
            for (Framework f : model.columns().frameworks()) {
                model.setFrameworkShown(f, true);
            }
            relayout();
        });
        grid.selection().addLayerListener(event -> {
            if (event instanceof ISelectionEvent && !selection.isRevealing()) {
                selection.set(selection.compute());
            }
        });
        stack.topControl = grid.natTable();
        area.layout();
        if (domain != null) {
            domain.getCommandStack().addCommandStackListener(stackListener);
            if (domain.getResourceSet() != null) {
                domain.getResourceSet().eAdapters().add(resourcesListener);
            }
        }
        toolbar.update(model);
    }

    private void detach() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
            if (domain.getResourceSet() != null) {
                domain.getResourceSet().eAdapters().remove(resourcesListener);
            }
        }
    }

    /** The first plan among the roots of the resource set's resources (the edited file comes first). */
    public static Plan planOf(ResourceSet rs) {
        if (rs == null) {
            return null;
        }
        for (Resource r : rs.getResources()) {
            for (EObject root : r.getContents()) {
                if (root instanceof Plan p) {
                    return p;
                }
            }
        }
        return null;
    }

    public Plan getPlan() {
        return plan;
    }

    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The matrix model (internal API, for tests and the view). */
    public MatrixModel model() {
        return model;
    }

    /** The NatTable layer stack (internal API, for tests). */
    public MatrixGrid grid() {
        return grid;
    }

    // --- refresh ---------------------------------------------------------------------------

    private void commandStackChanged(java.util.EventObject event) {
        Command c = domain == null ? null : domain.getCommandStack().getMostRecentCommand();
        if (c instanceof LinkCommands.LinkCommand link) {
            changedLinks.add(link.element());
        } else {
            refreshAll = true;
        }
        scheduleRefresh();
    }

    private void scheduleRefresh() {
        if (refreshPending || isDisposed()) {
            return;
        }
        refreshPending = true;
        getDisplay().asyncExec(() -> {
            if (!isDisposed() && refreshPending) {
                refresh();
            }
        });
    }

    /** Reads the plan again and updates the grid (done by itself after every command on the stack). */
    public void refresh() {
        refreshPending = false;
        if (model == null) {
            return;
        }
        if (plan.eResource() == null || plan.eResource().getResourceSet() == null) {
            // the file was unloaded or reloaded: show the domain's plan now, if any
            EditingDomain d = domain;
            Plan now = d == null ? null : planOf(d.getResourceSet());
            setInput(null, null);
            if (now != null) {
                setInput(now, d);
            }
            return;
        }
        Object[] keep = selection.key();
        MatrixModel.Change change = refreshAll || changedLinks.isEmpty() ? model.refresh()
                : model.refreshLinks(List.copyOf(changedLinks));
        refreshAll = false;
        changedLinks.clear();
        grid.refresh(change, model.lastDiff());
        if (change == MatrixModel.Change.STRUCTURE) {
            selection.restore(keep);
        }
        toolbar.update(model);
        selection.set(selection.compute());
    }

    /** Lays the grid out again after a change of the view options (filters, groups, gaps only, measures). */
    public void relayout() {
        if (model == null) {
            return;
        }
        Object[] keep = selection.key();
        toolbar.applyTo(model);
        MatrixModel.Change change = model.layout();
        grid.refresh(change);
        if (change == MatrixModel.Change.STRUCTURE) {
            selection.restore(keep);
        }
        toolbar.update(model);
    }

    private void afterStructureChange() {
        toolbar.update(model);
    }

    // --- view options (the toolbar's state; also for tests) ----------------------------------

    public void setRowFilter(String text) {
        toolbar.setRowFilter(text);
        relayout();
    }

    public void setColumnFilter(String text) {
        toolbar.setColumnFilter(text);
        relayout();
    }

    public void setGapsOnly(boolean on) {
        toolbar.setGapsOnly(on);
        relayout();
    }

    public void setShowMeasures(boolean on) {
        toolbar.setShowMeasures(on);
        relayout();
    }

    public void setFrameworkShown(Framework f, boolean shown) {
        if (model != null) {
            model.setFrameworkShown(f, shown);
            relayout();
        }
    }

    // --- editing ---------------------------------------------------------------------------

    /** Links or unlinks a cell through the command stack; returns whether a command was executed. */
    public boolean setLink(int row, int gridColumn, boolean link) {
        if (model == null || domain == null || !model.isToggleable(row, gridColumn)) {
            return false;
        }
        Command c = LinkCommands.set(domain, model.element(row), model.columns(), model.column(gridColumn), link);
        if (c == null || !c.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(c);
        return true;
    }

    /** Toggles a cell (as a click or the space key does). */
    public boolean toggle(int row, int gridColumn) {
        var s = model.state(row, gridColumn);
        boolean checked = s == org.plantrace.matrix.CellState.DIRECT
                || s == org.plantrace.matrix.CellState.CITED;
        return setLink(row, gridColumn, !checked);
    }

    // --- export ----------------------------------------------------------------------------

    /** Writes what is shown to {@code file} as CSV or XLSX with the appendix generator's writers. */
    public void export(Format format, Path file) throws IOException {
        if (model == null) {
            throw new IOException("no plan is shown");
        }
        MatrixExport.write(model, format, file);
    }

    // --- selection ---------------------------------------------------------------------------

    /**
     * Selects what shows {@code o} (an element of a selection, or a selection): an alignment's cell, a
     * plan element's row (expanding its ancestors), a framework item's column. Other elements reveal their
     * nearest container that has a place in the matrix. Returns whether something was selected.
     */
    public boolean reveal(Object o) {
        return selection.reveal(o);
    }

    @Override
    public boolean setFocus() {
        if (isDisposed()) {
            return false;
        }
        if (grid != null && !grid.natTable().isDisposed()) {
            return grid.natTable().setFocus();
        }
        return super.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selection.listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selection.listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection.get();
    }

    @Override
    public void setSelection(ISelection s) {
        reveal(s);
    }
}

package org.plantrace.ui.internal.views;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.plantrace.core.compare.PlanComparison;
import org.plantrace.core.compare.PlanComparison.Change;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * What changed between two plan files (Plans view: select two plans, Compare Plans): one row per change, from the
 * earlier plan (by period, then name) to the later. The files are read as saved, never written.
 */
public final class CompareDialog extends Dialog {

    private final String before;
    private final String after;
    private final List<Change> changes;
    private TableViewer table;

    CompareDialog(Shell shell, String before, String after, List<Change> changes) {
        super(shell);
        this.before = before;
        this.after = after;
        this.changes = changes;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /** Loads both files and opens the dialog on their changes (without blocking when {@code block} is false). */
    public static CompareDialog open(Shell shell, IFile a, IFile b, boolean block) throws ModelLoadException {
        Plan pa = ModelStore.loadPlan(location(a));
        Plan pb = ModelStore.loadPlan(location(b));
        boolean swap = compare(pa, a, pb, b) > 0;
        Plan before = swap ? pb : pa;
        Plan after = swap ? pa : pb;
        IFile fb = swap ? b : a;
        IFile fa = swap ? a : b;
        CompareDialog d = new CompareDialog(shell, fb.getFullPath().toString(), fa.getFullPath().toString(),
                PlanComparison.compare(before, after));
        d.setBlockOnOpen(block);
        d.open();
        return d;
    }

    private static int compare(Plan pa, IFile a, Plan pb, IFile b) {
        int byPeriod = Objects.compare(pa.getPeriodStart(), pb.getPeriodStart(),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        return byPeriod != 0 ? byPeriod : a.getFullPath().toString().compareTo(b.getFullPath().toString());
    }

    private static Path location(IFile f) {
        return f.getLocation() == null ? Path.of(f.getLocationURI()) : f.getLocation().toPath();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare Plans");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        Label head = new Label(c, SWT.WRAP);
        head.setText("From " + before + "\nto " + after + ":  " + PlanComparison.summary(changes));
        GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(head);
        table = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Change", 100, ch -> ch.kind().name().toLowerCase(java.util.Locale.ROOT));
        column("Element", 260, ch -> ch.path() + "  [" + ch.id() + "]");
        column("What", 560, Change::detail);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(changes);
        GridDataFactory.fillDefaults().grab(true, true).hint(920, 420).applyTo(table.getControl());
        return c;
    }

    private void column(String title, int width, java.util.function.Function<Change, String> text) {
        TableViewerColumn col = new TableViewerColumn(table, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return o instanceof Change ch ? text.apply(ch) : "";
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    /** For tests: the table. */
    public TableViewer table() {
        return table;
    }

    /** For tests: the rows as shown, "change | element | what". */
    public List<String> rows() {
        List<String> out = new java.util.ArrayList<>();
        for (var item : table.getTable().getItems()) {
            out.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        }
        return out;
    }
}

package org.plantrace.ui.matrix.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.plantrace.docgen.Format;
import org.plantrace.model.Framework;
import org.plantrace.ui.matrix.MatrixComposite;
import org.plantrace.matrix.MatrixModel;

/**
 * The matrix's own tool bar (it travels with the control, so the matrix works outside a view too): text
 * filters for rows and columns, "gaps only", measures, the frameworks shown, expand/collapse, export,
 * and a one-line summary of the coverage.
 */
public final class MatrixToolbar {

    private static final int FILTER_DELAY_MS = 250;

    private final MatrixComposite owner;
    private final Composite bar;
    private final Text rowFilter;
    private final Text columnFilter;
    private final Button gapsOnly;
    private final Button measures;
    private final Label status;
    private MatrixModel model;
    private Runnable pendingFilter;

    public MatrixToolbar(MatrixComposite owner) {
        this.owner = owner;
        bar = new Composite(owner, SWT.NONE);
        // wraps onto more lines in a narrow view
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginHeight = 2;
        layout.marginWidth = 4;
        layout.spacing = 6;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText("Rows:");
        rowFilter = filterField("Filter outcomes, objectives, key activities");
        new Label(bar, SWT.NONE).setText("Columns:");
        columnFilter = filterField("Filter frameworks and items (e.g. NI, PSA 24, violence)");
        gapsOnly = check("Gaps only", "Show only national priorities no objective covers and objectives that "
                + "trace to no national priority");
        measures = check("Measures", "Show each objective's measures under its key activities");
        ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        ToolItem frameworks = new ToolItem(tools, SWT.DROP_DOWN);
        frameworks.setText("Frameworks");
        frameworks.setToolTipText("Show or hide frameworks (column groups)");
        frameworks.addListener(SWT.Selection, e -> frameworkMenu(tools, frameworks));
        tool(tools, "Expand all", "Expand every outcome and objective", () -> {
            if (model != null) {
                model.folding().expandAll();
                owner.relayout();
            }
        });
        tool(tools, "Collapse to objectives", "Collapse to outcomes and objectives", () -> {
            if (model != null) {
                model.folding().collapseObjectives();
                owner.relayout();
            }
        });
        new ToolItem(tools, SWT.SEPARATOR);
        tool(tools, "Export CSV\u2026", "Export the matrix as shown to a CSV file", () -> export(Format.CSV));
        tool(tools, "Export XLSX\u2026", "Export the matrix as shown to an Excel workbook", () -> export(Format.XLSX));
        status = new Label(bar, SWT.NONE);
    }

    public Control control() {
        return bar;
    }

    private Text filterField(String hint) {
        Text t = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        t.setMessage(hint);
        t.setToolTipText(hint);
        t.setLayoutData(new RowData(170, SWT.DEFAULT));
        t.addListener(SWT.Modify, e -> {
            Runnable r = () -> {
                if (pendingFilter != null && !bar.isDisposed()) {
                    pendingFilter = null;
                    owner.relayout();
                }
            };
            pendingFilter = r;
            bar.getDisplay().timerExec(FILTER_DELAY_MS, r);
        });
        return t;
    }

    private Button check(String text, String tip) {
        Button b = new Button(bar, SWT.CHECK);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> owner.relayout());
        return b;
    }

    private static void tool(ToolBar tools, String text, String tip, Runnable run) {
        ToolItem item = new ToolItem(tools, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
    }

    private void frameworkMenu(ToolBar tools, ToolItem item) {
        if (model == null) {
            return;
        }
        Menu menu = new Menu(tools.getShell(), SWT.POP_UP);
        for (Framework f : model.columns().frameworks()) {
            MenuItem mi = new MenuItem(menu, SWT.CHECK);
            int fi = model.columns().frameworks().indexOf(f);
            mi.setText(model.columns().frameworkLabel(fi).replace("&", "&&"));
            mi.setSelection(model.isFrameworkShown(f));
            mi.addListener(SWT.Selection, e -> owner.setFrameworkShown(f, mi.getSelection()));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem all = new MenuItem(menu, SWT.PUSH);
        all.setText("Show all");
        all.addListener(SWT.Selection, e -> {
            for (Framework f : model.columns().frameworks()) {
                model.setFrameworkShown(f, true);
            }
            owner.relayout();
        });
        var r = item.getBounds();
        var p = tools.toDisplay(r.x, r.y + r.height);
        menu.setLocation(p);
        menu.setVisible(true);
    }

    private void export(Format format) {
        if (model == null) {
            return;
        }
        FileDialog d = new FileDialog(bar.getShell(), SWT.SAVE);
        String ext = format.cliName();
        d.setFilterExtensions(new String[] {"*." + ext});
        d.setFileName("alignment-matrix." + ext);
        d.setOverwrite(true);
        String file = d.open();
        if (file == null) {
            return;
        }
        try {
            owner.export(format, Path.of(file));
        } catch (IOException | RuntimeException ex) {
            MessageDialog.openError(bar.getShell(), "Export failed", "Could not write " + file + ":\n" + ex.getMessage());
        }
    }

    /** Copies the tool bar's filters and switches into the model's view state. */
    public void applyTo(MatrixModel m) {
        m.setRowFilter(rowFilter.getText());
        m.setColumnFilter(columnFilter.getText());
        m.setGapsOnly(gapsOnly.getSelection());
        m.setShowMeasures(measures.getSelection());
    }

    public void setRowFilter(String text) {
        rowFilter.setText(text == null ? "" : text);
        pendingFilter = null;
    }

    public void setColumnFilter(String text) {
        columnFilter.setText(text == null ? "" : text);
        pendingFilter = null;
    }

    public void setGapsOnly(boolean on) {
        gapsOnly.setSelection(on);
    }

    public void setShowMeasures(boolean on) {
        measures.setSelection(on);
    }

    /** Shows the model's summary (or clears it). */
    public void update(MatrixModel m) {
        this.model = m;
        if (m == null) {
            status.setText("");
            bar.layout();
            return;
        }
        int objectives = 0;
        var tree = m.tree();
        for (var e : tree.distinctElements()) {
            if (e instanceof org.plantrace.model.CorporateObjective) {
                objectives++;
            }
        }
        var links = m.links();
        String s = objectives + " objectives \u00b7 " + links.linkCount() + " links \u00b7 "
                + links.gapObjectiveCount() + " objectives without a national priority \u00b7 "
                + links.gapColumnCount() + " national priorities uncovered \u00b7 showing " + m.rowCount() + " \u00d7 "
                + (m.gridColumnCount() - MatrixModel.FIXED_COLUMNS);
        if (s.equals(status.getText())) {
            return;
        }
        status.setText(s);
        status.setToolTipText(s);
        int width = bar.getSize().x;
        if (width > 0 && bar.computeSize(width, SWT.DEFAULT).y != bar.getSize().y) {
            bar.getParent().layout();
        } else {
            bar.layout();
        }
    }
}

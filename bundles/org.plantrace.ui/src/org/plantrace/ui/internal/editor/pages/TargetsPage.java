package org.plantrace.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.plantrace.core.text.NaturalOrder;
import org.plantrace.core.plans.Years;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Target;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.core.ids.Ids;
import org.plantrace.edit.commands.Labelled;
import org.plantrace.core.ElementText;

/**
 * The plan editor's Targets page: one row per measure, one column per year of the plan, each cell the measure's
 * target for that year. A cell is edited in place (F2, Enter or double-click; Tab moves to the next year); each edit
 * is one undoable command named after the target ("Set Target 2010/11 of Measure 3").
 */
public final class TargetsPage extends FormPage {

    public static final String ID = "org.plantrace.ui.editor.targets";

    private final PlanEditor editor;
    private TableViewer viewer;
    private List<String> years = List.of();
    private TableViewerFocusCellManager focus;
    private final CommandStackListener stackListener = e -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    public TargetsPage(PlanEditor editor) {
        super(editor, ID, "Targets");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit tk = managedForm.getToolkit();
        tk.decorateFormHeading(form.getForm());
        form.setText("Targets by year");
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
        tk.createLabel(body, "Each measure's target for each year of the plan. Edit a cell with F2, Enter or a"
                + " double-click; Tab moves to the next year; Ctrl+Z undoes.");
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData("org.plantrace.ui.table", "targets");
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        org.plantrace.ui.internal.views.KeyboardMenus.install(viewer.getTable());
        focus = new TableViewerFocusCellManager(viewer,
                new FocusCellOwnerDrawHighlighter(viewer));
        TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (e.keyCode == SWT.F2 || e.keyCode == SWT.CR);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
        refresh();
    }

    /** Rebuilds the columns when the plan's years changed, then shows the measures' targets. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Plan plan = editor.getPlan();
        List<String> now = plan == null ? List.of() : sortedYears(plan);
        if (!now.equals(years) || viewer.getTable().getColumnCount() == 0) {
            years = now;
            viewer.getTable().setRedraw(false);
            for (var c : viewer.getTable().getColumns()) {
                c.dispose();
            }
            TableViewerColumn m = new TableViewerColumn(viewer, SWT.LEFT);
            m.getColumn().setText("Measure");
            m.getColumn().setWidth(460);
            m.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object o) {
                    return ElementText.text(o);
                }
            });
            for (String y : years) {
                TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
                c.getColumn().setText(y);
                c.getColumn().setWidth(130);
                c.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object o) {
                        Target t = target((Measure) o, y);
                        return t == null || t.getValue() == null ? "" : t.getValue();
                    }
                });
                c.setEditingSupport(new YearEditing(y));
            }
            viewer.getTable().setRedraw(true);
        }
        viewer.setInput(plan == null ? List.of() : measures(plan));
    }

    private static List<String> sortedYears(Plan plan) {
        // every year of the plan's period, the years it lists (e.g. a baseline year) and any year with a target
        List<String> ys = new ArrayList<>(Years.between(plan.getPeriodStart(), plan.getPeriodEnd()));
        for (String y : plan.getYears()) {
            if (!ys.contains(y)) {
                ys.add(y);
            }
        }
        for (Measure m : measures(plan)) {
            for (Target t : m.getTargets()) {
                if (t.getYear() != null && !ys.contains(t.getYear())) {
                    ys.add(t.getYear());
                }
            }
        }
        ys.sort(NaturalOrder.INSTANCE);
        return ys;
    }

    static List<Measure> measures(Plan plan) {
        List<Measure> out = new ArrayList<>();
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Measure m) {
                out.add(m);
            }
        }
        return out;
    }

    static Target target(Measure m, String year) {
        for (Target t : m.getTargets()) {
            if (year.equals(t.getYear())) {
                return t;
            }
        }
        return null;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** Opens the in-place editor on the focused year cell (the editor's Rename, F2); false when none has focus. */
    public boolean editFocusedCell() {
        org.eclipse.jface.viewers.ViewerCell cell = focus == null ? null : focus.getFocusCell();
        if (cell == null || cell.getColumnIndex() < 1) {
            return false;
        }
        viewer.editElement(cell.getElement(), cell.getColumnIndex());
        return true;
    }

    /** The years shown as columns, in order. */
    public List<String> getYears() {
        return years;
    }

    @Override
    public void setFocus() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().setFocus();
        }
    }

    @Override
    public void dispose() {
        editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        super.dispose();
    }

    private final class YearEditing extends EditingSupport {
        private final String year;
        private final TextCellEditor cell;

        YearEditing(String year) {
            super(viewer);
            this.year = year;
            this.cell = new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object o) {
            return o instanceof Measure m && m.eResource() == editor.getResource();
        }

        @Override
        protected CellEditor getCellEditor(Object o) {
            return cell;
        }

        @Override
        protected Object getValue(Object o) {
            Target t = target((Measure) o, year);
            return t == null || t.getValue() == null ? "" : t.getValue();
        }

        @Override
        protected void setValue(Object o, Object value) {
            Measure m = (Measure) o;
            String v = value == null || value.toString().isBlank() ? null : value.toString().strip();
            Target t = target(m, year);
            EditingDomain domain = editor.getEditingDomain();
            String name = "Target " + year + " of " + ElementText.kind(m) + " " + m.getNumber();
            Command c;
            if (t != null) {
                if (Objects.equals(v, t.getValue())) {
                    return;
                }
                c = SetCommand.create(domain, t, PlantracePackage.Literals.TARGET__VALUE, v);
            } else {
                if (v == null) {
                    return;
                }
                Target fresh = PlantraceFactory.eINSTANCE.createTarget();
                fresh.setYear(year);
                fresh.setValue(v);
                Ids.assignFresh(fresh, m, Ids.taken(editor.getResource()));
                c = AddCommand.create(domain, m, PlantracePackage.Literals.MEASURE__TARGETS, fresh);
                name = "Add " + name;
            }
            domain.getCommandStack().execute(Labelled.of(c, t != null ? "Set " + name : name));
        }
    }
}

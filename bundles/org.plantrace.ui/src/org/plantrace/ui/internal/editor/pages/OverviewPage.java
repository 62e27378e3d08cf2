package org.plantrace.ui.internal.editor.pages;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.model.Alignment;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Target;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.core.ElementText;

/**
 * The plan editor's Overview page, as the plug-in manifest editor's: the plan's facts, the frameworks it lists, how
 * many elements of each kind it has, and its validation status. Read-only; it follows every change.
 */
public final class OverviewPage extends FormPage {

    public static final String ID = "org.plantrace.ui.editor.overview";

    private final PlanEditor editor;
    private final Runnable listener = this::refresh;
    private Composite facts;
    private Composite frameworks;
    private Composite counts;
    private Composite status;

    public OverviewPage(PlanEditor editor) {
        super(editor, ID, "Overview");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit tk = managedForm.getToolkit();
        tk.decorateFormHeading(form.getForm());
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.makeColumnsEqualWidth = true;
        form.getBody().setLayout(layout);
        facts = section(tk, form, "Plan", "What this file is.");
        status = section(tk, form, "Status", "Validation of the plan as edited (details in the Problems view).");
        frameworks = section(tk, form, "Frameworks", "The national and local frameworks the plan traces to.");
        counts = section(tk, form, "Contents", "How many elements of each kind.");
        editor.addModelListener(listener);
        refresh();
    }

    private static Composite section(FormToolkit tk, ScrolledForm form, String title, String description) {
        Section s = tk.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        s.setText(title);
        s.setDescription(description);
        s.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite c = tk.createComposite(s);
        TableWrapLayout l = new TableWrapLayout();
        l.numColumns = 2;
        c.setLayout(l);
        s.setClient(c);
        return c;
    }

    /** Rebuilds the sections from the model as it is. */
    public void refresh() {
        if (facts == null || facts.isDisposed()) {
            return;
        }
        IManagedForm mf = getManagedForm();
        FormToolkit tk = mf.getToolkit();
        for (Composite c : List.of(facts, frameworks, counts, status)) {
            for (Control child : c.getChildren()) {
                child.dispose();
            }
        }
        EObject root = editor.getRoot();
        if (root == null) {
            mf.getForm().setText("This file cannot be opened (see the Tree page)");
        } else if (root instanceof Plan p) {
            mf.getForm().setText(ElementText.text(p));
            fillPlan(tk, p);
        } else if (root instanceof Framework f) {
            mf.getForm().setText(ElementText.text(f));
            row(tk, facts, "Kind", String.valueOf(f.getKind()));
            row(tk, facts, "Period", f.getPeriod());
            row(tk, facts, "Publisher", f.getPublisher());
            row(tk, facts, "National", f.isNational() ? "yes" : "no");
            row(tk, counts, "Priorities", String.valueOf(count(f, PriorityItem.class)));
        }
        fillStatus(tk);
        mf.getForm().reflow(true);
    }

    private void fillPlan(FormToolkit tk, Plan p) {
        row(tk, facts, "Title", p.getTitle());
        row(tk, facts, "Owner", p.getOwner());
        row(tk, facts, "Period", join(p.getPeriodStart(), p.getPeriodEnd()));
        row(tk, facts, "Years", String.join(", ",
                p.getYears().stream().sorted(org.plantrace.core.text.NaturalOrder.INSTANCE).toList()));
        row(tk, facts, "Status", p.getStatus() == null ? "" : p.getStatus().getLiteral());
        row(tk, facts, "Version", p.getVersion());
        row(tk, facts, "File", editor.getFile() != null ? editor.getFile().getFullPath().toString()
                : editor.getResource().getURI().toFileString());
        if (p.getFrameworks().isEmpty()) {
            tk.createLabel(frameworks, "None listed: validation cannot check national alignment.");
        }
        for (Framework f : p.getFrameworks()) {
            String name = f.eIsProxy() ? "unresolved " + f : ElementText.text(f);
            tk.createLabel(frameworks, Labels.blank(f.getCode()) ? "" : f.getCode());
            Label l = tk.createLabel(frameworks, name + (f.eIsProxy() ? ""
                    : "  (" + f.getKind() + (Labels.blank(f.getPeriod()) ? "" : ", " + f.getPeriod()) + "; "
                            + count(f, PriorityItem.class) + " priorities)"), SWT.WRAP);
            l.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        }
        row(tk, counts, plural(p.getOutcomeLabel(), "Strategic outcomes"),
                String.valueOf(count(p, StrategicOutcome.class)));
        row(tk, counts, plural(p.getObjectiveLabel(), "Objectives"),
                String.valueOf(count(p, CorporateObjective.class)));
        row(tk, counts, plural(p.getActivityLabel(), "Key activities"),
                String.valueOf(count(p, KeyActivity.class)));
        row(tk, counts, "Measures", String.valueOf(count(p, Measure.class)));
        row(tk, counts, "Targets", String.valueOf(count(p, Target.class)));
        row(tk, counts, "Alignments", String.valueOf(count(p, Alignment.class)));
        row(tk, counts, "Business groups", String.valueOf(count(p, BusinessGroup.class)));
    }

    private void fillStatus(FormToolkit tk) {
        int[] bySeverity = new int[Severity.values().length];
        for (Finding f : editor.getFindings()) {
            bySeverity[f.severity().ordinal()]++;
        }
        row(tk, status, "Errors", String.valueOf(bySeverity[Severity.ERROR.ordinal()]));
        row(tk, status, "Warnings", String.valueOf(bySeverity[Severity.WARNING.ordinal()]));
        row(tk, status, "Information", String.valueOf(bySeverity[Severity.INFO.ordinal()]));
        TraceIndex ix = editor.getTraceIndex();
        if (ix != null && editor.getPlan() != null) {
            long untraced = editor.getPlan().getObjectives().stream().filter(o -> !ix.tracesToNationalPriority(o))
                    .count();
            row(tk, status, "Objectives tracing to no national priority", String.valueOf(untraced));
        }
    }

    private static void row(FormToolkit tk, Composite c, String label, String value) {
        Label l = tk.createLabel(c, label + ":");
        l.setForeground(tk.getColors().getColor(org.eclipse.ui.forms.IFormColors.TITLE));
        Label v = tk.createLabel(c, value == null ? "" : value, SWT.WRAP);
        v.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
    }

    /** "Key activity" as "Key activities", "Corporate objective" as "Corporate objectives". */
    static String plural(String label, String fallback) {
        if (label == null || label.isBlank()) {
            return fallback;
        }
        return label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s";
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (b == null ? "" : " \u2013 " + b);
    }

    private static long count(EObject root, Class<?> type) {
        long n = 0;
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (type.isInstance(it.next())) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void dispose() {
        editor.removeModelListener(listener);
        super.dispose();
    }
}

package org.plantrace.ui.team.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.core.merge.ConflictResolution;
import org.plantrace.core.merge.ConflictResolution.Choice;
import org.plantrace.core.merge.DeletedAndLinked;
import org.plantrace.core.merge.MergeConflict;

/**
 * The conflicts an update left in a plan, in the plan's words, each with our, their and the base version: choose
 * one per conflict, or edit the text. Resolving is possible once every conflict has a choice. For an element deleted
 * on one side and linked on the other, the element is shown (title, id, what links to it) and each side says what
 * it does to the element and its links.
 */
public final class ResolveConflictsDialog extends TitleAreaDialog {

    /** A decision: a version, or an edited text ({@code choice} null). */
    public record Decision(Choice choice, String text) {
        String label() {
            if (choice == null) {
                return "edited: " + text;
            }
            return switch (choice) {
            case OURS -> "ours";
            case THEIRS -> "theirs";
            case BASE -> "base";
            };
        }
    }

    public static final String TITLE = "Resolve Conflicts";

    private final String fileName;
    private final List<MergeConflict> conflicts;
    private final Resource merged;
    private final Decision[] decisions;
    private Table table;
    private Text described;
    private Text ours;
    private Text theirs;
    private Text base;
    private Text edited;
    private Button useOurs;
    private Button useTheirs;
    private Button useBase;
    private Button useEdited;
    private boolean updating;

    /**
     * @param merged the merged model as it stands (ours at each conflict), to show what a deleted-versus-linked
     *               conflict's element is and what links to it; null when not loaded
     */
    public ResolveConflictsDialog(Shell shell, String fileName, List<MergeConflict> conflicts, Resource merged) {
        super(shell);
        this.fileName = fileName;
        this.conflicts = List.copyOf(conflicts);
        this.merged = merged;
        this.decisions = new Decision[conflicts.size()];
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(TITLE);
        setTitle(conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s") + " in " + fileName);
        setMessage("Both you and another analyst changed these. Choose ours, theirs or the base version at each (or "
                + "edit the text); the plan is changed as one undoable step and saved once all are resolved.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = 160;
        td.widthHint = 820;
        table.setLayoutData(td);
        TableColumn what = new TableColumn(table, SWT.LEFT);
        what.setText("Conflict");
        what.setWidth(660);
        TableColumn choice = new TableColumn(table, SWT.LEFT);
        choice.setText("Resolution");
        choice.setWidth(140);
        for (MergeConflict m : conflicts) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { m.description(), "(choose)" });
        }
        table.addListener(SWT.Selection, e -> show());

        described = new Text(c, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL);
        GridData dd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        dd.widthHint = 820;
        dd.heightHint = 7 * described.getLineHeight() + 4; // a wrapped description and the element's four lines
        described.setLayoutData(dd);

        Group versions = new Group(c, SWT.NONE);
        versions.setText("Versions");
        versions.setLayout(new GridLayout(2, false));
        versions.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        useOurs = radio(versions, "&Ours (kept for now)");
        ours = value(versions);
        useTheirs = radio(versions, "&Theirs");
        theirs = value(versions);
        useBase = radio(versions, "&Base");
        base = value(versions);
        useEdited = radio(versions, "&Edited");
        edited = new Text(versions, SWT.BORDER);
        edited.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        edited.addModifyListener(e -> {
            if (!updating && useEdited.getSelection()) {
                decide();
            }
        });
        table.setSelection(0);
        show();
        table.setFocus();
        return area;
    }

    private Button radio(Composite parent, String label) {
        Button b = new Button(parent, SWT.RADIO);
        b.setText(label);
        b.addListener(SWT.Selection, e -> {
            if (!updating && b.getSelection()) {
                decide();
            }
        });
        return b;
    }

    private static Text value(Composite parent) {
        Text t = new Text(parent, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 600;
        d.heightHint = 2 * t.getLineHeight() + 4;
        t.setLayoutData(d);
        return t;
    }

    /** Shows the versions of the selected conflict and the choices it offers. */
    private void show() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            return;
        }
        updating = true;
        try {
            MergeConflict m = conflicts.get(i);
            DeletedAndLinked.Element e = DeletedAndLinked.is(m) ? DeletedAndLinked.element(merged, conflicts, m) : null;
            described.setText(e == null ? m.description() : m.description() + "\n" + describe(e));
            ours.setText(e == null ? m.ours() : DeletedAndLinked.consequence(m, Choice.OURS, e));
            theirs.setText(e == null ? m.theirs()
                    : ConflictResolution.offers(m, Choice.THEIRS) ? DeletedAndLinked.consequence(m, Choice.THEIRS, e)
                            : "(cannot be put back: the update did not keep their copy of it)");
            base.setText(e == null ? m.base() : DeletedAndLinked.base(m, e));
            useTheirs.setEnabled(ConflictResolution.offers(m, Choice.THEIRS));
            useBase.setEnabled(ConflictResolution.offers(m, Choice.BASE));
            boolean editable = ConflictResolution.editable(m);
            useEdited.setEnabled(editable);
            edited.setEnabled(editable);
            Decision d = decisions[i];
            edited.setText(d != null && d.choice() == null ? d.text() : editable ? m.ours() : "");
            useOurs.setSelection(d != null && d.choice() == Choice.OURS);
            useTheirs.setSelection(d != null && d.choice() == Choice.THEIRS);
            useBase.setSelection(d != null && d.choice() == Choice.BASE);
            useEdited.setSelection(d != null && d.choice() == null);
        } finally {
            updating = false;
        }
    }

    /** The element of a deleted-versus-linked conflict: what it is, who deleted it, what links to it. */
    static String describe(DeletedAndLinked.Element e) {
        StringBuilder b = new StringBuilder("The element: ").append(e.words()).append("  (id ").append(e.id()).append(')');
        if (!e.title().isEmpty()) {
            b.append("\nTitle: ").append(e.title());
        }
        b.append("\nDeleted by: ").append(e.deletedBy().equals("ours") ? "you (ours)" : "the other analyst (theirs)");
        b.append("\nLinked from: ").append(e.linkedFrom().isEmpty() ? "nothing" : String.join("; ", e.linkedFrom()));
        b.append(e.deletedBy().equals("ours") ? " (theirs)" : "");
        return b.toString();
    }

    private void decide() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            return;
        }
        Decision d = useOurs.getSelection() ? new Decision(Choice.OURS, null)
                : useTheirs.getSelection() ? new Decision(Choice.THEIRS, null)
                        : useBase.getSelection() ? new Decision(Choice.BASE, null)
                                : new Decision(null, edited.getText());
        decisions[i] = d;
        table.getItem(i).setText(1, d.label());
        validate();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Resolve and Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        int open = 0;
        for (Decision d : decisions) {
            if (d == null) {
                open++;
            }
        }
        if (ok != null) {
            ok.setEnabled(open == 0);
        }
        if (open > 0 && table != null) {
            setErrorMessage(null);
            setMessage(open + " of " + conflicts.size() + " still to resolve.");
        } else if (table != null) {
            setMessage("All resolved: Resolve and Save changes the plan as one undoable step and saves it.");
        }
    }

    /** The decisions, in the order of the conflicts (all set once the dialog returned OK). */
    public List<Decision> decisions() {
        return new ArrayList<>(List.of(decisions));
    }

    public List<MergeConflict> conflicts() {
        return conflicts;
    }
}

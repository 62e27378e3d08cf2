package org.plantrace.ui.team.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.plantrace.core.merge.ModelDiff;
import org.plantrace.core.merge.ModelDiff.Difference;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;

/**
 * Side-by-side structure compare of two versions of a plan: an explicit left (earlier) and right (later) that can be
 * swapped, the differences grouped by element with each side's value next to the other, double-click to reveal the
 * element in the plan editor, and each difference copied from one side to the other (onto a side that is a file, in
 * its editor, as an undoable command).
 */
public final class StructureCompareDialog extends Dialog {

    /** One side: what it is called, its model, and its file when it can be edited (null for a past version). */
    public record Side(String label, Resource resource, IFile file) {
    }

    /** A group of differences of one element. */
    public record Group(String elementId, String element, List<Difference> differences) {
    }

    public static final String TITLE = "Compare Plans";

    private final IWorkbenchPage page;
    private Side left;
    private Side right;
    private TreeViewer viewer;
    private Label leftLabel;
    private Label rightLabel;
    private Label summary;
    private Button toRight;
    private Button toLeft;
    private List<Group> groups = List.of();

    public StructureCompareDialog(Shell shell, IWorkbenchPage page, Side earlier, Side later) {
        super(shell);
        this.page = page;
        this.left = earlier;
        this.right = later;
        setShellStyle(SWT.SHELL_TRIM | SWT.APPLICATION_MODAL);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
        shell.setSize(1100, 700);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        c.setLayout(new GridLayout(3, false));
        leftLabel = new Label(c, SWT.NONE);
        leftLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button swap = new Button(c, SWT.PUSH);
        swap.setText("&Swap \u21c4");
        swap.setToolTipText("Swap left and right (which one is earlier)");
        swap.addListener(SWT.Selection, e -> swap());
        rightLabel = new Label(c, SWT.NONE);
        rightLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        viewer = new TreeViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        column("Element / difference", 380, o -> o instanceof Group g ? g.element()
                : ((Difference) o).what());
        column("Left", 330, o -> o instanceof Group g ? count(g) : ((Difference) o).left());
        column("Right", 330, o -> o instanceof Group ? "" : ((Difference) o).right());
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return groups.toArray();
            }

            @Override
            public Object[] getChildren(Object o) {
                return o instanceof Group g ? g.differences().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object o) {
                return null;
            }

            @Override
            public boolean hasChildren(Object o) {
                return o instanceof Group;
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer); // full texts, never cut off
        viewer.addDoubleClickListener(e -> reveal());
        viewer.addSelectionChangedListener(e -> enableCopy());
        summary = new Label(c, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        recompute();
        return c;
    }

    private static String count(Group g) {
        return g.differences().size() + " difference" + (g.differences().size() == 1 ? "" : "s");
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn col = new TreeViewerColumn(viewer, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply(element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        toRight = createButton(parent, IDialogConstants.CLIENT_ID + 1, "Copy Left to &Right \u2192", false);
        toLeft = createButton(parent, IDialogConstants.CLIENT_ID + 2, "\u2190 Copy Right to &Left", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
        enableCopy();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLIENT_ID + 1) {
            copySelected(true);
        } else if (id == IDialogConstants.CLIENT_ID + 2) {
            copySelected(false);
        } else if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    /** Swaps left and right. */
    public void swap() {
        Side s = left;
        left = right;
        right = s;
        recompute();
    }

    private void recompute() {
        Map<String, Group> byElement = new LinkedHashMap<>();
        for (Difference d : ModelDiff.compare(left.resource(), right.resource())) {
            byElement.computeIfAbsent(d.elementId(), k -> new Group(k, d.element(), new ArrayList<>())).differences().add(d);
        }
        groups = List.copyOf(byElement.values());
        leftLabel.setText("Left: " + left.label());
        rightLabel.setText("Right: " + right.label());
        int n = groups.stream().mapToInt(g -> g.differences().size()).sum();
        summary.setText(n == 0 ? "No differences." : n + " difference(s) in " + groups.size() + " element(s)."
                + " Double-click to show the element in the editor.");
        viewer.setInput(groups);
        viewer.expandAll();
        leftLabel.getParent().layout();
        enableCopy();
    }

    private Difference selectedDifference() {
        Object o = viewer.getStructuredSelection().getFirstElement();
        return o instanceof Difference d ? d : null;
    }

    private void enableCopy() {
        if (toRight == null) {
            return;
        }
        Difference d = selectedDifference();
        toRight.setEnabled(d != null && right.file() != null && ModelDiff.canCopy(d, true));
        toLeft.setEnabled(d != null && left.file() != null && ModelDiff.canCopy(d, false));
    }

    /** Copies the selected difference onto one side, in that file's editor, as an undoable command. */
    public boolean copySelected(boolean ontoRight) {
        Difference d = selectedDifference();
        Side target = ontoRight ? right : left;
        if (d == null || target.file() == null) {
            return false;
        }
        PlanEditor editor = editor(target.file());
        if (editor == null) {
            return false;
        }
        Resource r = editor.getResource();
        boolean[] done = new boolean[1];
        editor.getEditingDomain().getCommandStack().execute(new ChangeCommand(r) {
            @Override
            protected void doExecute() {
                done[0] = ModelDiff.copy(d, (ontoRight ? left : right).resource(), r, ontoRight);
            }
        });
        Side updated = new Side(target.label() + " (edited, not saved)", r, target.file());
        if (ontoRight) {
            right = updated;
        } else {
            left = updated;
        }
        recompute();
        getShell().forceActive();
        return done[0];
    }

    private PlanEditor editor(IFile file) {
        try {
            return IDE.openEditor(page, file, PlantraceUi.PLAN_EDITOR_ID, false) instanceof PlanEditor e ? e : null;
        } catch (PartInitException e) {
            PlantraceUi.log(e.getStatus());
            return null;
        }
    }

    /** Shows the selected element in the editor of the right side's file (else the left's). */
    private void reveal() {
        Object o = viewer.getStructuredSelection().getFirstElement();
        String id = o instanceof Group g ? g.elementId() : o instanceof Difference d ? d.elementId() : null;
        IFile f = right.file() != null ? right.file() : left.file();
        if (id == null || f == null) {
            return;
        }
        PlanEditor editor = editor(f);
        if (editor != null) {
            EObject e = editor.element(id);
            if (e != null) {
                editor.reveal(new StructuredSelection(e));
                page.activate(editor);
            }
        }
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    public List<Group> groups() {
        return groups;
    }

    public Side left() {
        return left;
    }

    public Side right() {
        return right;
    }
}

package org.plantrace.ui.team.internal;

import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Eclipse's local history of a plan file: the versions each save replaced (newest first, with when and how large),
 * compared one at a time with the plan as it is now in the side-by-side structure compare, or taken back into the
 * plan editor as one undoable command (after confirmation).
 */
public final class LocalHistoryDialog extends Dialog {

    public static final String TITLE = "Local History";

    /** What the dialog was opened for: Compare With or Replace With (which button is the default). */
    public enum Purpose {
        COMPARE, REPLACE
    }

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private static final int COMPARE_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int REPLACE_ID = IDialogConstants.CLIENT_ID + 2;

    private final IWorkbenchPage page;
    private final IFile file;
    private final Purpose purpose;
    private final Map<IFileState, Integer> sizes = new HashMap<>();
    private List<IFileState> states = List.of();
    private TableViewer viewer;
    private Label summary;
    private StructureCompareDialog compare;

    public LocalHistoryDialog(Shell shell, IWorkbenchPage page, IFile file, Purpose purpose) {
        super(shell);
        this.page = page;
        this.file = file;
        this.purpose = purpose;
        setShellStyle(SWT.SHELL_TRIM | SWT.APPLICATION_MODAL);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText((purpose == Purpose.REPLACE ? "Replace with " : "Compare with ") + TITLE + ": " + file.getName());
        shell.setSize(560, 460);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        Label intro = new Label(c, SWT.WRAP);
        intro.setText("Versions of " + file.getFullPath().makeRelative() + " kept by each save, newest first:");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column("Saved", 220, s -> when(s));
        column("Size", 200, s -> size(s));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> {
            if (purpose == Purpose.REPLACE) {
                replaceSelected();
            } else {
                compareSelected();
            }
        });
        viewer.addSelectionChangedListener(e -> enableButtons());
        summary = new Label(c, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        refresh();
        return c;
    }

    private void column(String title, int width, java.util.function.Function<IFileState, String> text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((IFileState) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COMPARE_ID, "&Compare with Current", purpose == Purpose.COMPARE);
        createButton(parent, REPLACE_ID, "&Replace Current...", purpose == Purpose.REPLACE);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
        enableButtons();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == COMPARE_ID) {
            compareSelected();
        } else if (id == REPLACE_ID) {
            replaceSelected();
        } else if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    /** Reads the file's local history again (after a save, say) and selects the newest version. */
    public void refresh() {
        try {
            states = List.of(file.getHistory(null));
        } catch (CoreException e) {
            states = List.of();
        }
        viewer.setInput(states);
        if (!states.isEmpty()) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(states.get(0)));
        }
        summary.setText(states.isEmpty() ? "No earlier versions yet: each save of the plan keeps the version it replaces."
                : states.size() + " earlier version" + (states.size() == 1 ? "" : "s")
                        + ". Compare one with the plan as it is now, or take it back into the editor (undoable).");
        summary.getParent().layout();
        enableButtons();
    }

    private void enableButtons() {
        boolean one = selected() != null;
        for (int id : new int[] { COMPARE_ID, REPLACE_ID }) {
            Button b = getButton(id);
            if (b != null) {
                b.setEnabled(one);
            }
        }
    }

    private IFileState selected() {
        return viewer == null ? null : (IFileState) viewer.getStructuredSelection().getFirstElement();
    }

    /** When the version was replaced by a save, as the table shows it. */
    public static String when(IFileState s) {
        return WHEN.format(Instant.ofEpochMilli(s.getModificationTime()));
    }

    private String size(IFileState s) {
        int n = sizes.computeIfAbsent(s, LocalHistoryDialog::byteCount);
        return n < 0 ? "(unreadable)" : NumberFormat.getIntegerInstance().format((n + 1023) / 1024) + " KB ("
                + NumberFormat.getIntegerInstance().format(n) + " bytes)";
    }

    static byte[] contents(IFileState s) throws CoreException, IOException {
        try (InputStream in = s.getContents()) {
            return in.readAllBytes();
        }
    }

    private static int byteCount(IFileState s) {
        try {
            return contents(s).length;
        } catch (CoreException | IOException e) {
            return -1;
        }
    }

    /** Opens the structure compare of the selected version (left) with the plan as it is now (right). */
    public StructureCompareDialog compareSelected() {
        IFileState s = selected();
        if (s == null) {
            return null;
        }
        compare = VersionCompare.open(getShell(), page, file, s);
        return compare;
    }

    /** Asks, then takes the selected version back into the plan editor as one undoable command. */
    public boolean replaceSelected() {
        IFileState s = selected();
        if (s == null || !MessageDialog.openConfirm(getShell(), "Replace with " + TITLE,
                "Replace " + file.getName() + " in the editor with the version saved at " + when(s) + "?\n\n"
                        + "This is one change: Edit > Undo takes it back. Save to write it to the file.")) {
            return false;
        }
        return replace(s);
    }

    /** Takes {@code state} back into the plan editor (opened if need be) without asking; closes the dialog. */
    public boolean replace(IFileState state) {
        if (VersionCompare.replace(getShell(), page, file, state, "Replace with Version Saved " + when(state))) {
            close();
            return true;
        }
        return false;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    public List<IFileState> states() {
        return states;
    }

    /** The last structure compare opened from this dialog, or null. */
    public StructureCompareDialog lastCompare() {
        return compare;
    }
}

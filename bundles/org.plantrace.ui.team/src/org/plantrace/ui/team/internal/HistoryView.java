package org.plantrace.ui.team.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.plantrace.team.HistoryEntry;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;

/**
 * The commits that changed a plan or framework file, newest first: date, author and the reason (commit message).
 * Select two and Compare (or one: compared with the file as it is now): earlier on the left, later on the right;
 * or Changes Document: "Changes to the Plan" between them (or one and the latest commit) with each change's reason.
 */
public final class HistoryView extends ViewPart {

    public static final String ID = "org.plantrace.ui.team.HistoryView";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private TableViewer viewer;
    private IFile file;
    private List<HistoryEntry> entries = List.of();
    private Action compare;
    private Action changes;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Date", 130, e -> WHEN.format(e.when()));
        column("Author", 150, HistoryEntry::author);
        column("Reason", 520, HistoryEntry::summary);
        column("Commit", 90, HistoryEntry::shortId);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        compare = new Action("&Compare") {
            @Override
            public void run() {
                compareSelected();
            }
        };
        compare.setToolTipText("Compare two selected versions (earlier left, later right), or one with the file as it is now");
        changes = new Action("Changes &Document...") {
            @Override
            public void run() {
                List<HistoryEntry> sel = selected();
                if (file != null && (sel.size() == 1 || sel.size() == 2)) {
                    ChangesExport.ask(getSite().getShell(), file, sel.get(sel.size() - 1),
                            sel.size() == 2 ? sel.get(0) : null);
                }
            }
        };
        changes.setToolTipText("'Changes to the Plan' between two selected versions (or one and the latest), each "
                + "change with the reason from its commit, as a Word, HTML, PDF, CSV or Excel document");
        viewer.addSelectionChangedListener(e -> {
            compare.setEnabled(selected().size() == 1 || selected().size() == 2);
            changes.setEnabled(selected().size() == 2 || selected().size() == 1 && selected().get(0) != entries.get(0));
        });
        viewer.addDoubleClickListener(e -> compareSelected());
        compare.setEnabled(false);
        changes.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(compare);
        getViewSite().getActionBars().getToolBarManager().add(changes);
        MenuManager mm = new MenuManager();
        mm.add(compare);
        mm.add(changes);
        viewer.getControl().setMenu(mm.createContextMenu(viewer.getControl()));
        getSite().setSelectionProvider(viewer);
    }

    private void column(String title, int width, java.util.function.Function<HistoryEntry, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((HistoryEntry) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((HistoryEntry) element).message();
            }
        });
    }

    /** Shows the history of {@code f}. */
    public void show(IFile f) {
        this.file = f;
        Path path = f.getLocation().toFile().toPath();
        try (PlanRepository repo = PlanRepository.open(path)) {
            entries = repo.history(path);
        } catch (TeamException e) {
            entries = List.of();
            MessageDialog.openError(getSite().getShell(), "History", e.getMessage());
        }
        setContentDescription(f.getFullPath().makeRelative() + ": " + entries.size() + " commit(s)");
        setPartName("History: " + f.getName());
        viewer.setInput(entries);
    }

    public List<HistoryEntry> entries() {
        return entries;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    private List<HistoryEntry> selected() {
        List<HistoryEntry> out = new ArrayList<>();
        for (Object o : viewer.getStructuredSelection()) {
            out.add((HistoryEntry) o);
        }
        out.sort(java.util.Comparator.comparingInt(entries::indexOf)); // newest first, whatever the selection order
        return out;
    }

    /** Compares the selection: two commits (earlier left), or one commit with the file as it is now. */
    public StructureCompareDialog compareSelected() {
        List<HistoryEntry> sel = selected();
        if (file == null || sel.isEmpty() || sel.size() > 2) {
            return null;
        }
        HistoryEntry a = sel.get(sel.size() - 1); // the list is newest first: the last selected is the earlier
        HistoryEntry b = sel.size() == 2 ? sel.get(0) : null;
        return VersionCompare.open(getSite().getShell(), getSite().getPage(), file, a, b);
    }

    /**
     * Writes "Changes to the Plan" between the two selected commits (or the selected one and the latest) into
     * {@code target} (format by extension), without asking; the files written.
     */
    public List<Path> writeChangesDocument(Path target) throws Exception {
        List<HistoryEntry> sel = selected();
        if (file == null || sel.isEmpty() || sel.size() > 2) {
            return List.of();
        }
        return ChangesExport.write(file, sel.get(sel.size() - 1), sel.size() == 2 ? sel.get(0) : null, target);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

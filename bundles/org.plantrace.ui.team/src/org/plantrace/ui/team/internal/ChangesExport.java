package org.plantrace.ui.team.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.OutputFiles;
import org.plantrace.docgen.changes.ChangesDocument;
import org.plantrace.team.FileChanges;
import org.plantrace.team.HistoryChanges;
import org.plantrace.team.HistoryEntry;
import org.plantrace.team.PlanRepository;

/**
 * Changes Document...: "Changes to the Plan" written as DOCX, HTML, PDF, CSV or XLSX (the format chosen by the file
 * name), either between two commits of a file (History view; each change with the message of the commit that made
 * it) or between two plan files (Plans view; each change with the later file's change note).
 */
public final class ChangesExport {

    static final String TITLE = "Changes Document";
    private static final String[] EXTENSIONS = { "*.docx", "*.html", "*.pdf", "*.csv", "*.xlsx" };
    private static final String[] NAMES = { "Word document (*.docx)", "Web page (*.html)", "PDF (*.pdf)",
            "CSV table (*.csv)", "Excel workbook (*.xlsx)" };

    private ChangesExport() {
    }

    /** What writes the document into the file chosen. */
    @FunctionalInterface
    interface Writing {
        List<Path> write(Path target) throws Exception;
    }

    /** History: asks where to write the changes between two commits, then writes them with progress. */
    public static List<Path> ask(Shell shell, IFile file, HistoryEntry earlier, HistoryEntry later) {
        return ask(shell, TITLE + ": changes from " + earlier.shortId() + " to " + (later == null ? "the latest commit"
                : later.shortId()), file, to -> write(file, earlier, later, to));
    }

    /** Two files: asks where to write the changes from {@code earlier} to {@code later}, then writes them. */
    public static List<Path> ask(Shell shell, IFile earlier, IFile later) {
        return ask(shell, TITLE + ": changes from " + earlier.getName() + " to " + later.getName(), later,
                to -> write(earlier, later, to));
    }

    /** Asks where to write the document (beside {@code near}), then writes it with progress; null when cancelled. */
    private static List<Path> ask(Shell shell, String title, IFile near, Writing writing) {
        FileDialog fd = new FileDialog(shell, SWT.SAVE);
        fd.setText(title);
        fd.setFilterExtensions(EXTENSIONS);
        fd.setFilterNames(NAMES);
        fd.setFilterPath(near.getLocation().toFile().getParent());
        fd.setFileName("changes-to-the-plan.docx");
        fd.setOverwrite(true);
        String chosen = fd.open();
        if (chosen == null) {
            return null;
        }
        Path target = Path.of(chosen);
        if (format(target) == null) {
            target = Path.of(chosen + EXTENSIONS[Math.max(0, fd.getFilterIndex())].substring(1));
        }
        List<Path> written = new ArrayList<>();
        Path to = target;
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                monitor.beginTask("Comparing the versions and writing " + to.getFileName(), IProgressMonitor.UNKNOWN);
                try {
                    written.addAll(writing.write(to));
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, TITLE, String.valueOf(e.getCause().getMessage()));
            return null;
        } catch (InterruptedException e) {
            return null;
        }
        MessageDialog.openInformation(shell, TITLE, "Wrote " + String.join(", ", written.stream()
                .map(Path::toString).toList()));
        return written;
    }

    /**
     * Writes "Changes to the Plan" from the file {@code earlier} to the file {@code later} (each change with the
     * change note the later file gives its element) into {@code target}, in the format its extension names.
     *
     * @return the files written (one, or one per table for CSV)
     */
    public static List<Path> write(IFile earlier, IFile later, Path target) throws Exception {
        Format f = checkedFormat(target);
        FileChanges.Result r = FileChanges.between(earlier.getLocation().toFile().toPath(),
                later.getLocation().toFile().toPath());
        AppendixDocument doc = ChangesDocument.build(r.report().title(), earlier.getProjectRelativePath().toString(),
                later.getProjectRelativePath().toString(), "change notes", r.report().changes(), Instant.now());
        return write(doc, f, target);
    }

    /**
     * Writes "Changes to the Plan" of {@code file} from {@code earlier} to {@code later} (null: the latest commit)
     * into {@code target}, in the format its extension names.
     *
     * @return the files written (one, or one per table for CSV)
     */
    public static List<Path> write(IFile file, HistoryEntry earlier, HistoryEntry later, Path target)
            throws Exception {
        Format f = checkedFormat(target);
        Path path = file.getLocation().toFile().toPath();
        HistoryChanges.Result r;
        try (PlanRepository repo = PlanRepository.open(path)) {
            r = HistoryChanges.between(repo, path, earlier.id(), later == null ? null : later.id());
        }
        AppendixDocument doc = ChangesDocument.build(r.report().title(), "commit " + r.from(), "commit " + r.to(),
                "the messages of " + r.commits() + " commit(s)", r.report().changes(), Instant.now());
        return write(doc, f, target);
    }

    private static List<Path> write(AppendixDocument doc, Format f, Path target) throws Exception {
        String name = target.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        Path dir = target.toAbsolutePath().getParent();
        return OutputFiles.write(dir, f.writer().write(doc, base));
    }

    private static Format checkedFormat(Path target) {
        Format f = format(target);
        if (f == null) {
            throw new IllegalArgumentException(target.getFileName() + ": give a .docx, .html, .pdf, .csv or .xlsx name");
        }
        return f;
    }

    private static Format format(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : Format.parse(name.substring(dot + 1).toLowerCase(Locale.ROOT)).orElse(null);
    }
}

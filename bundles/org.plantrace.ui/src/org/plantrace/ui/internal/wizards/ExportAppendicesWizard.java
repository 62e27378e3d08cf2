package org.plantrace.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.docgen.Appendix;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixExport;
import org.plantrace.docgen.Format;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.PlantraceUi;

/**
 * File &gt; Export &gt; Plan Appendices: the plan's alignment appendices (B-I and the traceability summary)
 * as DOCX, HTML, PDF, CSV and XLSX, from the plan file as saved, with progress and cancel. Nothing is
 * written until every document is rendered, so cancelling leaves the output folder as it was.
 */
public class ExportAppendicesWizard extends Wizard implements IExportWizard {

    public static final String ID = "org.plantrace.ui.wizards.exportAppendices";

    private IStructuredSelection selection;
    private Page page;
    /** What the last export wrote (for tests and the summary dialog). */
    private List<Path> written = List.of();

    public ExportAppendicesWizard() {
        setWindowTitle("Export Plan Appendices");
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(PlantraceUi.imageDescriptor("icons/wizban/export.png"));
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection sel) {
        this.selection = sel;
    }

    @Override
    public void addPages() {
        IFile initial = null;
        if (selection != null) {
            for (Object o : selection) {
                IResource r = Adapters.adapt(o, IResource.class);
                if (r instanceof IFile f && "plan".equals(f.getFileExtension())) {
                    initial = f;
                }
            }
        }
        page = new Page(initial);
        addPage(page);
    }

    public List<Path> written() {
        return written;
    }

    /** The export's inputs as chosen on the page. */
    public record Request(Path plan, Path folder, String baseName, Set<Appendix> appendices, List<Format> formats,
            List<Path> extraFrameworks, boolean publication) {

        /** A working export (summary and findings in the document). */
        public Request(Path plan, Path folder, String baseName, Set<Appendix> appendices, List<Format> formats,
                List<Path> extraFrameworks) {
            this(plan, folder, baseName, appendices, formats, extraFrameworks, false);
        }
    }

    @Override
    public boolean performFinish() {
        Request req = page.request();
        if (req == null) {
            return false;
        }
        List<Path> out = new ArrayList<>();
        java.util.Map<Format, String> failed = new java.util.LinkedHashMap<>();
        long[] errors = { 0 };
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    errors[0] = export(req, monitor, out, failed);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InterruptedException e) {
            page.setErrorMessage("Cancelled: nothing was written.");
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            PlantraceUi.log("Export failed", cause);
            page.setErrorMessage("Export failed: " + cause.getMessage());
            return false;
        }
        written = List.copyOf(out);
        refresh(req.folder());
        String message = "Wrote " + out.size() + " file(s) to " + req.folder()
                + (errors[0] > 0 ? "\n\nThe plan has " + errors[0] + " error(s): the documents are marked DRAFT "
                        + "and list them first (see the Problems view)." : "");
        if (failed.isEmpty()) {
            MessageDialog.openInformation(getShell(), "Export Plan Appendices", message);
        } else {
            StringBuilder b = new StringBuilder(message).append("\n\nThese formats failed and were not written:");
            failed.forEach((f, why) -> b.append("\n  ").append(f.cliName().toUpperCase()).append(": ").append(why));
            PlantraceUi.log(org.eclipse.core.runtime.Status.error("Export: " + failed));
            MessageDialog.openError(getShell(), "Export Plan Appendices", b.toString());
        }
        return true;
    }

    /**
     * Loads, validates, builds and renders, then writes all files. Cancelling before the writing leaves the
     * folder untouched.
     *
     * @return the number of validation errors in the plan (documents are then marked DRAFT)
     */
    public static long export(Request req, IProgressMonitor monitor, List<Path> written) throws Exception {
        java.util.Map<Format, String> failed = new java.util.LinkedHashMap<>();
        long errors = export(req, monitor, written, failed);
        if (!failed.isEmpty()) {
            throw new java.io.IOException("formats failed (the others were written): " + failed);
        }
        return errors;
    }

    /**
     * As {@link #export(Request, IProgressMonitor, List)}, each format rendered on its own: those that fail go into
     * {@code failed} (format and why) and the others are written.
     */
    public static long export(Request req, IProgressMonitor monitor, List<Path> written,
            java.util.Map<Format, String> failed) throws Exception {
        SubMonitor sub = SubMonitor.convert(monitor, "Exporting appendices of " + req.plan().getFileName(),
                4 + 3 * req.formats().size());
        ClassLoader old = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(AppendixBuilder.class.getClassLoader());
        try {
            // the one pipeline the command line uses too; each step is a sub-task, and a cancel stops before writing
            AppendixExport.Steps steps = what -> {
                check(sub);
                sub.subTask(what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1));
                sub.worked(what.startsWith("rendering") ? 3 : 1);
            };
            AppendixExport.Prepared prepared = AppendixExport.prepare(
                    new AppendixExport.Request(req.plan(), req.extraFrameworks(), req.appendices(), req.publication(),
                            req.formats()),
                    steps);
            AppendixExport.Written done = AppendixExport.write(prepared, req.formats(), req.baseName(), req.folder(), 1,
                    steps);
            written.addAll(done.files());
            done.failed().forEach(failed::putIfAbsent);
            return prepared.errors();
        } finally {
            Thread.currentThread().setContextClassLoader(old);
            sub.done();
        }
    }

    private static void check(SubMonitor m) {
        if (m.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static void refresh(Path folder) {
        for (IContainer c : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri())) {
            try {
                c.refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
    }

    private static final class Page extends WizardPage {
        private final IFile initial;
        private final List<IFile> plans = ModelFiles.workspaceFiles("plan");
        private Combo plan;
        private Text folder;
        private Text base;
        private final Map<Appendix, Button> appendixButtons = new java.util.EnumMap<>(Appendix.class);
        private final Map<Format, Button> formatButtons = new java.util.EnumMap<>(Format.class);
        private Button publication;
        private Button extras;

        Page(IFile initial) {
            super("appendices");
            this.initial = initial;
            setTitle("Plan Appendices");
            setDescription("Generate the alignment appendices from the plan as saved. A plan with errors "
                    + "gives documents marked DRAFT.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
            new Label(c, SWT.NONE).setText("&Plan:");
            plan = new Combo(c, SWT.READ_ONLY);
            for (IFile f : plans) {
                plan.add(f.getFullPath().toString());
            }
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(plan);
            new Label(c, SWT.NONE).setText("&Folder:");
            folder = new Text(c, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog d = new DirectoryDialog(getShell());
                d.setFilterPath(folder.getText());
                String s = d.open();
                if (s != null) {
                    folder.setText(s);
                }
            });
            new Label(c, SWT.NONE).setText("File &name:");
            base = new Text(c, SWT.BORDER);
            base.setText("appendices");
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(base);

            Group ag = new Group(c, SWT.NONE);
            ag.setText("Appendices");
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(ag);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(ag);
            for (Appendix a : Appendix.values()) {
                Button b = new Button(ag, SWT.CHECK);
                b.setText(label(a));
                b.setSelection(true);
                appendixButtons.put(a, b);
            }
            Group fg = new Group(c, SWT.NONE);
            fg.setText("Formats");
            GridLayoutFactory.swtDefaults().numColumns(5).applyTo(fg);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(fg);
            for (Format f : Format.values()) {
                Button b = new Button(fg, SWT.CHECK);
                b.setText(f.cliName().toUpperCase());
                b.setSelection(true);
                formatButtons.put(f, b);
            }
            extras = new Button(c, SWT.CHECK);
            extras.setText("Also print the &local frameworks kept beside the plan (health indicators, LAAs)");
            extras.setSelection(true);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(extras);
            publication = new Button(c, SWT.CHECK);
            publication.setText("For &publication: summary and findings go to a separate review document (NAME-review)");
            publication.setSelection(false);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(publication);

            plan.addListener(SWT.Selection, e -> planChanged());
            int i = initial == null ? 0 : Math.max(0, plans.indexOf(initial));
            if (!plans.isEmpty()) {
                plan.select(i);
                planChanged();
            }
            setPageComplete(!plans.isEmpty());
            if (plans.isEmpty()) {
                setErrorMessage("There is no plan in the workspace.");
            }
            setControl(c);
        }

        private static String label(Appendix a) {
            return switch (a.key()) {
                case "A" -> "A Policing Pledge";
                case "B" -> "B Protective services";
                case "C" -> "C Public concerns";
                case "D" -> "D NIs and APACS";
                case "E" -> "E PSAs and SPPs";
                case "F" -> "F Mayor's priorities";
                case "G" -> "G Health indicators";
                case "H" -> "H Local area agreements";
                case "I" -> "I APACS outcomes";
                case "J" -> "J Inspections";
                case "summary" -> "Traceability summary";
                default -> a.key().length() <= 2 ? "Appendix " + a.key() : a.key().substring(0, 1).toUpperCase() + a.key().substring(1);
            };
        }

        private void planChanged() {
            IFile f = selected();
            if (f != null && f.getLocation() != null) {
                folder.setText(f.getLocation().toPath().getParent().resolve("appendices").toString());
            }
        }

        private IFile selected() {
            int i = plan.getSelectionIndex();
            return i < 0 ? null : plans.get(i);
        }

        Request request() {
            IFile f = selected();
            if (f == null || f.getLocation() == null) {
                setErrorMessage("Choose a plan.");
                return null;
            }
            Set<Appendix> as = EnumSet.noneOf(Appendix.class);
            appendixButtons.forEach((a, b) -> {
                if (b.getSelection()) {
                    as.add(a);
                }
            });
            List<Format> fs = new ArrayList<>();
            formatButtons.forEach((k, b) -> {
                if (b.getSelection()) {
                    fs.add(k);
                }
            });
            if (as.isEmpty() || fs.isEmpty()) {
                setErrorMessage("Choose at least one appendix and one format.");
                return null;
            }
            String name = base.getText().strip();
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                setErrorMessage("The file name may hold letters, digits, '.', '_' and '-' only.");
                return null;
            }
            Path planPath = f.getLocation().toPath();
            return new Request(planPath, Path.of(folder.getText().strip()), name, as, fs,
                    extras.getSelection() ? localFrameworks(planPath) : List.of(), publication.getSelection());
        }
    }

    /** The framework files in the plan's folder that the plan does not list or link to. */
    public static List<Path> localFrameworks(Path planPath) {
        List<Path> out = new ArrayList<>();
        try (var files = Files.newDirectoryStream(planPath.getParent(), "*.framework")) {
            Plan p = ModelStore.loadPlan(planPath);
            TraceIndex ix = TraceIndex.of(p);
            Set<String> known = new java.util.HashSet<>();
            for (Framework fw : ix.frameworks()) {
                if (fw.eResource() != null && fw.eResource().getURI().isFile()) {
                    known.add(Path.of(fw.eResource().getURI().toFileString()).toAbsolutePath().normalize().toString());
                }
            }
            for (Path f : files) {
                if (!known.contains(f.toAbsolutePath().normalize().toString())) {
                    out.add(f);
                }
            }
        } catch (Exception e) {
            PlantraceUi.log("Could not list the local frameworks of " + planPath, e);
        }
        out.sort(null);
        return out;
    }
}

package org.plantrace.ui.internal.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.plantrace.ui.PlantraceUi;

/**
 * The sample plan as a workspace project: Policing London Business Plan 2009-12 with the national
 * frameworks it traces to, copied from the repository's {@code examples} folder (system property
 * {@code plantrace.examples}, set by ./plantrace) so that edits never touch the originals. The folder
 * layout is kept, so the plan's relative references ({@code ../frameworks/psa-2008-11.framework}) resolve.
 */
public final class SampleProject {

    public static final String PROJECT = "Policing London 2009-12";
    public static final String PLAN = "policing-london-2009-12/plan.plan";
    private static final String[] FOLDERS = { "frameworks", "frameworks-2011", "policing-london-2009-12",
            "policing-london-2009-12/results" };

    private SampleProject() {
    }

    /** The examples folder named by {@code plantrace.examples}, or null when it is not available. */
    public static Path examplesDir() {
        String p = System.getProperty("plantrace.examples");
        if (p == null || p.isBlank()) {
            return null;
        }
        Path dir = Path.of(p);
        return Files.isRegularFile(dir.resolve(PLAN)) ? dir : null;
    }

    /** Creates (or completes) the sample project from {@code examples}; returns its plan file. */
    public static IFile create(Path examples, IProgressMonitor monitor) throws CoreException, IOException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(PROJECT);
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        Path target = project.getLocation().toPath();
        for (String folder : FOLDERS) {
            Path from = examples.resolve(folder);
            Path to = target.resolve(folder);
            Files.createDirectories(to);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(from, "*.{plan,framework,results}")) {
                for (Path f : files) {
                    Path dest = to.resolve(f.getFileName().toString());
                    if (!Files.exists(dest)) {
                        Files.copy(f, dest, StandardCopyOption.COPY_ATTRIBUTES);
                        dest.toFile().setWritable(true, true);
                    }
                }
            }
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        return project.getFile(PLAN);
    }

    /** Creates the sample project when needed and opens its plan in the plan editor. */
    public static IFile open(IWorkbenchWindow window) {
        Path examples = examplesDir();
        IFile plan = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(PLAN);
        try {
            if (examples != null) {
                plan = create(examples, null);
            }
            if (!plan.exists()) {
                return null;
            }
            IWorkbenchPage page = window.getActivePage();
            if (page != null) {
                IDE.openEditor(page, plan, PlantraceUi.PLAN_EDITOR_ID, true);
                StartupTiming.mark("sample plan open");
            }
            return plan;
        } catch (CoreException | IOException e) {
            PlantraceUi.log("Could not open the sample plan", e);
            return null;
        }
    }

    /** Whether the sample can be offered: its files are known, or it is in the workspace already. */
    public static boolean available() {
        return examplesDir() != null
                || ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(PLAN).exists();
    }

}

package org.plantrace.ui.internal.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.plantrace.ui.PlantraceUi;

/** Plan projects of the workspace: opening those left closed. */
public final class PlanProjects {

    private PlanProjects() {
    }

    /**
     * Opens every closed project whose folder holds plan or framework files (a workspace that was not saved before
     * the process ended brings such projects back closed, their files unreachable); returns their names.
     */
    public static List<String> reopen(IProgressMonitor monitor) {
        List<String> opened = new ArrayList<>();
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (p.isOpen() || p.getLocation() == null || !holdsPlans(p.getLocation().toPath())) {
                continue;
            }
            try {
                p.open(IResource.NONE, monitor);
                p.refreshLocal(IResource.DEPTH_INFINITE, monitor);
                opened.add(p.getName());
            } catch (CoreException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
        return opened;
    }

    /** Whether {@code folder} holds a .plan or .framework file (looking four levels deep at most). */
    static boolean holdsPlans(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(folder, 4)) {
            return s.anyMatch(f -> {
                String n = f.getFileName().toString();
                return (n.endsWith(".plan") || n.endsWith(".framework")) && Files.isRegularFile(f);
            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Opens closed projects (the Plans view's Open Project) in a workspace job. */
    public static void open(List<IProject> projects) {
        Job job = Job.create("Opening projects", monitor -> {
            for (IProject p : projects) {
                if (!p.isOpen()) {
                    p.open(monitor);
                }
            }
        });
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().modifyRule(ResourcesPlugin.getWorkspace().getRoot()));
        job.schedule();
    }
}

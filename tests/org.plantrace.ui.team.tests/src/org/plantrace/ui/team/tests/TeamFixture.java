package org.plantrace.ui.team.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;
import org.plantrace.team.PlanRepository;
import org.plantrace.tests.support.Examples;

/** The sample plan project in a folder or a shared repository, and a folder opened as a workbench project. */
final class TeamFixture {

    static final String PLAN = "policing-london-2009-12/plan.plan";
    static final PersonIdent ANNA = new PersonIdent("Anna Analyst", "anna@example.org");
    static final PersonIdent BEN = new PersonIdent("Ben Analyst", "ben@example.org");

    private TeamFixture() {
    }

    /** The sample plan with the frameworks it links to, copied into {@code work}. */
    static Path sampleProject(Path work) throws Exception {
        Path examples = Path.of(System.getProperty("plantrace.examples"));
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            Examples.copyTree(examples.resolve(folder), work.resolve(folder));
        }
        return work;
    }

    /** A bare repository holding the sample project (published by Anna), as a file:// address. */
    static String sharedRepository(Path dir) throws Exception {
        Path work = sampleProject(dir.resolve("publisher"));
        PlanRepository.init(work, "Plan as published", ANNA).close();
        Path bare = dir.resolve("shared.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        return "file://" + bare.toAbsolutePath();
    }

    /** {@code folder} opened in the workbench as the project {@code name}. */
    static IProject project(String name, Path folder) throws Exception {
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IProject project = ws.getRoot().getProject(name);
        IProjectDescription d = ws.newProjectDescription(name);
        d.setLocation(org.eclipse.core.runtime.IPath.fromOSString(folder.toString()));
        project.create(d, null);
        project.open(null);
        return project;
    }

    static void edit(PlanRepository r, Consumer<Plan> e) throws Exception {
        Plan p = ModelStore.loadPlan(r.workTree().resolve(PLAN));
        e.accept(p);
        ModelStore.save(p.eResource());
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}

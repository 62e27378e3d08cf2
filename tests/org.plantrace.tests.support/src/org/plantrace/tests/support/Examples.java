package org.plantrace.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * The repository's example plans and frameworks, for every test bundle: where they are, the sample plan, and
 * copies of them in a temporary project folder (with the {@code .project} marker that makes plan and frameworks
 * one project for the resource policy).
 */
public final class Examples {

    /** The sample plan's folder under examples/. */
    public static final String SAMPLE = "policing-london-2009-12";

    private Examples() {
    }

    /** The repository's examples folder: -Dplantrace.examples, else found above the working directory. */
    public static Path dir() {
        String p = System.getProperty("plantrace.examples");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("examples")) && Files.isDirectory(d.resolve("bundles"))) {
                return d.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }

    /** The sample plan file (the 2009-12 London policing plan). */
    public static Path samplePlan() {
        return dir().resolve(SAMPLE + "/plan.plan");
    }

    /** The sample plan, loaded with its frameworks in a fresh resource set. */
    public static Plan sample() throws ModelLoadException {
        return ModelStore.loadPlan(samplePlan());
    }

    /** The plan of the example folder {@code example} (e.g. "met-forward-2011-14"). */
    public static Plan plan(String example) throws ModelLoadException {
        return ModelStore.loadPlan(dir().resolve(example + "/plan.plan"));
    }

    /**
     * Copies the example folders {@code folders} (e.g. the sample and "frameworks") into {@code project}, keeping
     * their relative layout, and marks {@code project} as one project folder; returns {@code project}.
     */
    public static Path copyInto(Path project, String... folders) throws IOException {
        Files.createDirectories(project);
        Path marker = project.resolve(".project");
        if (!Files.exists(marker)) {
            Files.writeString(marker, "<projectDescription/>");
        }
        for (String folder : folders) {
            copyTree(dir().resolve(folder), project.resolve(folder));
        }
        return project;
    }

    /** Copies the folder {@code from} with everything in it to {@code to} (created when missing). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}

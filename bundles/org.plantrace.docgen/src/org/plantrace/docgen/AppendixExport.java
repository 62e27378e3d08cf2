package org.plantrace.docgen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * The one appendix pipeline, for {@code plantrace appendix} and the workbench's Export wizard alike: load the plan
 * (and frameworks kept apart), validate it, build the appendices ({@link #prepare}), then render every format on its
 * own and put all that rendered in place as one set ({@link #write}). Between the two the caller may look at what
 * was built (the command line refuses an appendix it was asked for and could not make).
 */
public final class AppendixExport {

    /**
     * What to export: the plan file, frameworks kept apart from it, which appendices, the publication split, and
     * whether the formats to be written draw figures (their diagrams are then laid out in the background from the
     * moment they are built, while the rest of the document is).
     */
    public record Request(Path plan, List<Path> extraFrameworks, Set<Appendix> only, boolean publication,
            boolean figures) {

        /** For these formats. */
        public Request(Path plan, List<Path> extraFrameworks, Set<Appendix> only, boolean publication,
                List<Format> formats) {
            this(plan, extraFrameworks, only, publication, formats.stream().anyMatch(Format::drawsFigures));
        }
    }

    /**
     * Told of each step as it starts ("loading plan.plan", "validating", "building appendices (...)", "rendering pdf",
     * "writing 5 file(s)"); it may stop the export by throwing (a cancelled monitor). Nothing is written before the
     * last step.
     */
    public interface Steps {
        void step(String what);
    }

    /**
     * The plan as loaded and validated, the appendices built from it, and its diagrams being laid out in the background
     * (null unless the request said the formats draw figures): {@link #write} stops that, or {@link #close} when the
     * documents are not written after all.
     */
    public record Prepared(Plan plan, TraceIndex index, List<Finding> findings, AppendixBuilder.Result built,
            Figure.Background layout) implements AutoCloseable {

        /** The model's errors (the documents are then marked DRAFT). */
        public long errors() {
            return Validation.count(findings, Severity.ERROR);
        }

        /** Stops laying out diagrams in the background (waits for the one being laid out). */
        @Override
        public void close() {
            if (layout != null) {
                layout.close();
            }
        }
    }

    /** The files written, and the formats that failed (and why): the others were written. */
    public record Written(List<Path> files, Map<Format, String> failed) {
    }

    private AppendixExport() {
    }

    /** Loads, validates and builds (nothing is written). */
    public static Prepared prepare(Request req, Steps steps) throws ModelLoadException, IOException {
        steps.step("loading " + req.plan());
        Plan plan = ModelStore.loadPlan(req.plan());
        List<Framework> extra = new ArrayList<>();
        for (Path f : req.extraFrameworks()) {
            extra.add(ModelStore.loadRoot(plan.eResource().getResourceSet(), f, Framework.class));
        }
        steps.step("validating");
        TraceIndex index = TraceIndex.of(plan);
        // validation runs beside the building of the appendices that do not read its findings
        Supplier<List<Finding>> validating = Validation.validateAside(plan, index);
        steps.step("building appendices (" + plan.getObjectives().size() + " objectives, " + index.links().size()
                + " links)");
        AppendixBuilder builder = new AppendixBuilder(plan).index(index).findings(validating).frameworks(extra)
                .only(req.only()).publication(req.publication()).generated(Instant.now());
        // the diagrams (built first) are laid out beside the building of the rest and the validation
        Figure.Background[] layout = new Figure.Background[1];
        if (req.figures()) {
            builder.whenBuilt(section -> {
                if (layout[0] == null) {
                    Figure.Background b = Figure.layOutInBackground(List.of(section), LAYOUT_THREADS);
                    layout[0] = b.laysOut() ? b : null;
                }
            });
        }
        try {
            AppendixBuilder.Result built = builder.build();
            return new Prepared(plan, index, validating.get(), built, layout[0]);
        } catch (RuntimeException | Error e) {
            if (layout[0] != null) {
                layout[0].close();
            }
            throw e;
        }
    }

    /**
     * Renders the document (and the analyst's review document of a publication, as {@code baseName-review}) in every
     * format, each on its own ({@code threads} at a time, the longest first), then writes all that rendered to
     * {@code folder} as one set.
     */
    public static Written write(Prepared prepared, List<Format> formats, String baseName, Path folder, int threads,
            Steps steps) throws IOException {
        List<Rendering.Job> documents = new ArrayList<>();
        documents.add(new Rendering.Job(prepared.built().document(), baseName));
        AppendixDocument review = prepared.built().review();
        if (review != null) {
            documents.add(new Rendering.Job(review, baseName + "-review"));
        }
        List<DocumentWriter> writers = formats.stream().map(Format::writer).toList();
        Consumer<Format> starting = f -> steps.step("rendering " + f.cliName());
        // the diagrams are laid out in the background, in document order, while the writers work (a writer lays out
        // the one it meets first itself; formats without figures never wait for them); each format's files go to disk
        // (staged, not yet in place) as soon as it is rendered, and only their names are kept
        // (those already being laid out since prepare go on; the background of prepare stops here too)
        try (prepared; Figure.Background layout = formats.stream().anyMatch(Format::drawsFigures)
                ? Figure.layOutInBackground(documents.stream().flatMap(d -> d.document().sections().stream()).toList(),
                        LAYOUT_THREADS, prepared.layout())
                : null; OutputFiles.Staging staging = OutputFiles.open(folder)) {
            List<Rendering.Staged> rendered = Rendering.staged(documents, writers, threads, starting, staging::add,
                    staging);
            List<String> files = new ArrayList<>(rendered.get(0).files());
            Map<Format, String> failed = new LinkedHashMap<>(rendered.get(0).failed());
            if (rendered.size() > 1) {
                files.addAll(rendered.get(1).files());
                rendered.get(1).failed().forEach((f, why) -> failed.merge(f, why, (a, b) -> a + "; review: " + b));
            }
            steps.step("writing " + files.size() + " file(s)");
            return new Written(staging.commitNamed(files), failed);
        }
    }

    /**
     * Threads laying out diagrams beside the writers: one is enough, the writers lay out the diagrams they meet first
     * (the DOCX writer on every core).
     */
    private static final int LAYOUT_THREADS = 1;
}

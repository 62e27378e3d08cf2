package org.plantrace.docgen.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plantrace.tests.support.Examples;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Output;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** The 2009-12 sample and helpers shared by the tests. */
final class Samples {

    static final Instant WHEN = Instant.parse("2026-01-15T10:30:00Z");

    private Samples() {
    }

    /** The repository's examples folder, found by walking up from the working directory. */
    static Path examples() {
        return Examples.dir();
    }

    static Path samplePlan() {
        return examples().resolve("policing-london-2009-12/plan.plan");
    }

    /** The sample's local frameworks (health indicators, local area agreements). */
    static List<Path> localFrameworks() {
        Path d = examples().resolve("policing-london-2009-12");
        return List.of(d.resolve("chi-2009-10.framework"), d.resolve("laa-2008-11.framework"));
    }

    static Plan sample() throws ModelLoadException {
        return ModelStore.loadPlan(samplePlan());
    }

    static AppendixDocument build(Plan plan) {
        return new AppendixBuilder(plan).generated(WHEN).build().document();
    }

    /** Every file one format writes, by file name. */
    static Map<String, byte[]> write(AppendixDocument d, Format f) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        for (Output o : f.writer().write(d, "appendices")) {
            m.put(o.fileName(), o.bytes());
        }
        return m;
    }

    /** The one file of a single-file format. */
    static byte[] single(AppendixDocument d, Format f) throws IOException {
        Map<String, byte[]> m = write(d, f);
        if (m.size() != 1) {
            throw new IllegalStateException(f + " wrote " + m.keySet());
        }
        return m.values().iterator().next();
    }

    /** The objective-level links of {@code o} to frameworks of the given kinds, in model order. */
    static List<Link> direct(TraceIndex index, CorporateObjective o, FrameworkKind... kinds) {
        List<FrameworkKind> k = List.of(kinds);
        return index.linksOf(o).stream().filter(l -> l.isDirect() && k.contains(l.framework().getKind())).toList();
    }

    static List<String> ids(List<Link> links) {
        return links.stream().map(l -> l.alignment().getId()).toList();
    }

    /** An executable on the PATH, or null. */
    static Path onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d).resolve(name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}

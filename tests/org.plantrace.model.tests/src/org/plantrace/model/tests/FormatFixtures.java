package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.io.FormatVersion;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.PlantraceResource;

/** The fixtures of an older format under {@code fixtures/format-X.Y}, and what every such fixture must do. */
final class FormatFixtures {

    private FormatFixtures() {
    }

    static Path folder(FormatVersion v) {
        return ExamplesTest.examples().resolveSibling("tests/org.plantrace.model.tests/fixtures/format-" + v);
    }

    /** The model files of the fixtures of {@code v}, sorted. */
    static List<Path> files(FormatVersion v) throws Exception {
        try (Stream<Path> s = Files.walk(folder(v))) {
            return s.filter(p -> p.toString().endsWith(".plan") || p.toString().endsWith(".framework")
                    || p.toString().endsWith(".results")).sorted().toList();
        }
    }

    /**
     * Each fixture of {@code v} loads, is migrated (its log starts with the step {@code v -> next}), resolves every
     * reference, and is not changed on disk by loading.
     */
    static void assertLoadMigratedResolvedUntouched(FormatVersion v, String nextVersion) throws Exception {
        for (Path f : files(v)) {
            byte[] before = Files.readAllBytes(f);
            ResourceSet rs = ModelStore.newResourceSet();
            PlantraceResource r = (PlantraceResource) ModelStore.load(rs, f);
            EcoreUtil.resolveAll(rs);
            assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(rs).isEmpty(), f + " has unresolved references");
            assertEquals(v, r.getFormatVersion(), f.toString());
            assertTrue(r.isMigrated(), f.toString());
            String step = v + " -> " + nextVersion;
            assertTrue(r.getMigrationLog().stream().anyMatch(l -> l.startsWith(step)), r.getMigrationLog().toString());
            assertArrayEquals(before, Files.readAllBytes(f), f + " was changed by loading");
        }
    }
}

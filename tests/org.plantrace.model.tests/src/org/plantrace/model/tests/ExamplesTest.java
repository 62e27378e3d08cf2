package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.plantrace.tests.support.Examples;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.plantrace.model.io.ModelStore;

/** Every example model loads, resolves all its references and is stored in canonical form. */
class ExamplesTest {

    static Path examples() {
        return Examples.dir();
    }

    static List<Path> modelFiles() throws Exception {
        try (Stream<Path> s = Files.walk(examples())) {
            return s.filter(p -> p.toString().endsWith(".plan") || p.toString().endsWith(".framework")
                    || p.toString().endsWith(".results")).sorted().toList();
        }
    }

    @Test
    void everyExampleLoadsAndResolves() throws Exception {
        List<Path> files = modelFiles();
        assertTrue(files.size() >= 10, files.toString());
        for (Path f : files) {
            ResourceSet rs = ModelStore.newResourceSet();
            Resource r = ModelStore.load(rs, f);
            EcoreUtil.resolveAll(rs);
            assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(rs).isEmpty(), f + " has unresolved references");
            for (Resource other : rs.getResources()) {
                assertTrue(other.getErrors().isEmpty(), other.getURI() + ": " + other.getErrors());
            }
            assertFalse(r.getContents().isEmpty());
        }
    }

    @Test
    void everyExampleIsStoredInCanonicalForm() throws Exception {
        for (Path f : modelFiles()) {
            Resource r = ModelStore.load(ModelStore.newResourceSet(), f);
            assertArrayEquals(Files.readAllBytes(f), ModelStore.serialise(r),
                    f + " is not in canonical form: load and save it with Plantrace");
        }
    }
}

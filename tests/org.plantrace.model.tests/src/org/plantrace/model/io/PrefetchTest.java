package org.plantrace.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.tests.support.Examples;

/**
 * The files a plan's root names, read on a second thread while the plan is parsed ({@link Prefetch}), give the same
 * models as loading them on demand: every example and test fixture, loaded both ways, has the same files in the same
 * order, the same bytes when saved, the same lines and the same targets for every reference; and a framework that
 * does not load gives the same message both ways.
 */
class PrefetchTest {

    @Test
    void everyExampleAndFixtureLoadsAsOnDemand() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Examples.dir(), fixtures())) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".plan") || p.toString().endsWith(".results")).sorted()
                        .forEach(files::add);
            }
        }
        assertTrue(files.size() >= 10, files.toString());
        int prefetched = 0;
        // every file the prefetch names goes the prefetched way, however fast the plan is parsed
        Prefetch.readUnstartedHere = true;
        try {
            prefetched = compareBothWays(files);
        } finally {
            Prefetch.readUnstartedHere = false;
        }
        // the sample's ten frameworks at least were read ahead (else this test would compare on-demand with itself)
        assertTrue(prefetched >= 10, "prefetched " + prefetched);
    }

    private static int compareBothWays(List<Path> files) throws Exception {
        int prefetched = 0;
        for (Path f : files) {
            ResourceSet ahead = ModelStore.newResourceSet();
            ResourceSet onDemand = onDemand();
            String a = outcome(ahead, f);
            String b = outcome(onDemand, f);
            assertEquals(b, a, f.toString());
            if (a.startsWith("loaded")) {
                sameModels(ahead, onDemand, f);
            }
            prefetched += LoadGuard.prefetchOf(ahead).used();
            assertNull(LoadGuard.prefetchOf(onDemand));
        }
        return prefetched;
    }

    @Test
    void aFrameworkThatDoesNotLoadGivesTheSameMessages(@TempDir Path tmp) throws Exception {
        Path project = Examples.copyInto(tmp.resolve("p"), Examples.SAMPLE, "frameworks");
        Path plan = project.resolve(Examples.SAMPLE + "/plan.plan");
        // a truncated framework: the plan loads, the framework's resource holds the parser's error (with its line)
        Path nis = project.resolve("frameworks/nis-2008.framework");
        String text = Files.readString(nis, StandardCharsets.UTF_8);
        Files.writeString(nis, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        String a = outcome(ModelStore.newResourceSet(), plan);
        assertTrue(a.contains("nis-2008.framework errors [") && !a.contains("nis-2008.framework errors []"), a);
        assertEquals(outcome(onDemand(), plan), a);
        // a plan where a framework belongs (with the framework's id): the load fails, naming file, line and reference
        Files.writeString(project.resolve("frameworks/spp-2009-10.framework"), Files.readString(plan,
                StandardCharsets.UTF_8).replace("id=\"plan-2009-12\"", "id=\"spp-2009-10\""), StandardCharsets.UTF_8);
        a = outcome(ModelStore.newResourceSet(), plan);
        assertTrue(a.startsWith("failed") && a.contains("spp-2009-10"), a);
        assertEquals(outcome(onDemand(), plan), a);
    }

    private static Path fixtures() {
        return Examples.dir().resolveSibling("tests/org.plantrace.model.tests/fixtures");
    }

    /** A set that loads every file on demand only (its factory reads nothing ahead). */
    private static ResourceSet onDemand() {
        ResourceSet rs = ModelStore.newResourceSet();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().replaceAll((k, v) -> new PlantraceResourceFactory());
        return rs;
    }

    /** "loaded" and what the load reported, or "failed" and the message a user sees. */
    private static String outcome(ResourceSet rs, Path file) {
        try {
            ModelStore.load(rs, file);
            EcoreUtil.resolveAll(rs);
            StringBuilder b = new StringBuilder("loaded");
            for (Resource r : rs.getResources()) {
                b.append('\n').append(r.getURI()).append(" errors ").append(messages(r.getErrors()))
                        .append(" warnings ").append(messages(r.getWarnings()));
                if (r instanceof PlantraceResource p) {
                    b.append(" format ").append(p.getFormatVersion()).append(" migrated ").append(p.getMigrationLog());
                }
            }
            return b.toString();
        } catch (ModelLoadException e) {
            return "failed " + e.getMessage();
        }
    }

    private static List<String> messages(List<Resource.Diagnostic> ds) {
        return ds.stream().map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).toList();
    }

    private static void sameModels(ResourceSet ahead, ResourceSet onDemand, Path f) throws Exception {
        assertEquals(onDemand.getResources().size(), ahead.getResources().size(), f.toString());
        for (int i = 0; i < ahead.getResources().size(); i++) {
            Resource a = ahead.getResources().get(i);
            Resource b = onDemand.getResources().get(i);
            assertEquals(b.getURI(), a.getURI());
            assertArrayEquals(ModelStore.serialise(b), ModelStore.serialise(a), a.getURI().toString());
            TreeIterator<EObject> ia = a.getAllContents();
            TreeIterator<EObject> ib = b.getAllContents();
            while (ia.hasNext() && ib.hasNext()) {
                EObject oa = ia.next();
                EObject ob = ib.next();
                assertEquals(EcoreUtil.getURI(ob), EcoreUtil.getURI(oa));
                assertEquals(((PlantraceResource) b).lineOf(ob), ((PlantraceResource) a).lineOf(oa),
                        EcoreUtil.getURI(oa).toString());
                for (EReference ref : oa.eClass().getEAllReferences()) {
                    if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient()) {
                        continue;
                    }
                    assertEquals(targets(ob, ref), targets(oa, ref), EcoreUtil.getURI(oa) + " " + ref.getName());
                }
            }
            assertEquals(ib.hasNext(), ia.hasNext());
        }
        assertNotNull(LoadGuard.prefetchOf(ahead));
    }

    /** Where each value of the reference points: its resource's URI and id, and whether it is still a proxy. */
    private static List<String> targets(EObject o, EReference ref) {
        Object v = o.eGet(ref, false);
        List<?> values = ref.isMany() ? (List<?>) v : v == null ? List.of() : List.of(v);
        List<String> out = new ArrayList<>();
        for (Object x : values) {
            EObject t = (EObject) x;
            out.add(EcoreUtil.getURI(t) + (t.eIsProxy() ? " (unresolved)" : " in " + t.eResource().getURI()));
        }
        return out;
    }
}

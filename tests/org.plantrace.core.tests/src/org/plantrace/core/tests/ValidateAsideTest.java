package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Validation;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;
import org.plantrace.tests.support.Examples;

/**
 * Validation beside other work ({@link Validation#validateAside}): the same findings in the same order as validating in
 * line, whether the model resolves (validated on a second thread, everything resolved first so both threads only read)
 * or not (validated in line).
 */
class ValidateAsideTest {

    @TempDir
    Path dir;

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.rule() + " " + f.path() + " [" + f.elementId() + "] "
                + f.file() + ": " + f.message()).toList();
    }

    @Test
    void theSampleGivesTheSameFindingsAsValidatingInLine() throws Exception {
        Plan inLine = Examples.sample();
        List<String> expected = lines(Validation.validate(inLine, TraceIndex.of(inLine)));
        Plan plan = Examples.sample();
        List<String> aside = lines(Validation.validateAside(plan, TraceIndex.of(plan)).get());
        assertFalse(expected.isEmpty(), "precondition: the sample has findings");
        assertEquals(expected, aside);
    }

    @Test
    void nothingIsLeftToResolveOnceItReturns() throws Exception {
        Plan plan = Examples.sample();
        var findings = Validation.validateAside(plan, TraceIndex.of(plan));
        // what the caller reads meanwhile must not change the model: no list still holds a proxy to replace
        List<String> proxies = new ArrayList<>();
        for (Resource r : plan.eResource().getResourceSet().getResources()) {
            for (var it = r.getAllContents(); it.hasNext();) {
                EObject o = it.next();
                for (EReference ref : o.eClass().getEAllReferences()) {
                    if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient()) {
                        continue;
                    }
                    Object v = o.eGet(ref, false);
                    List<?> values = v instanceof InternalEList<?> l ? l.basicList() : v == null ? List.of() : List.of(v);
                    for (Object e : values) {
                        if (e instanceof EObject t && t.eIsProxy()) {
                            proxies.add(o.eClass().getName() + "." + ref.getName());
                        }
                    }
                }
            }
        }
        findings.get();
        assertEquals(List.of(), proxies);
    }

    @Test
    void aModelWithUnresolvedReferencesGivesTheSameFindings() throws Exception {
        String ns = BoundedFindingsTest.NS;
        Files.writeString(dir.resolve("nis.framework"), "<?xml version=\"1.0\"?>\n<plantrace:Framework " + ns
                + " id=\"nis\" name=\"NIS\" kind=\"ni\">\n  <items id=\"ni-1\" name=\"First\" code=\"NI 1\"/>\n"
                + "</plantrace:Framework>\n");
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<plantrace:Plan " + ns
                + " id=\"plan\" name=\"Plan\" frameworks=\"nis.framework#nis\">\n  <objectives id=\"obj\" title=\"O\">\n");
        for (int i = 0; i < 120; i++) {
            b.append("    <alignments id=\"al-").append(i).append("\" target=\"plantrace:PriorityItem nis.framework#missing-")
                    .append(i).append("\"/>\n");
        }
        b.append("    <alignments id=\"gone\" target=\"plantrace:PriorityItem gone.framework#g\"/>\n");
        b.append("    <alignments id=\"ok\" target=\"plantrace:PriorityItem nis.framework#ni-1\"/>\n");
        b.append("  </objectives>\n</plantrace:Plan>\n");
        Path file = dir.resolve("plan.plan");
        Files.writeString(file, b);
        Plan inLine = ModelStore.loadPlan(file);
        List<String> expected = lines(Validation.validate(inLine, TraceIndex.of(inLine)));
        Plan plan = ModelStore.loadPlan(file);
        List<String> aside = lines(Validation.validateAside(plan, TraceIndex.of(plan)).get());
        assertTrue(expected.stream().filter(l -> l.contains("unresolved-reference")).count() > 100,
                "precondition: more unresolved references than are listed one by one");
        assertEquals(expected, aside);
    }

    @Test
    void theCountedFrameworksAreWorkedOutOncePerIndex() throws Exception {
        Plan plan = Examples.sample();
        TraceIndex index = TraceIndex.of(plan);
        List<?> counted = Coverage.of(index).counted();
        assertFalse(counted.isEmpty(), "precondition: the sample counts frameworks");
        assertSame(counted, Coverage.of(index).counted(), "each diagram's Coverage reuses them");
        assertEquals(counted, Coverage.of(TraceIndex.of(plan)).counted());
    }
}

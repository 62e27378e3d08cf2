package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.plantrace.model.Plan;
import org.plantrace.model.io.FormatVersion;
import org.plantrace.model.io.Limits;
import org.plantrace.model.io.LoadGuard;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.PlantraceResource;
import org.plantrace.tests.support.Examples;

/**
 * Plantrace's reader of the current format makes the model EMF's handler makes: every example, a plan ten times the
 * sample, and files the reader leaves to EMF's handler (older formats, what it does not know, errors), whose result
 * and message are then EMF's.
 */
class FastReadTest {

    /** A resource set whose loads are EMF's handler's alone. */
    private static ResourceSet emfSet() {
        ResourceSet rs = ModelStore.newResourceSet();
        rs.getLoadOptions().put(PlantraceResource.OPTION_EMF_LOAD, Boolean.TRUE);
        return rs;
    }

    @Test
    void everyExampleReadsAsEmfReadsIt() throws Exception {
        List<Path> files = ExamplesTest.modelFiles();
        assertTrue(files.size() >= 10, files.toString());
        for (Path f : files) {
            ResourceSet fastSet = ModelStore.newResourceSet();
            ResourceSet emfSet = emfSet();
            Resource fast = ModelStore.load(fastSet, f);
            Resource emf = ModelStore.load(emfSet, f);
            assertTrue(((PlantraceResource) fast).wasReadFast(), f + " was left to EMF's handler");
            assertFalse(((PlantraceResource) emf).wasReadFast(), f.toString());
            // the files it refers to, read ahead or on demand, were read by the same reader and are the same too
            EcoreUtil.resolveAll(fastSet);
            EcoreUtil.resolveAll(emfSet);
            assertEquals(emfSet.getResources().size(), fastSet.getResources().size(), f.toString());
            for (int i = 0; i < emfSet.getResources().size(); i++) {
                Resource e = emfSet.getResources().get(i);
                Resource r = fastSet.getResources().get(i);
                assertEquals(e.getURI(), r.getURI(), f.toString());
                assertTrue(((PlantraceResource) r).wasReadFast(), r.getURI() + " was left to EMF's handler");
                assertSameModel(e, r, f + " / " + r.getURI());
            }
        }
    }

    @Test
    void aPlanTenTimesTheSampleReadsAsEmfReadsIt() throws Exception {
        Plan plan = XmiWriterTest.tenTimesTheSample();
        byte[] bytes = ModelStore.serialise(plan.eResource());
        URI uri = plan.eResource().getURI();
        Resource fast = ModelStore.load(ModelStore.newResourceSet(), bytes, uri, "10x");
        Resource emf = ModelStore.load(emfSet(), bytes, uri, "10x");
        assertTrue(((PlantraceResource) fast).wasReadFast());
        assertSameModel(emf, fast, "10x");
        assertArrayEquals(bytes, ModelStore.serialise(fast));
    }

    /** Duplicate ids: the reader registers them as EMF's handler does (the last one read is the one the map holds). */
    @Test
    void duplicateIdsAsEmf() throws Exception {
        String text = sampleText().replaceAll("out-safety-2(?![\\w-])", "out-safety-1"); // the element and its citations
        Resource fast = ModelStore.load(ModelStore.newResourceSet(), bytes(text), sampleUri(), "dup");
        Resource emf = ModelStore.load(emfSet(), bytes(text), sampleUri(), "dup");
        assertTrue(((PlantraceResource) fast).wasReadFast());
        assertSameModel(emf, fast, "duplicate ids");
    }

    // ---- what the reader leaves to EMF's handler: the same result, or the same message ----

    @Test
    void anOlderFormatIsMigratedByEmfsLoad() throws Exception {
        for (Path f : FormatFixtures.files(FormatVersion.parse("1.2").orElseThrow())) {
            Resource fast = ModelStore.load(ModelStore.newResourceSet(), f);
            Resource emf = ModelStore.load(emfSet(), f);
            assertFalse(((PlantraceResource) fast).wasReadFast(), f.toString());
            assertTrue(((PlantraceResource) fast).isMigrated(), f.toString());
            assertEquals(((PlantraceResource) emf).getMigrationLog(), ((PlantraceResource) fast).getMigrationLog());
            assertSameModel(emf, fast, f.toString());
        }
    }

    /** What EMF's handler reads without complaint but the reader does not know: left to EMF's handler, same model. */
    @Test
    void whatTheReaderDoesNotKnowIsReadByEmf() throws Exception {
        String[] variants = {
            sampleText().replace("xmlns:xmi=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xmi="),
            sampleText().replace("<outcomes id=\"out-safety\"", "<outcomes xsi:type=\"plantrace:StrategicOutcome\" id=\"out-safety\""),
            // a second child where one belongs: EMF's handler keeps the second (and detaches the first)
            sampleText().replaceFirst("<tolerance amberWithin=\"2.0\"/>",
                    "<tolerance amberWithin=\"1.0\"/><tolerance amberWithin=\"2.0\"/>"),
            sampleText().replace("<years>2009/10</years>", "<years>2009/10<!-- a comment --></years>").replace(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"),
        };
        for (int i = 0; i < variants.length; i++) {
            byte[] bytes = bytes(variants[i]);
            Resource emf = ModelStore.load(emfSet(), bytes, sampleUri(), "variant");
            Resource fast = ModelStore.load(ModelStore.newResourceSet(), bytes, sampleUri(), "variant");
            if (i < 3) {
                assertFalse(((PlantraceResource) fast).wasReadFast(), "variant " + i);
                assertEquals(1, ((PlantraceResource) fast).fastReadsLeftToEmf(), "variant " + i);
            } else {
                assertTrue(((PlantraceResource) fast).wasReadFast(), "variant " + i); // a comment, another encoding
            }
            assertSameModel(emf, fast, "variant " + i);
        }
    }

    @Test
    void anUnknownAttributeFailsWithEmfsMessage() throws Exception {
        assertSameFailure(sampleText().replace("<outcomes id=\"out-safety\"", "<outcomes colour=\"red\" id=\"out-safety\""));
    }

    @Test
    void anUnknownElementFailsWithEmfsMessage() throws Exception {
        assertSameFailure(sampleText().replace("<years>2009/10</years>", "<yeers>2009/10</yeers>"));
    }

    @Test
    void aDoctypeFailsWithEmfsMessage() throws Exception {
        assertSameFailure(sampleText().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY e \"e\">]>"));
    }

    @Test
    void malformedXmlFailsWithEmfsMessage() throws Exception {
        String text = sampleText();
        assertSameFailure(text.substring(0, text.length() / 2)); // truncated
        assertSameFailure(text.replace("</outcomes>", "</outcome>"));
    }

    @Test
    void anUnresolvedReferenceFailsWithEmfsMessage() throws Exception {
        assertSameFailure(sampleText().replace("objectives=\"#obj-access\"", "objectives=\"#obj-nowhere\""));
    }

    @Test
    void aBadValueFailsWithEmfsMessage() throws Exception {
        assertSameFailure(sampleText().replace("status=\"published\"", "status=\"lost\""));
    }

    @Test
    void aLimitFailsWithEmfsMessage() throws Exception {
        String text = sampleText();
        for (Limits limits : List.of(new Limits(Limits.DEFAULT.maxFileBytes(), 3, 100_000),
                new Limits(Limits.DEFAULT.maxFileBytes(), 64, 200))) {
            ResourceSet emf = limited(limits);
            emf.getLoadOptions().put(PlantraceResource.OPTION_EMF_LOAD, Boolean.TRUE);
            ModelLoadException expected = assertThrows(ModelLoadException.class,
                    () -> ModelStore.load(emf, bytes(text), sampleUri(), "limited"));
            ModelLoadException actual = assertThrows(ModelLoadException.class,
                    () -> ModelStore.load(limited(limits), bytes(text), sampleUri(), "limited"));
            assertEquals(expected.getMessage(), actual.getMessage());
            assertEquals(expected.getLine(), actual.getLine());
        }
    }

    private static ResourceSet limited(Limits limits) {
        ResourceSet rs = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
        LoadGuard.install(rs, limits);
        return rs;
    }

    private static void assertSameFailure(String text) {
        ModelLoadException expected = assertThrows(ModelLoadException.class,
                () -> ModelStore.load(emfSet(), bytes(text), sampleUri(), "broken"));
        ModelLoadException actual = assertThrows(ModelLoadException.class,
                () -> ModelStore.load(ModelStore.newResourceSet(), bytes(text), sampleUri(), "broken"));
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals(expected.getLine(), actual.getLine());
        assertEquals(expected.getColumn(), actual.getColumn());
    }

    private static String sampleText() throws Exception {
        return Files.readString(Examples.samplePlan());
    }

    private static URI sampleUri() {
        return URI.createFileURI(Examples.samplePlan().toAbsolutePath().toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(text.contains("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /**
     * The same model: the same bytes saved; element by element the same class, line, attribute values and references
     * (to the corresponding element, or a proxy of the same class and URI); the same id map; ids that look up the
     * corresponding element; and, once resolved, references to elements of the same URI.
     */
    static void assertSameModel(Resource expected, Resource actual, String what) throws Exception {
        assertArrayEquals(ModelStore.serialise(expected), ModelStore.serialise(actual), what + ": saved bytes");
        List<EObject> es = new ArrayList<>();
        List<EObject> as = new ArrayList<>();
        expected.getAllContents().forEachRemaining(es::add);
        actual.getAllContents().forEachRemaining(as::add);
        assertEquals(es.size(), as.size(), what + ": elements");
        Map<EObject, EObject> same = new IdentityHashMap<>();
        for (int i = 0; i < es.size(); i++) {
            same.put(es.get(i), as.get(i));
        }
        PlantraceResource ep = (PlantraceResource) expected;
        PlantraceResource ap = (PlantraceResource) actual;
        for (int i = 0; i < es.size(); i++) {
            EObject e = es.get(i);
            EObject a = as.get(i);
            String where = what + ": " + expected.getURIFragment(e);
            assertSame(e.eClass(), a.eClass(), where);
            assertEquals(ep.lineOf(e), ap.lineOf(a), where + ": line");
            assertSame(same.get(e.eContainer()), a.eContainer(), where + ": container");
            for (EStructuralFeature f : e.eClass().getEAllStructuralFeatures()) {
                if (f instanceof EReference r && !r.isContainment()) {
                    assertSameReferences(e, a, r, same, where + "." + f.getName());
                } else if (!(f instanceof EReference)) {
                    assertEquals(e.eGet(f), a.eGet(f), where + "." + f.getName());
                    assertEquals(e.eIsSet(f), a.eIsSet(f), where + "." + f.getName() + " set");
                }
            }
        }
        Map<String, EObject> eIds = expected instanceof PlantraceResource ? ep.getIntrinsicIDToEObjectMap() : null;
        Map<String, EObject> aIds = ap.getIntrinsicIDToEObjectMap();
        assertNotNull(eIds);
        assertEquals(eIds.keySet(), aIds.keySet(), what + ": ids");
        for (Map.Entry<String, EObject> id : eIds.entrySet()) {
            assertSame(same.get(id.getValue()), aIds.get(id.getKey()), what + ": id " + id.getKey());
        }
        for (String id : eIds.keySet()) {
            assertSame(same.get(expected.getEObject(id)), actual.getEObject(id), what + ": look-up of " + id);
        }
        assertEquals(ep.getEncoding(), ap.getEncoding(), what + ": encoding");
        assertEquals(ep.getXMLVersion(), ap.getXMLVersion(), what + ": XML version");
        assertEquals(ep.getFormatVersion(), ap.getFormatVersion(), what + ": format");
        assertEquals(expected.getErrors().size(), actual.getErrors().size(), what + ": errors");
        assertEquals(expected.getWarnings().size(), actual.getWarnings().size(), what + ": warnings");
    }

    @SuppressWarnings("unchecked")
    private static void assertSameReferences(EObject e, EObject a, EReference r, Map<EObject, EObject> same,
            String where) {
        List<EObject> ev = r.isMany() ? new ArrayList<>((List<EObject>) e.eGet(r, false))
                : e.eGet(r, false) == null ? List.of() : List.of((EObject) e.eGet(r, false));
        List<EObject> av = r.isMany() ? new ArrayList<>((List<EObject>) a.eGet(r, false))
                : a.eGet(r, false) == null ? List.of() : List.of((EObject) a.eGet(r, false));
        assertEquals(ev.size(), av.size(), where);
        for (int i = 0; i < ev.size(); i++) {
            EObject x = ev.get(i);
            EObject y = av.get(i);
            assertSame(x.eClass(), y.eClass(), where + "[" + i + "]");
            if (x.eIsProxy()) {
                assertTrue(y.eIsProxy(), where + "[" + i + "]");
                assertEquals(((InternalEObject) x).eProxyURI(), ((InternalEObject) y).eProxyURI(), where + "[" + i + "]");
                EObject xr = EcoreUtil.resolve(x, e);
                EObject yr = EcoreUtil.resolve(y, a);
                assertEquals(xr.eIsProxy(), yr.eIsProxy(), where + "[" + i + "] resolved");
                assertEquals(EcoreUtil.getURI(xr), EcoreUtil.getURI(yr), where + "[" + i + "] resolved");
            } else if (same.containsKey(x)) {
                assertSame(same.get(x), y, where + "[" + i + "]");
            } else {
                assertEquals(EcoreUtil.getURI(x), EcoreUtil.getURI(y), where + "[" + i + "] in another file");
            }
        }
    }
}

package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.plantrace.model.Identified;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.io.FormatVersion;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.PlantraceResource;
import org.plantrace.tests.support.Examples;

/**
 * Plantrace's writer saves exactly the bytes EMF's XMI save writes (with the save options of plan files): every example
 * and fixture, a plan ten times the sample, and seeded random edits with text that must be escaped, wrapped or encoded;
 * what it does not know it leaves to EMF's save, which then writes (or fails) as before.
 */
class XmiWriterTest {

    private static final Map<String, Boolean> EMF = Map.of(PlantraceResource.OPTION_EMF_SAVE, Boolean.TRUE);

    /** EMF's bytes of the resource. */
    private static byte[] emf(Resource r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, EMF);
        return out.toByteArray();
    }

    /** The writer's bytes of the resource, which it must know. */
    private static byte[] writer(Resource r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(((PlantraceResource) r).writeTo(out), r.getURI() + ": the writer left it to EMF");
        return out.toByteArray();
    }

    /** The writer and a save (through it) write EMF's bytes; those load back to a model that saves the same again. */
    private static void assertAsEmf(Resource r, String what) throws Exception {
        byte[] expected = emf(r);
        assertArrayEquals(expected, writer(r), what + ": the writer's bytes differ from EMF's");
        assertArrayEquals(expected, ModelStore.serialise(r), what + ": a save's bytes differ from EMF's");
        Resource back = ModelStore.load(ModelStore.newResourceSet(), expected, r.getURI(), what);
        assertArrayEquals(expected, writer(back), what + ": loaded back, the writer's bytes differ");
        assertArrayEquals(expected, emf(back), what + ": loaded back, EMF's bytes differ");
    }

    @Test
    void everyExampleAsEmfSavesIt() throws Exception {
        List<Path> files = ExamplesTest.modelFiles();
        assertTrue(files.size() >= 10, files.toString());
        for (Path f : files) {
            Resource r = ModelStore.load(ModelStore.newResourceSet(), f);
            assertAsEmf(r, f.toString());
            assertArrayEquals(Files.readAllBytes(f), writer(r), f.toString());
        }
    }

    /** Older formats migrate while loading; what the writer does not know of them EMF's save writes. */
    @Test
    void everyFixtureAsEmfSavesIt() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String v : List.of("1.0", "1.1", "1.2")) {
            files.addAll(FormatFixtures.files(FormatVersion.parse(v).orElseThrow()));
        }
        assertTrue(files.size() >= 10, files.toString());
        for (Path f : files) {
            Resource r = ModelStore.load(ModelStore.newResourceSet(), f);
            byte[] expected = emf(r);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (((PlantraceResource) r).writeTo(out)) {
                assertArrayEquals(expected, out.toByteArray(), f.toString());
            }
            assertArrayEquals(expected, ModelStore.serialise(r), f.toString());
        }
    }

    @Test
    void aPlanTenTimesTheSample() throws Exception {
        Plan plan = tenTimesTheSample();
        assertTrue(ModelStore.serialise(plan.eResource()).length > 1_000_000);
        assertAsEmf(plan.eResource(), "10x");
    }

    /** The sample plan with nine copies of its elements (ids suffixed "-x1" to "-x9"), in the sample's resource. */
    static Plan tenTimesTheSample() throws Exception {
        Plan plan = Examples.sample();
        Plan part = EcoreUtil.copy(plan);
        for (int k = 1; k < 10; k++) {
            Plan copy = EcoreUtil.copy(part);
            for (Iterator<EObject> it = copy.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Identified i && i.getId() != null) {
                    i.setId(i.getId() + "-x" + k);
                }
            }
            for (EReference ref : plan.eClass().getEAllContainments()) {
                if (ref.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> into = (EList<EObject>) plan.eGet(ref);
                    @SuppressWarnings("unchecked")
                    EList<EObject> from = (EList<EObject>) copy.eGet(ref);
                    into.addAll(from);
                }
            }
        }
        return plan;
    }

    /** Characters a value may hold: ones escaped, ones encoded in two, three and four bytes, and many plain ones. */
    private static final String[] PIECES = { "&", "<", ">", "\"", "'", "\t", "\n", "\r", "]]>", "]]", "é", "€",
        "\uD834\uDD1E", "Ω", " ", "  ", "a", "Lambeth", "x".repeat(40), "the quick brown fox", "-", "/", "#", "0.5",
        "%", ";", "=", "?" };

    private static String text(Random r, int maxPieces) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(maxPieces + 1); i > 0; i--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static final String ID_CHARS = "abcxyz0129-_.é€";

    /** Random edits of every kind of attribute, of ids (so of references), of lists and of which elements exist. */
    @Test
    void seededRandomEdits() throws Exception {
        for (long seed = 0; seed < 40; seed++) {
            Random r = new Random(seed);
            Plan plan = Examples.sample();
            List<EObject> all = new ArrayList<>();
            plan.eAllContents().forEachRemaining(all::add);
            all.add(plan);
            for (int e = 0; e < 60; e++) {
                EObject o = all.get(r.nextInt(all.size()));
                if (o.eResource() == null) {
                    continue; // deleted before
                }
                List<EAttribute> attributes = new ArrayList<>(o.eClass().getEAllAttributes());
                attributes.removeIf(a -> !a.isChangeable() || a.isDerived());
                int what = r.nextInt(12);
                if (what == 0 && o != plan) {
                    EcoreUtil.delete(o, true);
                } else if (what == 1 && o instanceof Identified i) {
                    StringBuilder id = new StringBuilder();
                    for (int k = 1 + r.nextInt(8); k > 0; k--) {
                        id.append(ID_CHARS.charAt(r.nextInt(ID_CHARS.length())));
                    }
                    i.setId(id + "-" + seed + "-" + e);
                } else if (!attributes.isEmpty()) {
                    edit(o, attributes.get(r.nextInt(attributes.size())), r);
                }
            }
            assertAsEmf(plan.eResource(), "seed " + seed);
        }
    }

    private static void edit(EObject o, EAttribute a, Random r) {
        Object type = a.getEAttributeType();
        if (a.isMany()) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) o.eGet(a);
            if (r.nextInt(4) == 0) {
                values.clear();
            } else {
                values.add(text(r, 4));
            }
        } else if (type instanceof EEnum en) {
            o.eSet(a, en.getELiterals().get(r.nextInt(en.getELiterals().size())).getInstance());
        } else if (type == EcorePackage.Literals.EBOOLEAN) {
            o.eSet(a, r.nextBoolean());
        } else if (type == EcorePackage.Literals.EDOUBLE_OBJECT) {
            Double[] values = { null, 0.0, -0.0, 1.5, 78.9, -4.0, 1e21, 1e-7, Double.NaN, 123456789.0 };
            o.eSet(a, values[r.nextInt(values.length)]);
        } else if (type == EcorePackage.Literals.ESTRING && !a.isID()) {
            int k = r.nextInt(10);
            o.eSet(a, k == 0 ? null : k == 1 ? "" : text(r, k < 8 ? 6 : 60));
        }
    }

    /** Text XML 1.0 cannot hold: EMF's save fails on it, and so does a save (the writer leaves it to EMF). */
    @Test
    void textXmlCannotHoldIsLeftToEmf() throws Exception {
        for (String bad : new String[] { "bell \u0007", "nul \u0000", "lone \uD834 surrogate", "low \uDD1E", "\uFFFE" }) {
            Plan plan = Examples.sample();
            plan.getObjectives().get(3).setNote("a note with a " + bad);
            assertFalse(((PlantraceResource) plan.eResource()).writeTo(new ByteArrayOutputStream()), bad);
            Exception byEmf = assertThrows(Exception.class, () -> emf(plan.eResource()));
            Exception bySave = assertThrows(Exception.class, () -> ModelStore.serialise(plan.eResource()));
            assertEquals(byEmf.getClass(), bySave.getClass());
            assertEquals(byEmf.getMessage(), bySave.getMessage());
        }
    }

    /** A resource of two roots and a reference to an element in no resource: EMF's save, as before. */
    @Test
    void whatTheWriterDoesNotKnowIsLeftToEmf() throws Exception {
        Plan plan = Examples.sample();
        plan.eResource().getContents().add(PlantraceFactory.eINSTANCE.createBusinessGroup());
        assertFalse(((PlantraceResource) plan.eResource()).writeTo(new ByteArrayOutputStream()));
        assertArrayEquals(emf(plan.eResource()), ModelStore.serialise(plan.eResource()));

        Plan dangling = Examples.sample();
        dangling.getObjectives().get(0).getLeads().add(PlantraceFactory.eINSTANCE.createBusinessGroup());
        assertFalse(((PlantraceResource) dangling.eResource()).writeTo(new ByteArrayOutputStream()));
        Exception byEmf = assertThrows(Exception.class, () -> emf(dangling.eResource()));
        Exception bySave = assertThrows(Exception.class, () -> ModelStore.serialise(dangling.eResource()));
        assertEquals(byEmf.getClass(), bySave.getClass());
    }

    /**
     * Small models: a root without attributes (EMF puts no line break after its namespace declarations), with one,
     * with elements but no attributes, with an attribute longer than a line; a framework and a results root.
     */
    @Test
    void smallModels() throws Exception {
        PlantraceFactory f = PlantraceFactory.eINSTANCE;
        List<EObject> roots = new ArrayList<>();
        roots.add(f.createPlan());
        Plan withId = f.createPlan();
        withId.setId("p");
        roots.add(withId);
        Plan withElements = f.createPlan();
        withElements.getYears().add("2009/10");
        withElements.getObjectives().add(f.createCorporateObjective());
        withElements.setDefaultTolerance(f.createTolerance());
        roots.add(withElements);
        Plan longLines = f.createPlan();
        longLines.setNote("n".repeat(150));
        longLines.setName("a name");
        longLines.getObjectives().add(f.createCorporateObjective());
        longLines.getObjectives().get(0).setTitle("t".repeat(99));
        longLines.getObjectives().get(0).setNote("after a title that ends past the width");
        roots.add(longLines);
        roots.add(f.createFramework());
        roots.add(f.createResultSet());
        int k = 0;
        for (EObject root : roots) {
            String ext = root instanceof Plan ? "plan" : root instanceof org.plantrace.model.Framework ? "framework"
                    : "results";
            Resource r = ModelStore.newResourceSet().createResource(URI.createFileURI(
                    Path.of("small-" + k++ + "." + ext).toAbsolutePath().toString()));
            r.getContents().add(root);
            assertArrayEquals(emf(r), writer(r), root.eClass().getName() + " " + k);
        }
    }

    /** A resource whose URI is relative (hrefs are then written whole, not relative to it). */
    @Test
    void aResourceWithARelativeUri() throws Exception {
        Plan plan = Examples.sample();
        plan.eResource().setURI(URI.createURI("plan.plan"));
        byte[] expected = emf(plan.eResource());
        assertArrayEquals(expected, writer(plan.eResource()));
    }
}

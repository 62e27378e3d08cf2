package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.io.Limits;
import org.plantrace.model.io.LoadGuard;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.ResourcePolicy;

/**
 * The resource policy: model content reaches only local files in the plan's folder tree (or a folder the user
 * allowed), always through the hardened parser; every refusal names file, line and reference; and a listener on
 * 127.0.0.1 that every hostile reference points at receives no connection at all.
 */
class ResourcePolicyTest {

    static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plantrace=\"" + PlantracePackage.eNS_URI + "\"";

    @TempDir
    Path tmp;

    Path project;
    Loopback net;

    @BeforeEach
    void setUp() throws IOException {
        project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve(".project"), "<projectDescription/>");
        Files.createDirectories(project.resolve("frameworks"));
        Files.writeString(project.resolve("frameworks/nis.framework"), framework("nis", "ni-1"));
        net = new Loopback();
    }

    @AfterEach
    void tearDown() throws IOException {
        net.close();
        ResourcePolicy.setUserAllowedFolders(List.of());
        assertEquals(0, net.connections(), "no model file may make a network connection");
    }

    static String framework(String id, String item) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plantrace:Framework xmi:version=\"2.0\" " + NS + "\n"
                + "    id=\"" + id + "\" name=\"Indicators\" kind=\"ni\">\n"
                + "  <items id=\"" + item + "\" name=\"First\" code=\"NI 1\"/>\n</plantrace:Framework>\n";
    }

    /** A plan whose one alignment targets {@code target} (line 6), listing {@code frameworks} (line 3). */
    static String plan(String frameworks, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plantrace:Plan xmi:version=\"2.0\" " + NS + "\n"
                + "    id=\"plan\" name=\"Plan\" frameworks=\"" + frameworks + "\">\n"
                + "  <objectives id=\"obj-1\" title=\"Objective\">\n"
                + "    <keyActivities id=\"ka-1\" title=\"Activity\"/>\n"
                + "    <alignments id=\"al-1\" target=\"plantrace:PriorityItem " + target + "\"/>\n"
                + "  </objectives>\n</plantrace:Plan>\n";
    }

    private Path write(String name, String content) throws IOException {
        Path p = project.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private ModelLoadException refused(Path plan) {
        return assertThrows(ModelLoadException.class, () -> ModelStore.loadPlan(plan));
    }

    private static void assertNames(ModelLoadException e, String file, int line, String reference) {
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertEquals(line, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().contains(reference), e.getMessage());
        assertFalse(e.getMessage().contains("Impl@"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aPlanWithinItsProjectLoads() throws Exception {
        Path p = write("plan.plan", plan("frameworks/nis.framework#nis", "frameworks/nis.framework#ni-1"));
        Plan plan = ModelStore.loadPlan(p);
        assertEquals("nis", plan.getFrameworks().get(0).getId());
    }

    @Test
    void anHttpReferenceIsRefusedWithoutAConnection() throws Exception {
        String href = net.url("nis.framework#ni-1");
        Path p = write("plan.plan", plan("frameworks/nis.framework#nis", href));
        ModelLoadException e = refused(p);
        assertNames(e, "plan.plan", 6, href);
        assertTrue(e.getMessage().contains("not a local file"), e.getMessage());
    }

    @Test
    void aJarReferenceIsRefusedWithoutAConnection() throws Exception {
        String href = "jar:" + net.url("x.jar") + "!/nis.framework#ni-1";
        ModelLoadException e = refused(write("plan.plan", plan("frameworks/nis.framework#nis", href)));
        assertNames(e, "plan.plan", 6, href);
    }

    @Test
    void anArchiveReferenceIsNeverOpened() throws Exception {
        Path zip = project.resolve("frameworks/bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("nis.framework"));
            z.write(new byte[1 << 20]); // compresses to ~1 KB; a real bomb would be far larger
            z.closeEntry();
        }
        String href = "archive:" + zip.toUri() + "!/nis.framework#ni-1";
        ModelLoadException e = refused(write("plan.plan", plan("frameworks/nis.framework#nis", href)));
        assertNames(e, "plan.plan", 6, "archive:");
    }

    @Test
    void aPlatformReferenceIsRefused() throws Exception {
        String href = "platform:/resource/other/nis.framework#ni-1";
        ModelLoadException e = refused(write("plan.plan", plan("frameworks/nis.framework#nis", href)));
        assertNames(e, "plan.plan", 6, href);
    }

    @Test
    void aFileOutsideTheProjectIsRefusedUntilItsFolderIsAllowed() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path secret = elsewhere.resolve("secret.framework");
        Files.writeString(secret, framework("secret", "s-1"));
        Path p = write("plan.plan", plan("frameworks/nis.framework#nis", secret.toUri() + "#s-1"));
        ModelLoadException e = refused(p);
        assertNames(e, "plan.plan", 6, "secret.framework");
        assertTrue(e.getMessage().contains("outside the plan's folder tree"), e.getMessage());
        assertTrue(e.getMessage().contains("--allow-dir"), e.getMessage());

        Path relative = write("rel.plan", plan("frameworks/nis.framework#nis", "../elsewhere/secret.framework#s-1"));
        assertNames(refused(relative), "rel.plan", 6, "secret.framework");

        ResourcePolicy.setUserAllowedFolders(List.of(elsewhere));
        Plan plan = ModelStore.loadPlan(p);
        assertEquals("s-1", ((org.plantrace.model.PriorityItem) plan.getObjectives().get(0).getAlignments().get(0)
                .getTarget()).getId());
    }

    @Test
    void aSymbolicLinkOutOfTheProjectIsOutOfTheProject() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.framework"), framework("secret", "s-1"));
        Files.createSymbolicLink(project.resolve("link.framework"), elsewhere.resolve("secret.framework"));
        ModelLoadException e = refused(write("plan.plan", plan("frameworks/nis.framework#nis", "link.framework#s-1")));
        assertNames(e, "plan.plan", 6, "secret.framework");
    }

    @Test
    void aNamespaceIsNeverFetched() throws Exception {
        String ns = net.url("model.ecore");
        Path p = write("plan.plan", "<?xml version=\"1.0\"?>\n<plantrace:Plan xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plantrace=\"" + ns + "\" id=\"p\"/>\n");
        ModelLoadException e = refused(p);
        assertTrue(e.getMessage().contains("unknown namespace") && e.getMessage().contains(ns), e.getMessage());
        assertEquals(2, e.getLine());
    }

    @Test
    void aSchemaLocationIsNeverFetched() throws Exception {
        String ns = "http://example.org/unknown";
        Path p = write("plan.plan", "<?xml version=\"1.0\"?>\n<plantrace:Plan xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:plantrace=\"" + ns + "\" xsi:schemaLocation=\"" + ns + " " + net.url("model.ecore")
                + "\" id=\"p\"/>\n");
        ModelLoadException e = refused(p);
        assertTrue(e.getMessage().contains("unknown namespace"), e.getMessage());
    }

    @Test
    void anyExtensionGoesThroughTheHardenedParser() throws Exception {
        // A referenced file with another extension and an external entity to the listener: parsed by the same
        // parser (DOCTYPE refused), so the entity is never fetched and the reference stays unresolved.
        write("other.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + net.url("e") + "\">]>\n"
                + "<plantrace:Framework " + NS + " id=\"x\">&e;</plantrace:Framework>\n");
        Plan plan = ModelStore.loadPlan(write("plan.plan", plan("frameworks/nis.framework#nis", "other.xml#x-1")));
        assertTrue(plan.getObjectives().get(0).getAlignments().get(0).getTarget().eIsProxy());
        var r = plan.eResource().getResourceSet().getResources().stream()
                .filter(x -> x.getURI().lastSegment().equals("other.xml")).findFirst().orElseThrow();
        assertTrue(r.getErrors().get(0).getMessage().contains("DOCTYPE"), r.getErrors().get(0).getMessage());
        assertTrue(r instanceof org.plantrace.model.io.PlantraceResource, r.getClass().getName());

        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelStore.load(ModelStore.newResourceSet(), project.resolve("other.xml")));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void limitsOfOurOwnNameTheLine() throws Exception {
        StringBuilder deep = new StringBuilder("<?xml version=\"1.0\"?>\n<plantrace:Framework " + NS + " id=\"f\">\n");
        for (int i = 0; i < 150; i++) {
            deep.append("<items id=\"i").append(i).append("\">\n");
        }
        for (int i = 0; i < 150; i++) {
            deep.append("</items>");
        }
        deep.append("</plantrace:Framework>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelStore.loadFramework(write("deep.framework", deep.toString())));
        assertTrue(e.getMessage().contains("nested more than 64 levels"), e.getMessage());
        assertEquals(2 + 64, e.getLine(), "the line of the first element too deep");

        String big = "x".repeat(Limits.DEFAULT.maxValueChars() + 1);
        e = assertThrows(ModelLoadException.class, () -> ModelStore.loadFramework(write("big.framework",
                "<?xml version=\"1.0\"?>\n<plantrace:Framework " + NS + "\n id=\"f\" name=\"" + big + "\"/>\n")));
        assertTrue(e.getMessage().contains("attribute 'name'") && e.getMessage().contains("100000"), e.getMessage());
        assertEquals(3, e.getLine());

        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(PlantracePackage.eNS_URI, PlantracePackage.eINSTANCE);
        LoadGuard.install(rs, new Limits(100, 100, 1000));
        Path f = project.resolve("frameworks/nis.framework");
        e = assertThrows(ModelLoadException.class, () -> ModelStore.load(rs, f));
        assertTrue(e.getMessage().contains("larger than the 0.0 MB") || e.getMessage().contains("larger than"),
                e.getMessage());
    }

    @Test
    void anUnknownEncodingIsNamedAsSuch() throws Exception {
        Path p = project.resolve("enc.plan");
        try (OutputStream o = Files.newOutputStream(p)) {
            o.write(("<?xml version=\"1.0\" encoding=\"X-BOGUS-42\"?>\n<plantrace:Plan " + NS + " id=\"p\"/>\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        ModelLoadException e = refused(p);
        assertTrue(e.getMessage().contains("encoding 'X-BOGUS-42'"), e.getMessage());
        assertEquals(1, e.getLine());
    }
}

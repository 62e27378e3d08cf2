package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

class ModelStoreTest {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    @TempDir
    Path dir;

    /** A plan with three key activities and one cross-file alignment, saved as plan.plan + nis.framework. */
    private Path writeSample() throws IOException {
        ResourceSet rs = ModelStore.newResourceSet();
        Framework ni = F.createFramework();
        ni.setId("nis");
        ni.setKind(FrameworkKind.NI);
        PriorityItem ni16 = F.createPriorityItem();
        ni16.setId("ni-16");
        ni16.setCode("NI 16");
        ni16.setName("Serious acquisitive crime");
        ni.getItems().add(ni16);
        Resource fr = rs.createResource(URI.createFileURI(dir.resolve("frameworks/nis.framework").toString()));
        fr.getContents().add(ni);

        Plan plan = F.createPlan();
        plan.setId("plan");
        plan.setTitle("Plan");
        plan.getFrameworks().add(ni);
        CorporateObjective o = F.createCorporateObjective();
        o.setId("obj");
        o.setTitle("Objective");
        plan.getObjectives().add(o);
        for (int i = 1; i <= 3; i++) {
            KeyActivity ka = F.createKeyActivity();
            ka.setId("ka-" + (char) ('a' + i - 1));
            ka.setTitle("Activity " + i);
            o.getKeyActivities().add(ka);
        }
        Alignment a = F.createAlignment();
        a.setId("al");
        a.setTarget(ni16);
        a.getKeyActivities().add(o.getKeyActivities().get(2));
        o.getAlignments().add(a);
        Resource pr = rs.createResource(URI.createFileURI(dir.resolve("plan.plan").toString()));
        pr.getContents().add(plan);
        ModelStore.save(fr);
        ModelStore.save(pr);
        return dir.resolve("plan.plan");
    }

    @Test
    void crossFileReferencesResolveByStableId() throws Exception {
        Plan plan = ModelStore.loadPlan(writeSample());
        Alignment a = plan.getObjectives().get(0).getAlignments().get(0);
        assertEquals("NI 16", ((PriorityItem) a.getTarget()).getCode());
        assertFalse(a.getTarget().eIsProxy());
        String xml = Files.readString(dir.resolve("plan.plan"));
        assertTrue(xml.contains("frameworks/nis.framework#ni-16"), xml);
        assertFalse(xml.contains("//@"), "references must use ids, not positions: " + xml);
    }

    @Test
    void savingTheSameModelTwiceGivesIdenticalBytes() throws Exception {
        Path file = writeSample();
        byte[] first = Files.readAllBytes(file);
        Plan plan = ModelStore.loadPlan(file);
        ModelStore.save(plan.eResource());
        assertArrayEquals(first, Files.readAllBytes(file));
        byte[] again = ModelStore.serialise(ModelStore.loadPlan(file).eResource());
        assertArrayEquals(first, again);
    }

    @Test
    void reorderingKeyActivitiesRenumbersButKeepsIdsAndLinks() throws Exception {
        Plan plan = ModelStore.loadPlan(writeSample());
        CorporateObjective o = plan.getObjectives().get(0);
        KeyActivity third = o.getKeyActivities().get(2);
        assertEquals(3, third.getNumber());
        o.getKeyActivities().move(0, third);
        assertEquals(1, third.getNumber());
        ModelStore.save(plan.eResource());

        Plan reloaded = ModelStore.loadPlan(dir.resolve("plan.plan"));
        CorporateObjective o2 = reloaded.getObjectives().get(0);
        KeyActivity first = o2.getKeyActivities().get(0);
        assertEquals("ka-c", first.getId());
        assertEquals(1, first.getNumber());
        assertSame(first, o2.getAlignments().get(0).getKeyActivities().get(0));
    }

    @Test
    void failedSaveLeavesTheOldFileIntactAndNoTemporaryFiles() throws Exception {
        Path file = writeSample();
        byte[] before = Files.readAllBytes(file);
        Plan plan = ModelStore.loadPlan(file);
        plan.setTitle("Changed");
        // A target whose parent is a regular file cannot be written: the save must fail cleanly.
        Path blocked = file.resolve("cannot-exist.plan");
        assertThrows(IOException.class, () -> ModelStore.saveTo(plan.eResource(), blocked));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), names.toString());
        }
    }

    @Test
    void savingKeepsTheFilesPermissionsAndNewFilesAreReadable() throws Exception {
        Path file = dir.resolve("shared.plan");
        Files.writeString(file, "old");
        var groupWritable = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, groupWritable);
        ModelStore.writeAtomically(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals(groupWritable, Files.getPosixFilePermissions(file));
        Path fresh = dir.resolve("fresh.plan");
        ModelStore.writeAtomically(fresh, "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.getPosixFilePermissions(fresh)
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), "readable like any saved file");
    }

    @Test
    void atomicWriteReplacesContentCompletely() throws Exception {
        Path file = dir.resolve("x.plan");
        Files.writeString(file, "old content that is longer than the new one");
        ModelStore.writeAtomically(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(file));
    }

    private ModelLoadException loadFails(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        byte[] before = Files.readAllBytes(file);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.loadPlan(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "message names the file: " + e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "a failed load never touches the file");
        return e;
    }

    @Test
    void missingFileIsReportedByName() {
        Path file = dir.resolve("nope.plan");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.loadPlan(file));
        assertTrue(e.getMessage().contains("nope.plan") && e.getMessage().contains("no such file"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void notXmlIsReportedWithLine() throws Exception {
        ModelLoadException e = loadFails("text.plan", "this is not XML\n");
        assertEquals(1, e.getLine());
        assertTrue(e.getReason().contains("not an XML file"), e.getReason());
    }

    @Test
    void truncatedFileIsReportedWithLine() throws Exception {
        String full = Files.readString(writeSample());
        ModelLoadException e = loadFails("cut.plan", full.substring(0, full.length() / 2));
        assertTrue(e.getLine() > 1, "line known: " + e.getMessage());
        assertTrue(e.getReason().contains("truncated"), e.getReason());
    }

    @Test
    void wrongNamespaceIsReported() throws Exception {
        String full = Files.readString(writeSample()).replace(org.plantrace.model.PlantracePackage.eNS_URI, "http://example.org/x");
        ModelLoadException e = loadFails("ns.plan", full);
        assertTrue(e.getReason().contains("not a Plantrace model") && e.getReason().contains("http://example.org/x"),
                e.getReason());
    }

    @Test
    void doctypeWithExternalEntityIsRejectedAndNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<plantrace:Plan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:plantrace=\"http://plantrace.org/model/1.0\" id=\"p\" title=\"&x;\"/>\n";
        ModelLoadException e = loadFails("xxe.plan", xml);
        assertEquals(2, e.getLine());
        assertTrue(e.getReason().contains("DOCTYPE"), e.getReason());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void aFrameworkIsNotAPlan() throws Exception {
        writeSample();
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelStore.loadPlan(dir.resolve("frameworks/nis.framework")));
        assertTrue(e.getReason().contains("expected a Plan"), e.getReason());
        assertNotNull(ModelStore.loadFramework(dir.resolve("frameworks/nis.framework")));
    }

    @Test
    void contentRecoveredElsewhereLoadsAsTheFileWithItsReferencesAndLeavesTheFileAlone() throws Exception {
        Path file = writeSample();
        byte[] onDisk = Files.readAllBytes(file);
        byte[] recovered = new String(onDisk, StandardCharsets.UTF_8)
                .replace("title=\"Objective\"", "title=\"Objective, unsaved edit\"").getBytes(StandardCharsets.UTF_8);
        ResourceSet rs = ModelStore.newResourceSet();
        Plan plan = (Plan) ModelStore.loadContent(rs, file, recovered).getContents().get(0);
        assertEquals("Objective, unsaved edit", plan.getObjectives().get(0).getTitle());
        Alignment a = plan.getObjectives().get(0).getAlignments().get(0);
        assertEquals("NI 16", ((PriorityItem) a.getTarget()).getCode(), "relative references resolve from the file");
        assertArrayEquals(onDisk, Files.readAllBytes(file));

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.loadContent(
                ModelStore.newResourceSet(), file, "<plantrace:Plan".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("plan.plan"), "names the file: " + e.getMessage());
    }
}

package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.model.Plan;
import org.plantrace.model.io.FormatVersion;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.PlantraceResource;
import org.plantrace.model.io.migration.MigrationStep;
import org.plantrace.model.io.migration.Migrations;

/** Files of older formats open (migrated in memory, never touched); newer formats are refused clearly. */
class FormatMigrationTest {

    private static final String NS_1_0 = "http://plantrace.org/model/1.0";

    @TempDir
    Path dir;

    static Path fixtures() {
        return ExamplesTest.examples().resolveSibling("tests/org.plantrace.model.tests/fixtures/format-1.0");
    }

    static List<Path> fixtureFiles() throws Exception {
        try (Stream<Path> s = Files.walk(fixtures())) {
            return s.filter(p -> p.toString().endsWith(".plan") || p.toString().endsWith(".framework")).sorted()
                    .toList();
        }
    }

    @Test
    void theFixturesAreReallyOfFormat10() throws Exception {
        List<Path> files = fixtureFiles();
        assertEquals(13, files.size(), files.toString());
        for (Path f : files) {
            assertTrue(Files.readString(f).contains("xmlns:plantrace=\"" + NS_1_0 + "\""), f.toString());
        }
    }

    @Test
    void format10FilesLoadWithEveryReferenceResolvedAndStayUntouched() throws Exception {
        for (Path f : fixtureFiles()) {
            byte[] before = Files.readAllBytes(f);
            long modified = Files.getLastModifiedTime(f).toMillis();
            ResourceSet rs = ModelStore.newResourceSet();
            PlantraceResource r = (PlantraceResource) ModelStore.load(rs, f);
            EcoreUtil.resolveAll(rs);
            assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(rs).isEmpty(), f + " has unresolved references");
            assertEquals(new FormatVersion(1, 0), r.getFormatVersion(), f.toString());
            assertTrue(r.isMigrated());
            assertFalse(r.getMigrationLog().isEmpty());
            assertArrayEquals(before, Files.readAllBytes(f), f + " was changed by loading");
            assertEquals(modified, Files.getLastModifiedTime(f).toMillis());
        }
    }

    @Test
    void savingAMigratedFileWritesTheCurrentFormatAndLosesNothing() throws Exception {
        for (Path f : fixtureFiles()) {
            Resource r = ModelStore.load(ModelStore.newResourceSet(), f);
            String saved = new String(ModelStore.serialise(r), StandardCharsets.UTF_8);
            assertTrue(saved.contains("xmlns:plantrace=\"" + FormatVersion.CURRENT.namespace() + "\""), f.toString());
            assertFalse(saved.contains(NS_1_0), f.toString());
            String name = f.getParent().getFileName() + "/" + f.getFileName();
            if (!name.equals("frameworks/protective-services.framework") && !name.equals("met-forward-2011-14/plan.plan")) {
                // Nothing else changes meaning between 1.0 and 1.1: the file is written again as it was.
                String expected = Files.readString(f).replace(NS_1_0, FormatVersion.CURRENT.namespace());
                assertEquals(expected, saved, f + " lost or changed content in migration");
            }
            Path copy = dir.resolve(f.getFileName());
            Files.writeString(copy, saved);
            PlantraceResource again = (PlantraceResource) ModelStore.load(ModelStore.newResourceSet(), copy);
            assertEquals(FormatVersion.CURRENT, again.getFormatVersion());
            assertFalse(again.isMigrated());
        }
    }

    @Test
    void nationalIsDecidedByTheFlagFromNowOnSetFromTheKindAs10Did() throws Exception {
        // 1.0 ignored the flag: protective services were stored national (the default) but did not count.
        Path ps = fixtures().resolve("frameworks/protective-services.framework");
        assertFalse(Files.readString(ps).contains("national="));
        assertFalse(ModelStore.loadFramework(ps).isNational());
        for (String counted : List.of("psa-2008-11", "spp-2009-10", "nis-2008", "apacs-2008-09")) {
            assertTrue(ModelStore.loadFramework(fixtures().resolve("frameworks/" + counted + ".framework")).isNational(),
                    counted);
        }
        assertTrue(ModelStore.loadFramework(fixtures().resolve("policing-performance-2003-04/npp-2003-06.framework"))
                .isNational());
        assertFalse(ModelStore.loadFramework(fixtures().resolve("policing-london-2009-12/laa-2008-11.framework"))
                .isNational());
    }

    @Test
    void objectiveTiersMoveFromAPropertyToTheAttribute() throws Exception {
        Path f = fixtures().resolve("met-forward-2011-14/plan.plan");
        long tierProperties = Files.readString(f).lines().filter(l -> l.contains("<properties key=\"tier\"")).count();
        assertEquals(44, tierProperties);
        Plan plan = ModelStore.loadPlan(f);
        assertEquals("Met corporate objective", plan.getObjectives().stream()
                .filter(o -> o.getId().equals("mf2-obj-reduce-victimisation")).findFirst().orElseThrow().getTier());
        assertEquals(44, plan.getObjectives().stream().filter(o -> o.getTier() != null && !o.getTier().isEmpty())
                .count());
        assertTrue(plan.getObjectives().stream().flatMap(o -> o.getProperties().stream())
                .noneMatch(p -> p.getKey().equals("tier")));
    }

    @Test
    void theSamplePlanOfFormat10HasItsContent() throws Exception {
        Plan plan = ModelStore.loadPlan(fixtures().resolve("policing-london-2009-12/plan.plan"));
        assertEquals("Policing London Business Plan 2009-12", plan.getTitle());
        assertEquals(7, plan.getObjectives().size());
        assertEquals(9, plan.getFrameworks().size());
        assertEquals("NI 16", plan.getFrameworks().get(2).getItems().stream()
                .filter(i -> "ni-16".equals(i.getId())).findFirst().orElseThrow().getCode());
    }

    @Test
    void aFileOfANewerFormatIsRefusedNamingBothVersions() throws Exception {
        Path f = dir.resolve("future.plan");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="http://plantrace.org/model/7.3" id="p" title="From the future" newThing="x"/>
                """);
        byte[] before = Files.readAllBytes(f);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.loadPlan(f));
        assertTrue(e.getReason().contains("newer version of Plantrace") && e.getReason().contains("7.3")
                && e.getReason().contains(FormatVersion.CURRENT.toString()), e.getReason());
        assertEquals(3, e.getLine(), "the line where the root element's start tag ends: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void aMalformedFormatVersionIsRefused() throws Exception {
        Path f = dir.resolve("odd.plan");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="http://plantrace.org/model/latest" id="p" title="P"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.loadPlan(f));
        assertTrue(e.getReason().contains("unknown Plantrace file format"), e.getReason());
    }

    @Test
    void dataAnOldFormatHoldsThatNoStepTakesIsAnErrorNamingTheElement() throws Exception {
        Path f = dir.resolve("old.plan");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="http://plantrace.org/model/1.0" id="p" title="P">
                  <objectives id="obj-1" title="One" colour="red"/>
                </plantrace:Plan>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.loadPlan(f));
        assertTrue(e.getReason().contains("'obj-1'") && e.getReason().contains("colour"), e.getReason());
    }

    @Test
    void anUnknownAttributeInACurrentFileIsStillAnErrorWithItsLine() throws Exception {
        Path f = dir.resolve("new.plan");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="%s" id="p" title="P">
                  <objectives id="obj-1" title="One" colour="red"/>
                </plantrace:Plan>
                """.formatted(FormatVersion.CURRENT.namespace()));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.loadPlan(f));
        assertEquals(4, e.getLine(), e.getMessage());
        assertTrue(e.getReason().contains("colour"), e.getReason());
    }

    @Test
    void theMigrationStepsFormOneChainFromTheOldestToTheCurrentFormat() {
        FormatVersion at = FormatVersion.OLDEST;
        for (MigrationStep s : Migrations.STEPS) {
            assertEquals(at, s.from(), "steps must be contiguous");
            assertTrue(s.from().isOlderThan(s.to()));
            assertFalse(s.summary().isBlank());
            at = s.to();
        }
        assertEquals(FormatVersion.CURRENT, at);
        assertEquals(Migrations.STEPS, Migrations.path(FormatVersion.OLDEST));
    }
}

package org.plantrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.Polarity;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.Target;
import org.plantrace.model.Unit;
import org.plantrace.model.io.FormatVersion;
import org.plantrace.model.io.ModelStore;
import org.plantrace.model.io.PlantraceResource;

/** Files of format 1.1 (the examples before results existed) open, migrate to 1.2 and lose nothing. */
class FormatMigration11Test {

    private static final String NS_1_1 = "http://plantrace.org/model/1.1";

    @TempDir
    Path dir;

    static Path fixtures() {
        return FormatFixtures.folder(new FormatVersion(1, 1));
    }

    static List<Path> fixtureFiles() throws Exception {
        return FormatFixtures.files(new FormatVersion(1, 1));
    }

    @Test
    void theFixturesAreReallyOfFormat11() throws Exception {
        List<Path> files = fixtureFiles();
        assertEquals(15, files.size(), files.toString());
        for (Path f : files) {
            assertTrue(Files.readString(f).contains("xmlns:plantrace=\"" + NS_1_1 + "\""), f.toString());
        }
    }

    @Test
    void format11FilesLoadMigratedWithEveryReferenceResolvedAndStayUntouched() throws Exception {
        FormatFixtures.assertLoadMigratedResolvedUntouched(new FormatVersion(1, 1), "1.2");
    }

    @Test
    void savingWritesTheCurrentFormatWithTheSameContent() throws Exception {
        for (Path f : fixtureFiles()) {
            String saved = new String(ModelStore.serialise(ModelStore.load(ModelStore.newResourceSet(), f)),
                    StandardCharsets.UTF_8);
            // 1.2 and 1.3 only add optional features: the file is written again as it was, in the new namespace.
            assertEquals(Files.readString(f).replace(NS_1_1, FormatVersion.NAMESPACE_PREFIX + FormatVersion.CURRENT),
                    saved, f.toString());
            Path copy = dir.resolve(f.getFileName());
            Files.writeString(copy, saved);
            PlantraceResource again = (PlantraceResource) ModelStore.load(ModelStore.newResourceSet(), copy);
            assertEquals(FormatVersion.CURRENT, again.getFormatVersion());
            assertFalse(again.isMigrated());
        }
    }

    @Test
    void aMigratedMeasureHasNoIndicatorDefinitionAndItsTargetsAreCorporate() throws Exception {
        Plan plan = ModelStore.loadPlan(fixtures().resolve("policing-london-2009-12/plan.plan"));
        Measure m13 = plan.getObjectives().stream().flatMap(o -> o.getMeasures().stream())
                .filter(m -> m.getId().equals("m-13")).findFirst().orElseThrow();
        assertEquals(Unit.UNSPECIFIED, m13.getUnit());
        assertEquals(Polarity.UNSPECIFIED, m13.getPolarity());
        assertNull(m13.getNationalIndicator());
        assertNull(m13.getTolerance());
        Target t2008 = m13.getTargets().stream().filter(t -> "2008/09".equals(t.getYear())).findFirst().orElseThrow();
        assertEquals("78.9% (2% increase)", t2008.getValue());
        assertEquals(ScopeKind.CORPORATE, t2008.getScope());
        assertNull(t2008.getFigure());
        assertNull(plan.getDefaultTolerance());
    }

    @Test
    void theApacsResultsOfAppendixIAreReportedAndKeptAsPrinted() throws Exception {
        Path f = fixtures().resolve("frameworks/apacs-2008-09.framework");
        long printed = Files.readString(f).lines().filter(l -> l.contains("key=\"apacs2008.result\"")).count();
        PlantraceResource r = (PlantraceResource) ModelStore.load(ModelStore.newResourceSet(), f);
        List<String> reported = r.getMigrationLog().stream().filter(l -> l.contains("apacs2008.result")).toList();
        assertEquals(printed, reported.size(), reported.toString());
        assertTrue(reported.contains("item 'spi-1-1': property apacs2008.result '77.8% (to Dec)' is a result; format "
                + "1.2 holds results in a results file against the plan's measure (kept as printed)"), reported.toString());
        PriorityItem spi11 = (PriorityItem) r.getEObject("spi-1-1");
        assertEquals("77.8% (to Dec)", spi11.getProperties().stream().filter(p -> p.getKey().equals("apacs2008.result"))
                .findFirst().orElseThrow().getValue());
    }
}

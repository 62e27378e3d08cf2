package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.tests.CliTest.Result;

/** Suspect links across files, review-links and migrate, driven through the command line on real files. */
class EraCommandsTest {

    @TempDir
    Path dir;

    private Path write(String name, String xml) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, xml);
        return f;
    }

    private Path psa(String title) throws Exception {
        return write("psa.framework", """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="http://plantrace.org/model/1.1" id="psa" kind="psa" code="PSA"
                    inForceFrom="2008-04-01" inForceTo="2011-03-31" status="superseded">
                  <items id="psa-24" title="%s" code="PSA 24"/>
                </plantrace:Framework>
                """.formatted(title));
    }

    private Path plan() throws Exception {
        return write("plan.plan", """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="http://plantrace.org/model/1.1" id="p" title="P" periodStart="2009/10"
                    periodEnd="2010/11" frameworks="psa.framework#psa">
                  <objectives id="o1" title="Justice">
                    <alignments id="o1-a1" target="plantrace:PriorityItem psa.framework#psa-24"/>
                  </objectives>
                </plantrace:Plan>
                """);
    }

    @Test
    void changingAnItemsWordingInItsFrameworkFileMakesTheLinkSuspectUntilReviewed() throws Exception {
        psa("Deliver a more effective, transparent and responsive Criminal Justice System");
        Path plan = plan();
        Result first = CliTest.run("review-links", plan.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("0 suspect link(s) marked reviewed, 1 link(s) recorded"), first.out());
        assertTrue(Files.readString(plan).contains("reviewedAgainst="), "the fingerprint is saved in the plan");
        assertFalse(CliTest.run("validate", plan.toString()).out().contains("suspect-link"));

        // The framework file is revised: PSA 24's wording changes.
        psa("Deliver a more effective, transparent and responsive criminal justice system for victims and the public");
        Result suspect = CliTest.run("validate", plan.toString());
        assertTrue(suspect.out().lines().anyMatch(l -> l.startsWith("WARNING") && l.contains("[o1-a1]")
                && l.contains("is suspect")), suspect.out());

        byte[] before = Files.readAllBytes(plan);
        Result dry = CliTest.run("review-links", plan.toString(), "--dry-run");
        assertTrue(dry.out().contains("1 suspect link(s) marked reviewed"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(plan), "a dry run saves nothing");

        assertEquals(2, CliTest.run("review-links", plan.toString(), "--link", "nope").code());
        Result reviewed = CliTest.run("review-links", plan.toString(), "--link", "o1-a1");
        assertEquals(0, reviewed.code(), reviewed.err());
        assertFalse(CliTest.run("validate", plan.toString()).out().contains("is suspect"));
    }

    @Test
    void migrateMovesLinksAlongSuccessionsAndSavesAtomically() throws Exception {
        write("kpis.framework", """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="http://plantrace.org/model/1.1" id="kpis" kind="other" code="KPI"
                    inForceFrom="2011-04-01">
                  <items id="kpi-justice" title="Offences brought to justice" code="KPI 9"/>
                </plantrace:Framework>
                """);
        write("psa.framework", """
                <?xml version="1.0" encoding="UTF-8"?>
                <plantrace:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plantrace="http://plantrace.org/model/1.1" id="psa" kind="psa" code="PSA"
                    inForceFrom="2008-04-01" inForceTo="2011-03-31" status="superseded">
                  <items id="psa-24" title="Criminal justice" code="PSA 24">
                    <successions kind="broadened" successors="kpis.framework#kpi-justice"/>
                  </items>
                </plantrace:Framework>
                """);
        Path plan = plan();
        String from = dir.resolve("psa.framework").toString();
        String to = dir.resolve("kpis.framework").toString();
        byte[] before = Files.readAllBytes(plan);
        Result dry = CliTest.run("migrate", plan.toString(), "--from", from, "--to", to, "--dry-run");
        assertEquals(0, dry.code(), dry.out() + dry.err());
        assertTrue(dry.out().contains("PSA 24 -> KPI 9 (broadened into)"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(plan));

        Result done = CliTest.run("migrate", plan.toString(), "--from", from, "--to", to);
        assertEquals(0, done.code(), done.out() + done.err());
        String saved = Files.readString(plan);
        assertTrue(saved.contains("kpis.framework#kpi-justice") && !saved.contains("psa.framework"), saved);
        assertEquals(2, CliTest.run("migrate", plan.toString(), "--from", from, "--to", to).code(),
                "nothing left to migrate");
        assertEquals(2, CliTest.run("migrate", plan.toString(), "--to", to).code(), "--from is required");
    }
}

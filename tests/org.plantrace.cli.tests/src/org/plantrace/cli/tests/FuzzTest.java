package org.plantrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.tests.fuzz.Fuzz;
import org.plantrace.cli.tests.fuzz.Fuzz.Outcome;

/**
 * A fixed-seed fuzz run in CI: 120 mutations of the example files and the hostile cases of issue 16 through
 * {@code plantrace validate}. None may crash, hang, end in an internal error, connect to the network or open a file outside the plan's project. A run counts as hung after 10 s
 * here (CI machines are shared; the slowest input takes about 3 s on an idle one); the long run,
 * {@code releng/benchmarks/run.sh fuzz --inputs 10000}, uses 5 s.
 */
class FuzzTest {

    @TempDir
    Path dir;

    @Test
    void mutatedAndHostileInputsEndInACleanOutcome() throws Exception {
        Fuzz fuzz = new Fuzz(dir, CliTest.examples(), 16, 10_000);
        try {
            List<Fuzz.Input> hostile = fuzz.mutator().hostile(false);
            for (Fuzz.Input in : hostile) {
                Fuzz.Run r = fuzz.run(in, false);
                assertTrue(r.outcome() == Outcome.UNUSABLE || r.outcome() == Outcome.FINDINGS || r.outcome() == Outcome.CLEAN,
                        in.label() + ": " + r.outcome() + " " + r.message());
                assertTrue(!r.message().contains("Impl@") && !r.message().contains("Exception"), in.label() + ": " + r.message());
            }
            for (int i = 0; i < 120; i++) {
                fuzz.run(fuzz.mutator().next(), false);
            }
            Map<Outcome, Integer> counts = fuzz.counts();
            String bad = fuzz.runs().stream().filter(r -> r.outcome().ordinal() >= Outcome.INTERNAL_ERROR.ordinal())
                    .map(r -> r.input().label() + " " + r.outcome() + " " + r.message()).collect(Collectors.joining("\n"));
            assertEquals("", bad, counts.toString());
            assertTrue(counts.get(Outcome.UNUSABLE) > 0 && counts.get(Outcome.FINDINGS) > 0, counts.toString());
            assertEquals(120 + hostile.size(), fuzz.runs().size());
        } finally {
            fuzz.close();
        }
    }
}

package org.plantrace.ui.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The 2,000 x 2,000 benchmark as a test: opens the generated matrix, toggles and undoes cells, and
 * fails on a regression well beyond the goals (1 s to open, 50 ms per toggle round-trip). The goals
 * themselves are checked by the numbers printed (and written to target/matrix-benchmark.txt); the
 * margins keep a loaded build machine from failing the build.
 */
class MatrixScaleTest {

    @Test
    void twoThousandByTwoThousandOpensAndTogglesFast() throws IOException {
        Shell shell = Fixture.shell(1600, 1000);
        shell.open();
        try {
            MatrixBenchmark.Result r = MatrixBenchmark.run(shell, 2000, 2000, 4, 30);
            String report = r.report();
            System.out.print(report);
            String dir = System.getProperty("plantrace.screenshots");
            if (dir != null) {
                Path out = Path.of(dir).getParent().resolve("matrix-benchmark.txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, report, StandardCharsets.UTF_8);
            }
            assertTrue(r.warmOpen() < 2 * MatrixBenchmark.OPEN_GOAL_MS, report);
            assertTrue(r.toggleMedian() < 2 * MatrixBenchmark.TOGGLE_GOAL_MS, report);
            assertTrue(r.undoMedian() < 2 * MatrixBenchmark.TOGGLE_GOAL_MS, report);
        } finally {
            shell.dispose();
        }
    }
}

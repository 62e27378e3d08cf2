package org.plantrace.ui.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The matrix at the size of the scale goal, as a functional test: a generated 2,000 x 2,000 plan opens in the
 * composite and paints, and clicks on cells all over the visible area toggle links that undo restores (the
 * harness throws when a toggle or an undo has no effect). Times are not asserted here: they are measured by
 * {@link MatrixBenchmark} ({@code releng/benchmarks/matrix-benchmark.sh}); the figures of this run are written to
 * {@code target/matrix-benchmark.txt} for reference only.
 */
class MatrixScaleTest {

    @Test
    void aTwoThousandByTwoThousandMatrixOpensAndEveryClickTogglesAndUndoes() throws IOException {
        Shell shell = Fixture.shell(1600, 1000);
        shell.open();
        try {
            MatrixBenchmark.Result r = MatrixBenchmark.run(shell, 2000, 2000, 2, 12);
            assertEquals(2000, r.rows());
            assertEquals(2000, r.columns());
            assertTrue(r.links() > 2000, "the generated plan has links in every part: " + r.links());
            assertEquals(12, r.toggleMs().length, "every click toggled a link and undo restored it");
            String dir = System.getProperty("plantrace.screenshots");
            if (dir != null) {
                Path out = Path.of(dir).getParent().resolve("matrix-benchmark.txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, r.report(), StandardCharsets.UTF_8);
            }
        } finally {
            shell.dispose();
        }
    }
}

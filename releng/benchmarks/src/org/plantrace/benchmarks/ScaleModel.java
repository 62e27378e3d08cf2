package org.plantrace.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.plantrace.model.io.ModelStore;

/**
 * Writes a model N times the size of a plan (see {@link ScaledModel}) for the cold benchmarks of {@code run.sh}, which
 * then run {@code plantrace appendix} on it as a whole process. Prints the plan file.
 *
 * <p>Usage: {@code ScaleModel <plan> <factor> <dir>}.
 */
public final class ScaleModel {

    private ScaleModel() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[2]));
        System.out.println(ScaledModel.write(ModelStore.loadPlan(Path.of(args[0])), Integer.parseInt(args[1]), dir));
    }
}

package org.plantrace.benchmarks;

/**
 * The training run of the ahead-of-time cache the cold benchmarks' matrix and diagram rows run with (JDK 25), the
 * stand-in for the product's first session, which records the cache later starts use (releng/scripts/gui-jvm.sh).
 * Runs with the same class path and options as the measured process, and does what that session would leave in the
 * cache: {@code AotTraining matrix|diagram --warm-up} runs the tree's warm-up (a tree whose workbench runs its
 * warm-ups before the recording session closes), {@code AotTraining matrix|diagram} only starts (an older tree: a
 * first session closed before its warm-ups ran caches the start-up only). Found by name, so that it runs on any tree.
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        boolean warmUp = args.length > 1 && args[1].equals("--warm-up");
        if (!warmUp) {
            return;
        }
        switch (args[0]) {
            case "diagram" -> {
                System.setProperty("java.awt.headless", "true");
                Class.forName("org.plantrace.diagram.layout.WarmUp").getMethod("run").invoke(null);
            }
            case "matrix" -> {
                Class<?> displayClass = Class.forName("org.eclipse.swt.widgets.Display");
                Object display = displayClass.getMethod("getDefault").invoke(null);
                try {
                    Class.forName("org.plantrace.ui.matrix.internal.warmup.MatrixWarmUp").getMethod("run", displayClass)
                            .invoke(null, display);
                } finally {
                    displayClass.getMethod("dispose").invoke(display);
                }
            }
            default -> throw new IllegalArgumentException("AotTraining matrix|diagram [--warm-up]");
        }
    }
}

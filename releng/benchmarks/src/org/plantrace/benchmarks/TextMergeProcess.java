package org.plantrace.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.plantrace.core.merge.TextMerge;

/**
 * The text merge alone as a process ({@code base ours theirs out}): what a cold merge costs without loading EMF (no
 * proof of the result). For {@link MergeBenchmark} only; exit 0 merged, 1 the text merge does not apply.
 */
public final class TextMergeProcess {

    private TextMergeProcess() {
    }

    public static void main(String[] args) throws Exception {
        TextMerge.Result r = TextMerge.attempt(Files.readAllBytes(Path.of(args[0])), Files.readAllBytes(Path.of(args[1])),
                Files.readAllBytes(Path.of(args[2])), java.util.concurrent.Executors
                .newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory()));
        if (r.merged() == null) {
            System.err.println(r.fallback());
            System.exit(1);
        }
        Files.write(Path.of(args[3]), r.merged());
    }
}

package org.plantrace.model.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.plantrace.model.io.ModelStore;

/**
 * Child process of {@link AtomicSaveTest}: saves {@code args[0]} over and over through {@link ModelStore}, alternating
 * two contents of {@code args[1]} MB each (all 'a' or all 'b'), until it is killed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int size = Integer.parseInt(args[1]) * 1024 * 1024;
        byte[] a = new byte[size];
        byte[] b = new byte[size];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        System.out.println("saving");
        System.out.flush();
        for (long i = 0;; i++) {
            ModelStore.writeAtomically(target, i % 2 == 0 ? a : b);
        }
    }
}

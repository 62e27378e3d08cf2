package org.plantrace.docgen;

/** One file a writer produced: its name (no folder) and its bytes. */
public record Output(String fileName, byte[] bytes) {
}

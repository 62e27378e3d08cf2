package org.plantrace.docgen;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A large output held in blocks while it is written, then made into one array of its exact size once
 * ({@link #toByteArray}): unlike a {@code ByteArrayOutputStream} it never copies what it holds into an array twice as
 * large (a 31 MB PDF went through buffers of 32 and 64 MB, then a copy); text goes in a piece at a time through
 * {@link TextOut}. A document written to its file goes there directly instead ({@link OutputSink}).
 * Under the serial collector such buffers go straight to the old generation and stay in the process's memory. Also
 * reused for many small outputs in turn ({@link #reset}, {@link #writeTo}).
 */
public final class Pieces extends OutputStream {

    private static final int BLOCK = 1 << 20;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] block = new byte[BLOCK];
    private int at;
    private long size;

    @Override
    public void write(int b) {
        if (at == block.length) {
            next();
        }
        block[at++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        while (len > 0) {
            if (at == block.length) {
                next();
            }
            int n = Math.min(len, block.length - at);
            System.arraycopy(b, off, block, at, n);
            at += n;
            off += n;
            len -= n;
            size += n;
        }
    }

    private void next() {
        full.add(block);
        block = new byte[BLOCK];
        at = 0;
    }

    /** Writes all written so far to {@code out}. */
    public void writeTo(OutputStream out) throws java.io.IOException {
        for (byte[] f : full) {
            out.write(f);
        }
        out.write(block, 0, at);
    }

    /** Empties it for the next output, keeping one block (e.g. a PDF page's content after another's). */
    public void reset() {
        full.clear();
        at = 0;
        size = 0;
    }

    /** All written, as one array. */
    public byte[] toByteArray() {
        byte[] all = new byte[Math.toIntExact(size)];
        int to = 0;
        for (byte[] f : full) {
            System.arraycopy(f, 0, all, to, f.length);
            to += f.length;
        }
        System.arraycopy(block, 0, all, to, at);
        return all;
    }
}

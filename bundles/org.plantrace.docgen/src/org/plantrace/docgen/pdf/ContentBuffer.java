package org.plantrace.docgen.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A page's content stream as it is written, in memory: PDFBox's content stream writes each operand and operator in
 * several small writes, which its own streams pass through a chunked buffer one by one; here they are array copies,
 * and the page's stream is deflated once, in one piece, when the page ends ({@link #writeTo}). Reused page after page.
 */
final class ContentBuffer extends OutputStream {

    private byte[] buf = new byte[1 << 16];
    private int count;

    @Override
    public void write(int b) {
        if (count == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (count + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    /** Empties the buffer (keeping its memory) for the next page. */
    void reset() {
        count = 0;
    }

    /** Writes what the buffer holds to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, count);
    }

    /** Closing leaves the content in the buffer (PDFBox closes the stream it was given when its page ends). */
    @Override
    public void close() {
    }
}

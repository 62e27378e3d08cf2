package org.plantrace.diagram.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder for the diagrams' opaque RGB images: 8-bit truecolour, rows unfiltered (filter "None") and one fast
 * deflate stream. ImageIO's writer reads the image pixel by pixel through the raster and tries every filter on every
 * row; this one reads the pixel array once, several times faster for files of about the same size. Unfiltered rows
 * suit diagrams: a flat colour repeats its three bytes, which deflate matches as well as the zeros of the "Sub" filter,
 * while anti-aliased edges and text repeat from row to row as they are; on the appendices' figures the files are 15-20
 * % smaller and deflate takes about a third less time than with "Sub" at level 1.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_NONE = 0;
    /** Deflate level 2: as fast as level 1 on these rows, a few per cent smaller. */
    private static final int LEVEL = 2;
    private static final int CHUNK = 1 << 16;

    private PngEncoder() {
    }

    /** Writes {@code image} (of type {@link BufferedImage#TYPE_INT_RGB}) as PNG. */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an RGB image is expected, not type " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, w);
        putInt(header, 4, h);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        chunk(out, "IHDR", header, header.length);

        Deflater deflater = new Deflater(LEVEL);
        try {
            byte[] row = new byte[1 + 3 * w];
            byte[] buffer = new byte[CHUNK];
            for (int y = 0; y < h; y++) {
                row[0] = FILTER_NONE;
                int base = y * w;
                for (int x = 0, i = 1; x < w; x++, i += 3) {
                    int p = pixels[base + x];
                    row[i] = (byte) (p >> 16);
                    row[i + 1] = (byte) (p >> 8);
                    row[i + 2] = (byte) p;
                }
                deflater.setInput(row);
                drain(deflater, buffer, out, false);
            }
            deflater.finish();
            drain(deflater, buffer, out, true);
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
    }

    /** The PNG as bytes. */
    static byte[] bytes(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        write(image, out);
        return out.toByteArray();
    }

    /** Writes what the deflater has as IDAT chunks, until it needs input (or, when finishing, until it is done). */
    private static void drain(Deflater deflater, byte[] buffer, OutputStream out, boolean finishing) throws IOException {
        int filled = 0;
        while (finishing ? !deflater.finished() : !deflater.needsInput()) {
            int n = deflater.deflate(buffer, filled, buffer.length - filled);
            filled += n;
            if (filled == buffer.length) {
                chunk(out, "IDAT", buffer, filled);
                filled = 0;
            }
        }
        if (filled > 0) {
            chunk(out, "IDAT", buffer, filled);
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] len = new byte[4];
        putInt(len, 0, length);
        out.write(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}

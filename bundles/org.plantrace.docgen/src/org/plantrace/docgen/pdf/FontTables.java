package org.plantrace.docgen.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * PDFBox 3 applies a font's GSUB (glyph substitution) table to every string it draws, compiling regular
 * expressions each time; with DejaVu Sans that dominates rendering time (and turns "fi" into a ligature
 * that text extraction returns as one character). Latin table text needs no substitution, so the table
 * is hidden: its tag in the font's table directory is renamed, which leaves the font otherwise intact.
 */
final class FontTables {

    private FontTables() {
    }

    /** A copy of a TrueType/OpenType font whose GSUB table is no longer found by name. */
    static byte[] withoutGsub(byte[] font) {
        byte[] out = font.clone();
        if (out.length < 12) {
            return out;
        }
        ByteBuffer b = ByteBuffer.wrap(out);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 > out.length) {
                break;
            }
            if ("GSUB".equals(new String(out, at, 4, StandardCharsets.US_ASCII))) {
                out[at] = 'x'; // "xSUB": an unknown table, ignored by parsers and subsetters
            }
        }
        return out;
    }
}

package org.plantrace.docgen.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.plantrace.docgen.Pieces;

/**
 * A page's content stream, in the form PDFBox's {@code PDPageContentStream} writes: each operand followed by a space,
 * each operator by a line end; positions and lengths to a hundredth of a point ({@link PdfNumbers#coordinate}), the
 * other numbers (matrices, colours, font sizes) in PDFBox's form, at most 5 decimals ({@link PdfNumbers#format}).
 * PDFBox's stream checks every call, keeps stacks of fonts and colour spaces, writes each operator as a new String's
 * bytes and each number through a method of its own, and makes a {@code DecimalFormat} for every stream: for the 100x
 * model's 9,800 pages that was about a quarter of the PDF's time. Here the bytes go into a small array, which goes to
 * the page's buffer ({@link Pieces}) when full and when the page ends ({@link #flush}).
 */
final class PageContent {

    static final byte[] BT = ascii("BT\n");
    static final byte[] ET = ascii("ET\n");
    static final byte[] SAVE = ascii("q\n");
    static final byte[] RESTORE = ascii("Q\n");
    static final byte[] FILL = ascii("f\n");
    static final byte[] STROKE = ascii("S\n");
    static final byte[] CLOSE = ascii("h\n");
    private static final byte[] TD = ascii("Td\n");
    private static final byte[] TF = ascii("Tf\n");
    private static final byte[] TM = ascii("Tm\n");
    private static final byte[] CM = ascii("cm\n");
    private static final byte[] RE = ascii("re\n");
    private static final byte[] W = ascii("w\n");
    private static final byte[] M = ascii("m\n");
    private static final byte[] L = ascii("l\n");
    private static final byte[] C = ascii("c\n");
    private static final byte[] DASH_END = ascii("] ");
    private static final byte[] D = ascii("d\n");

    private final byte[] b = new byte[1 << 16];
    private int at;
    private final Pieces out;
    /** The operands and operator of each colour set so far ("r g b rg\n"), fill and stroke. */
    private final Map<Integer, byte[]> fills = new HashMap<>();
    private final Map<Integer, byte[]> strokes = new HashMap<>();
    /** Each font resource's name as an operand ("/F1 "). */
    private final Map<COSName, byte[]> names = new IdentityHashMap<>();

    PageContent(Pieces out) {
        this.out = out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes what is held to the page's buffer. */
    void flush() {
        out.write(b, 0, at);
        at = 0;
    }

    /** Room for {@code n} more bytes in the array (at most its length). */
    private void room(int n) {
        if (at + n > b.length) {
            flush();
        }
    }

    /**
     * The array to write {@code n} bytes into at {@link #position}, then {@link #advance}: this one, or a new one
     * where they do not fit in it.
     */
    byte[] reserve(int n) {
        room(n);
        return n <= b.length ? b : null;
    }

    int position() {
        return at;
    }

    void advance(int to) {
        at = to;
    }

    /** Writes bytes as they are. */
    void write(byte[] bytes) {
        if (bytes.length > b.length - at) {
            flush();
            if (bytes.length > b.length) {
                out.write(bytes, 0, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, b, at, bytes.length);
        at += bytes.length;
    }

    /** An operand: the number (PDFBox's form) and a space. */
    void number(float v) {
        room(PdfNumbers.MAX_LENGTH + 1);
        at = PdfNumbers.format(v, b, at);
        b[at++] = ' ';
    }

    /** An operand: a position or length in points (to a hundredth) and a space. */
    void coordinate(float v) {
        room(PdfNumbers.MAX_LENGTH + 1);
        at = PdfNumbers.coordinate(v, b, at);
        b[at++] = ' ';
    }

    void moveText(float x, float y) {
        coordinate(x);
        coordinate(y);
        write(TD);
    }

    void font(COSName name, float size) throws IOException {
        byte[] n = names.get(name);
        if (n == null) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            name.writePDF(o);
            o.write(' ');
            n = o.toByteArray();
            names.put(name, n);
        }
        write(n);
        number(size);
        write(TF);
    }

    /** A matrix's six numbers and {@code op}: the translation ({@code e}, {@code f}) as coordinates. */
    private void matrix(float a, float bb, float c, float d, float e, float f, byte[] op) {
        number(a);
        number(bb);
        number(c);
        number(d);
        coordinate(e);
        coordinate(f);
        write(op);
    }

    void textMatrix(float a, float bb, float c, float d, float e, float f) {
        matrix(a, bb, c, d, e, f, TM);
    }

    void transform(float a, float bb, float c, float d, float e, float f) {
        matrix(a, bb, c, d, e, f, CM);
    }

    /** The fill colour 0xRRGGBB, as PDFBox's {@code setNonStrokingColor(r / 255f, g / 255f, b / 255f)}. */
    void fillColour(int rgb) {
        write(colour(fills, rgb, "rg\n"));
    }

    /** The stroke colour 0xRRGGBB, as PDFBox's {@code setStrokingColor(r / 255f, g / 255f, b / 255f)}. */
    void strokeColour(int rgb) {
        write(colour(strokes, rgb, "RG\n"));
    }

    private static byte[] colour(Map<Integer, byte[]> known, int rgb, String op) {
        byte[] bytes = known.get(rgb);
        if (bytes == null) {
            byte[] s = new byte[3 * (PdfNumbers.MAX_LENGTH + 1) + op.length()];
            int k = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                k = PdfNumbers.format(((rgb >> shift) & 0xFF) / 255f, s, k);
                s[k++] = ' ';
            }
            for (int i = 0; i < op.length(); i++) {
                s[k++] = (byte) op.charAt(i);
            }
            bytes = java.util.Arrays.copyOf(s, k);
            known.put(rgb, bytes);
        }
        return bytes;
    }

    void rect(float x, float y, float w, float h) {
        coordinate(x);
        coordinate(y);
        coordinate(w);
        coordinate(h);
        write(RE);
    }

    void lineWidth(float w) {
        coordinate(w);
        write(W);
    }

    void moveTo(float x, float y) {
        coordinate(x);
        coordinate(y);
        write(M);
    }

    void lineTo(float x, float y) {
        coordinate(x);
        coordinate(y);
        write(L);
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        coordinate(x1);
        coordinate(y1);
        coordinate(x2);
        coordinate(y2);
        coordinate(x3);
        coordinate(y3);
        write(C);
    }

    /** A dash pattern ({@code [d1 d2 ] phase d}; {@code [] 0 d} for a solid line). */
    void dash(float[] pattern, float phase) {
        room(1);
        b[at++] = '[';
        for (float f : pattern) {
            coordinate(f);
        }
        write(DASH_END);
        coordinate(phase);
        write(D);
    }
}

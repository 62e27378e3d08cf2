package org.plantrace.docgen.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF's fonts: DejaVu Sans or Liberation Sans when installed (embedded as subsets, their glyph substitution table
 * hidden, see {@link FontTables}), otherwise the standard PDF Helvetica with text limited to what its WinAnsi encoding
 * holds. Metrics are read once per process from the font files; each document embeds the faces it uses.
 */
final class Fonts {

    /** The four faces a document uses. */
    enum Face {
        REGULAR, BOLD, ITALIC, BOLD_ITALIC;

        static Face of(boolean bold, boolean italic) {
            return bold ? italic ? BOLD_ITALIC : BOLD : italic ? ITALIC : REGULAR;
        }
    }

    /** Candidate fonts: regular, bold, italic, bold-italic files. */
    private static final String[][] FILES = {
        {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"},
        {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf"},
    };

    private static final String[] DIRS = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/liberation",
        "/usr/share/fonts/truetype/liberation2", "/usr/local/share/fonts", "/Library/Fonts",
        System.getProperty("user.home") + "/.fonts"};

    private static final Map<Face, Metrics> METRICS = new EnumMap<>(Face.class);

    static {
        for (String[] family : FILES) {
            if (locate(family[0]) == null) {
                continue;
            }
            for (Face f : Face.values()) {
                Path p = locate(family[f.ordinal()]);
                if (p == null) {
                    p = locate(family[f.ordinal() & 1]); // no italic face: upright of the same weight
                }
                if (p == null) {
                    p = locate(family[0]);
                }
                METRICS.put(f, Metrics.embedded(p));
            }
            break;
        }
        if (METRICS.isEmpty()) {
            for (Face f : Face.values()) {
                METRICS.put(f, Metrics.standard(f));
            }
        }
    }

    private final PDDocument doc;
    private final Map<Face, PDFont> loaded = new EnumMap<>(Face.class);
    /** Per font of this document, each character's code in the font's encoding (null until first shown). */
    private final Map<PDFont, byte[][]> codes = new IdentityHashMap<>();

    Fonts(PDDocument doc) {
        this.doc = doc;
    }

    /** The face as a font of this document, embedded on first use. */
    PDFont font(Face f) throws IOException {
        PDFont font = loaded.get(f);
        if (font == null) {
            Metrics m = METRICS.get(f);
            font = m.bytes == null ? new PDType1Font(m.standard)
                    : PDType0Font.load(doc, new ByteArrayInputStream(m.bytes), true);
            loaded.put(f, font);
        }
        return font;
    }

    /**
     * Shows {@code s} in {@code font} (the font set last in {@code cs}, in a text object): the bytes of
     * {@code cs.showText(s)}, for less. PDFBox encodes every character through the font's cmap, adds each to the
     * subset's set and writes the string operand to the compressed stream a byte at a time; here each character's code
     * is found once per font and document (the subset gets it then, as PDFBox would on every showing: the same set),
     * and the operand and operator go to the stream in one write, in PDFBox's form ({@link #operand}). Text with
     * surrogates (which the faces print as '?', so none comes here) is left to PDFBox.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the bytes PDFBox's showText would write
    void show(PDPageContentStream cs, PDFont font, String s) throws IOException {
        byte[][] code = codes.computeIfAbsent(font, f -> new byte[65536][]);
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                cs.showText(s);
                return;
            }
            byte[] b = code[c];
            if (b == null) {
                b = font.encode(String.valueOf(c));
                if (font.willBeSubset()) {
                    font.addToSubset(c);
                }
                code[c] = b;
            }
            length += b.length;
        }
        byte[] bytes = new byte[length];
        int at = 0;
        for (int i = 0; i < s.length(); i++) {
            byte[] b = code[s.charAt(i)];
            System.arraycopy(b, 0, bytes, at, b.length);
            at += b.length;
        }
        cs.appendRawCommands(operand(bytes, TJ));
    }

    private static final byte[] TJ = {' ', 'T', 'j', '\n'};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /**
     * A string operand as PDFBox's {@code COSWriter.writeString} writes it, then {@code after}: a literal string,
     * {@code (...)} with '(', ')' and '\\' escaped, when every byte is 7-bit and none is a line end; otherwise a hex
     * string {@code <...>} in capitals.
     */
    private static byte[] operand(byte[] bytes, byte[] after) {
        boolean literal = true;
        int escapes = 0;
        for (byte b : bytes) {
            if (b < 0 || b == '\r' || b == '\n') {
                literal = false;
                break;
            }
            if (b == '(' || b == ')' || b == '\\') {
                escapes++;
            }
        }
        byte[] out;
        int at;
        if (literal) {
            out = new byte[bytes.length + escapes + 2 + after.length];
            out[0] = '(';
            at = 1;
            for (byte b : bytes) {
                if (b == '(' || b == ')' || b == '\\') {
                    out[at++] = '\\';
                }
                out[at++] = b;
            }
            out[at++] = ')';
        } else {
            out = new byte[2 * bytes.length + 2 + after.length];
            out[0] = '<';
            at = 1;
            for (byte b : bytes) {
                out[at++] = HEX[(b >> 4) & 0xF];
                out[at++] = HEX[b & 0xF];
            }
            out[at++] = '>';
        }
        System.arraycopy(after, 0, out, at, after.length);
        return out;
    }

    /** The width of {@code s} in points at {@code size} (characters the face lacks count as '?'). */
    static float width(Face f, String s, float size) {
        Metrics m = METRICS.get(f);
        float w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += m.advance(s.charAt(i));
        }
        return w * size / 1000f;
    }

    /** The advance of one character in 1/1000 em. */
    static float advance(Face f, char c) {
        return METRICS.get(f).advance(c);
    }

    /** {@code s} with every character the face cannot print replaced by '?' (the same string when all print). */
    static String printable(Face f, String s) {
        Metrics m = METRICS.get(f);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!m.has(c)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, '?');
            }
        }
        return b == null ? s : b.toString();
    }

    /** Whether text is set in an embedded TrueType font (else the standard Helvetica). */
    static boolean embedded() {
        return METRICS.get(Face.REGULAR).bytes != null;
    }

    private static Path locate(String file) {
        for (String dir : DIRS) {
            Path p = Path.of(dir, file);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Advance widths of one face by UTF-16 char (characters outside the BMP print as '?'). */
    private static final class Metrics {
        final byte[] bytes;
        final Standard14Fonts.FontName standard;
        private final float[] advance = new float[65536];
        private final PDFont helvetica;
        private final CmapLookup cmap;
        private final TrueTypeFont ttf;
        private final float scale;

        private Metrics(byte[] bytes, Standard14Fonts.FontName standard) throws IOException {
            this.bytes = bytes;
            this.standard = standard;
            Arrays.fill(advance, Float.NaN);
            if (bytes != null) {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                cmap = ttf.getUnicodeCmapLookup();
                scale = 1000f / ttf.getUnitsPerEm();
                helvetica = null;
            } else {
                ttf = null;
                cmap = null;
                scale = 1;
                helvetica = new PDType1Font(standard);
            }
        }

        static Metrics embedded(Path p) {
            try {
                return new Metrics(FontTables.withoutGsub(Files.readAllBytes(p)), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Metrics standard(Face f) {
            Standard14Fonts.FontName n = switch (f) {
                case REGULAR -> Standard14Fonts.FontName.HELVETICA;
                case BOLD -> Standard14Fonts.FontName.HELVETICA_BOLD;
                case ITALIC -> Standard14Fonts.FontName.HELVETICA_OBLIQUE;
                case BOLD_ITALIC -> Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE;
            };
            try {
                return new Metrics(null, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean has(char c) {
            advance(c);
            return advance[c] >= 0;
        }

        /** The advance of {@code c}, or of '?' when the face lacks it (remembered as a negative width). */
        float advance(char c) { // a race measures a character twice, to the same value
            float a = advance[c];
            if (Float.isNaN(a)) {
                a = measure(c);
                advance[c] = a;
            }
            return a < 0 ? -a - 1 : a;
        }

        private float measure(char c) {
            try {
                if (Character.isSurrogate(c) || c < 0x20) {
                    return -measure('?') - 1;
                }
                if (ttf != null) {
                    int gid = cmap.getGlyphId(c);
                    if (gid == 0) {
                        return c == '?' ? 0 : -measure('?') - 1;
                    }
                    return ttf.getAdvanceWidth(gid) * scale;
                }
                try {
                    helvetica.encode(String.valueOf(c));
                    return helvetica.getWidth(c < 128 ? c : helvetica.encode(String.valueOf(c))[0] & 0xFF);
                } catch (IllegalArgumentException e) {
                    return c == '?' ? 556 : -measure('?') - 1;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

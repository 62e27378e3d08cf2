package org.plantrace.docgen.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

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

    /** By face (ordinal). */
    private static final Metrics[] METRICS = new Metrics[Face.values().length];

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
                METRICS[f.ordinal()] = Metrics.embedded(p);
            }
            break;
        }
        if (METRICS[0] == null) {
            for (Face f : Face.values()) {
                METRICS[f.ordinal()] = Metrics.standard(f);
            }
        }
    }

    private final PDDocument doc;
    private final PDFont[] loaded = new PDFont[Face.values().length];
    /** Per font of this document, each character's code in the font's encoding (found when first shown). */
    private final Map<PDFont, Codes> codes = new IdentityHashMap<>();
    /** The font shown last and its codes. */
    private PDFont lastFont;
    private Codes lastCodes;

    Fonts(PDDocument doc) {
        this.doc = doc;
    }

    /** The face as a font of this document, embedded on first use. */
    PDFont font(Face f) throws IOException {
        PDFont font = loaded[f.ordinal()];
        if (font == null) {
            Metrics m = METRICS[f.ordinal()];
            font = m.bytes == null ? new PDType1Font(m.standard)
                    : PDType0Font.load(doc, new ByteArrayInputStream(m.bytes), true);
            loaded[f.ordinal()] = font;
            if (font.willBeSubset()) {
                subsetAtSave(font);
            }
        }
        return font;
    }

    /**
     * Has PDFBox subset {@code font} when it saves the document, as it does for a font a content stream of the document
     * sets ({@code PDDocument.getFontsToSubset} is not public, and the pages' content is not written by PDFBox's
     * content streams): set once, in a stream that is no part of the document.
     */
    private void subsetAtSave(PDFont font) throws IOException {
        PDAppearanceStream holder = new PDAppearanceStream(new COSStream());
        holder.setResources(new PDResources());
        try (PDPageContentStream s = new PDPageContentStream(doc, holder, OutputStream.nullOutputStream())) {
            s.setFont(font, 1);
        }
    }

    /**
     * Shows {@code s} in {@code font} (the font set last, in a text object): what PDFBox's {@code showText(s)} shows,
     * for less. PDFBox encodes every character through the font's cmap, adds each to the subset's set and writes the
     * string operand a byte at a time; here each character's code is found once per font and document (the subset gets
     * it then, as PDFBox would on every showing: the same set), with whether it needs escaping, and the operand and
     * operator are written straight into the page's content. The operand is always a literal string, {@code (...)},
     * with '(', ')' and '\\' escaped by a backslash and the line ends as {@code \r} and {@code \n} (a line end in a
     * literal string is read as a line feed); other bytes, 8-bit ones too, go in as they are. PDFBox writes a string
     * with an 8-bit byte as hex, {@code <...>}, two digits a byte: the faces' two-byte codes of an em dash or a pound
     * sign made a hex string of the whole line, half of the 100x model's text bytes. The text comes through
     * {@link #printable}: no surrogates (the faces print them as '?').
     */
    void show(PageContent out, PDFont font, String s) throws IOException {
        Codes codes = font == lastFont ? lastCodes : this.codes.get(font);
        if (codes == null) {
            codes = new Codes();
            this.codes.put(font, codes);
        }
        lastFont = font;
        lastCodes = codes;
        int n = s.length();
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (codes.code[c] == null) {
                codes.add(font, c);
            }
            length += codes.code[c].length + codes.escapes[c];
        }
        int size = length + 2 + TJ.length;
        byte[] b = out.reserve(size);
        boolean own = b == null; // longer than the content's array: a new one
        int at = 0;
        if (own) {
            b = new byte[size];
        } else {
            at = out.position();
        }
        b[at++] = '(';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            byte[] code = codes.code[c];
            if (codes.escapes[c] > 0) {
                for (byte x : code) {
                    if (x == '(' || x == ')' || x == '\\') {
                        b[at++] = '\\';
                        b[at++] = x;
                    } else if (x == '\r' || x == '\n') {
                        b[at++] = '\\';
                        b[at++] = (byte) (x == '\r' ? 'r' : 'n');
                    } else {
                        b[at++] = x;
                    }
                }
            } else if (code.length == 2) {
                b[at++] = code[0];
                b[at++] = code[1];
            } else {
                System.arraycopy(code, 0, b, at, code.length);
                at += code.length;
            }
        }
        b[at++] = ')';
        System.arraycopy(TJ, 0, b, at, TJ.length);
        at += TJ.length;
        if (own) {
            out.write(b);
        } else {
            out.advance(at);
        }
    }

    private static final byte[] TJ = {' ', 'T', 'j', '\n'};

    /** Per font of a document: each character's code in the font's encoding, and how many of its bytes are escaped. */
    private static final class Codes {
        final byte[][] code = new byte[65536][];
        final byte[] escapes = new byte[65536];

        void add(PDFont font, char c) throws IOException {
            byte[] b = font.encode(String.valueOf(c));
            if (font.willBeSubset()) {
                font.addToSubset(c);
            }
            int e = 0;
            for (byte x : b) {
                if (x == '(' || x == ')' || x == '\\' || x == '\r' || x == '\n') {
                    e++;
                }
            }
            code[c] = b;
            escapes[c] = (byte) e;
        }
    }

    /** The width of {@code s} in points at {@code size} (characters the face lacks count as '?'). */
    static float width(Face f, String s, float size) {
        Metrics m = METRICS[f.ordinal()];
        float[] known = m.advance;
        float w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            float a = known[c];
            w += a >= 0 ? a : m.advance(c); // not measured yet (NaN) or missing (negative): the long way
        }
        return w * size / 1000f;
    }

    /** The advance of one character in 1/1000 em. */
    static float advance(Face f, char c) {
        return METRICS[f.ordinal()].advance(c);
    }

    /** {@code s} with every character the face cannot print replaced by '?' (the same string when all print). */
    static String printable(Face f, String s) {
        Metrics m = METRICS[f.ordinal()];
        StringBuilder b = null;
        float[] known = m.advance;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(known[c] >= 0) && !m.has(c)) { // measured and present, or not measured yet: measure
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
        return METRICS[Face.REGULAR.ordinal()].bytes != null;
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
        /** By char: its advance, NaN until measured, negative where the face lacks it. */
        final float[] advance = new float[65536];
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

package org.plantrace.docgen.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.plantrace.docgen.Pieces;
import org.plantrace.docgen.pdf.Fonts.Face;

/**
 * The pages of the PDF, written one after the other: A4 with the appendices' margins, the draft banner at the top and
 * the DRAFT watermark behind the content of every page of a draft, "Page n of N" at the foot (added when the last page
 * is known). Coordinates are points from the page's top left; each page's content goes to its content stream as it
 * is drawn, and the stream is closed when the next page starts.
 */
final class Pages {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 14 * MM;
    static final float RIGHT = WIDTH - 14 * MM;
    static final float TOP = 20 * MM;
    static final float BOTTOM = HEIGHT - 18 * MM;
    /** The width of the text area. */
    static final float TEXT_WIDTH = RIGHT - LEFT;

    static final int RED = 0xb00000;

    private final PDDocument doc;
    private final Fonts fonts;
    private final String banner;
    /** The content of the page being written (the current page's stream until it ends). */
    private final Pieces content = new Pieces();
    private PDStream pageStream;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private int fillRgb = -1;
    private int strokeRgb = -1;
    private PDFont font;
    private float fontSize;

    /** @param banner the draft banner, or null for a final document */
    Pages(PDDocument doc, Fonts fonts, String banner) {
        this.doc = doc;
        this.fonts = fonts;
        this.banner = banner;
    }

    PDDocument document() {
        return doc;
    }

    /** The current page's number, from 1. */
    int number() {
        return doc.getNumberOfPages();
    }

    PDPage page() {
        return page;
    }

    /** The top of the space left on the page. */
    float y() {
        return y;
    }

    void y(float y) {
        this.y = y;
    }

    void down(float dy) {
        y += dy;
    }

    /** The height left on the page. */
    float room() {
        return BOTTOM - y;
    }

    /** Whether nothing has been written on the page yet. */
    boolean atTop() {
        return y <= TOP + 0.01f;
    }

    /** Starts a page (ending the current one): watermark and banner of a draft, the cursor at the top margin. */
    void newPage() throws IOException {
        close();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        // as PDFBox's content stream of a new page writes it, into memory first (the page's resources are given to
        // it through an appearance stream that is never part of the document)
        pageStream = new PDStream(doc);
        page.setContents(pageStream);
        PDResources resources = new PDResources();
        page.setResources(resources);
        PDAppearanceStream holder = new PDAppearanceStream(new COSStream());
        holder.setResources(resources);
        content.reset();
        cs = new PDPageContentStream(doc, holder, content);
        pagePrecision(cs);
        cs.saveGraphicsState(); // restored when the page ends: the footer added later starts from the page's defaults
        fillRgb = -1;
        strokeRgb = -1;
        font = null;
        if (banner != null) {
            watermark();
            TextFlow.Run r = TextFlow.Run.of(Face.BOLD, 9, RED, banner);
            float w = Math.min(Fonts.width(Face.BOLD, r.text(), 9), TEXT_WIDTH);
            text(r, r.text(), LEFT + (TEXT_WIDTH - w) / 2, TOP / 2 + 3);
        }
        y = TOP;
    }

    private void watermark() throws IOException {
        float size = 110;
        float w = Fonts.width(Face.BOLD, "DRAFT", size);
        double a = Math.toRadians(40);
        float cx = WIDTH / 2;
        float cy = HEIGHT - 500; // PDF space, from the bottom
        float cos = (float) Math.cos(a);
        float sin = (float) Math.sin(a);
        float x0 = cx - cos * w / 2 + sin * size * 0.36f;
        float y0 = cy - sin * w / 2 - cos * size * 0.36f;
        cs.beginText();
        cs.setFont(fonts.font(Face.BOLD), size);
        colour(0xf3d6d6);
        cs.setTextMatrix(new Matrix(cos, sin, -sin, cos, x0, y0));
        cs.showText("DRAFT");
        cs.endText();
    }

    /** Draws one run's text with its baseline at {@code baseline} (from the top). */
    void text(TextFlow.Run style, String s, float x, float baseline) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        font(style);
        cs.newLineAtOffset(x, HEIGHT - baseline);
        fonts.show(cs, font, s);
        cs.endText();
    }

    /** Sets the font and colour of a run where they change (they stay set between text objects). */
    private void font(TextFlow.Run style) throws IOException {
        PDFont f = fonts.font(style.face());
        if (f != font || style.size() != fontSize) {
            cs.setFont(f, style.size());
            font = f;
            fontSize = style.size();
        }
        colour(style.rgb());
    }

    /** Draws a line of text whose line box starts at {@code top}, {@code height} high: one text object. */
    void line(TextFlow.Text line, float x, float top, float height) throws IOException {
        if (line.pieces().isEmpty()) {
            return;
        }
        cs.beginText();
        float atX = 0;
        float atY = 0; // a text object starts at the origin; each move is from the previous piece
        for (TextFlow.Piece p : line.pieces()) {
            font(p.style());
            float px = x + p.x();
            float py = HEIGHT - baseline(top, height, p.style().size());
            cs.newLineAtOffset(px - atX, py - atY);
            atX = px;
            atY = py;
            fonts.show(cs, font, p.text());
        }
        cs.endText();
    }

    /** The baseline of text of {@code size} centred in a line box (the DejaVu/Liberation ascent and descent). */
    static float baseline(float top, float height, float size) {
        return top + (height - 1.164f * size) / 2 + 0.928f * size;
    }

    void fill(float x, float top, float w, float h, int rgb) throws IOException {
        colour(rgb);
        cs.addRect(x, HEIGHT - top - h, w, h);
        cs.fill();
    }

    void frame(float x, float top, float w, float h, int rgb, float width) throws IOException {
        strokeColour(rgb);
        cs.setLineWidth(width);
        cs.addRect(x, HEIGHT - top - h, w, h);
        cs.stroke();
    }

    /** The content stream of the current page, for drawings in PDF coordinates (figures). */
    PDPageContentStream stream() {
        fillRgb = -1;
        strokeRgb = -1;
        font = null;
        return cs;
    }

    private void colour(int rgb) throws IOException {
        if (rgb != fillRgb) {
            cs.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
            fillRgb = rgb;
        }
    }

    private void strokeColour(int rgb) throws IOException {
        if (rgb != strokeRgb) {
            cs.setStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
            strokeRgb = rgb;
        }
    }

    /** PDFBox's (package-private) PDAbstractContentStream.setMaximumFractionDigits, or null where it cannot be called. */
    private static final Method PRECISION = precision();

    private static Method precision() {
        try {
            Method m = PDPageContentStream.class.getSuperclass().getDeclaredMethod("setMaximumFractionDigits", int.class);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Gives a content stream made for an appearance stream the precision PDFBox gives a page's: numbers with up to 5
     * decimals (an appearance stream's have 4), so that the page's content is what PDFBox writes for a page. Where the
     * JVM refuses, the page keeps 4 decimals (a ten-thousandth of a point).
     */
    private static void pagePrecision(PDPageContentStream cs) {
        if (PRECISION != null) {
            try {
                PRECISION.invoke(cs, 5);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // 4 decimals
            }
        }
    }

    /** Ends the current page's content. */
    void close() throws IOException {
        if (cs != null) {
            cs.restoreGraphicsState();
            cs.close();
            cs = null;
            try (OutputStream os = pageStream.createOutputStream(COSName.FLATE_DECODE)) {
                content.writeTo(os);
            }
        }
    }

    /**
     * Writes "Page n of N" at the foot of every page (once all pages exist), in a stream of its own after the page's
     * content, which ends in the state it started in (a cover page's drawing too: {@link #onPage}). The footer's few
     * bytes are not compressed: at 9,800 pages, a deflater and a wrapping stream for each footer cost more than the
     * page's content.
     */
    void footers() throws IOException {
        close();
        int n = doc.getNumberOfPages();
        int i = 0;
        for (PDPage p : doc.getPages()) {
            i++;
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, false,
                    false)) {
                cs = s;
                fillRgb = -1;
                font = null;
                String t = "Page " + i + " of " + n;
                float w = Fonts.width(Face.REGULAR, t, 8);
                text(new TextFlow.Run(Face.REGULAR, 8, 0x555555, t), t, (WIDTH - w) / 2, BOTTOM + 9 * MM + 3);
            }
        }
        cs = null;
    }

    /** Draws on an earlier page (the cover, written last): the stream is appended to that page's content. */
    void onPage(PDPage p, Drawing d) throws IOException {
        PDPageContentStream saved = cs;
        try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs = s;
            fillRgb = -1;
            strokeRgb = -1;
            font = null;
            d.draw();
        } finally {
            cs = saved;
            fillRgb = -1;
            strokeRgb = -1;
            font = null;
        }
    }

    interface Drawing {
        void draw() throws IOException;
    }
}

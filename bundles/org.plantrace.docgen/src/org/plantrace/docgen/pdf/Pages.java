package org.plantrace.docgen.pdf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
    private final TextFlow.Run bannerRun;
    /** The content of the page being written (the current page's stream until it ends). */
    private final Pieces content = new Pieces();
    /** Writes the content (null between pages). */
    private PageContent cs;
    private final PageContent writer = new PageContent(content);
    /**
     * Deflates each ended page's content into its stream beside the layout of the next pages, a third of the PDF's
     * work (at the 100x model the PDF took longest of the formats and finished the run alone). At most
     * {@value #PAGES_AHEAD} pages wait; beyond that the writer's thread deflates the page itself ({@link #own}).
     */
    private final ThreadPoolExecutor deflater = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(PAGES_AHEAD), r -> {
                Thread t = new Thread(r, "plantrace-pdf-deflate");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.CallerRunsPolicy());
    private static final int PAGES_AHEAD = 64;
    /** The deflater of the deflating thread, and the writer's own (one each for all pages). */
    private final Deflating background = new Deflating();
    private final Deflating own = new Deflating();
    private final Thread writing = Thread.currentThread();
    /** The pages handed over and not yet known to be deflated. */
    private final List<Future<?>> deflated = new ArrayList<>();
    private PDStream pageStream;
    private PDPage page;
    /** The current page's resources, and the names of the fonts set on it (by face). */
    private PDResources resources;
    private final COSName[] fontNames = new COSName[Face.values().length];
    private float y;
    private int fillRgb = -1;
    private int strokeRgb = -1;
    /** The line width set on the page (NaN: none yet). */
    private float lineWidth = Float.NaN;
    private PDFont font;
    private float fontSize;

    /** @param banner the draft banner, or null for a final document */
    Pages(PDDocument doc, Fonts fonts, String banner) {
        this.doc = doc;
        this.fonts = fonts;
        this.banner = banner;
        this.bannerRun = banner == null ? null : TextFlow.Run.of(Face.BOLD, 9, RED, banner);
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
        // into memory first, deflated when the page ends
        pageStream = new PDStream(doc);
        page.setContents(pageStream);
        PDResources res = new PDResources();
        page.setResources(res);
        start(res);
        cs.write(PageContent.SAVE); // restored when the page ends: the footer added later starts from the page's defaults
        if (banner != null) {
            watermark();
            float w = Math.min(Fonts.width(Face.BOLD, bannerRun.text(), 9), TEXT_WIDTH);
            text(bannerRun, bannerRun.text(), LEFT + (TEXT_WIDTH - w) / 2, TOP / 2 + 3);
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
        cs.write(PageContent.BT);
        PDFont f = fonts.font(Face.BOLD);
        cs.font(name(Face.BOLD), size);
        colour(0xf3d6d6);
        cs.textMatrix(cos, sin, -sin, cos, x0, y0);
        fonts.show(cs, f, "DRAFT");
        cs.write(PageContent.ET);
    }

    /** Draws one run's text with its baseline at {@code baseline} (from the top). */
    void text(TextFlow.Run style, String s, float x, float baseline) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.write(PageContent.BT);
        font(style);
        cs.moveText(x, HEIGHT - baseline);
        fonts.show(cs, font, s);
        cs.write(PageContent.ET);
    }

    /** Sets the font and colour of a run where they change (they stay set between text objects). */
    private void font(TextFlow.Run style) throws IOException {
        PDFont f = fonts.font(style.face());
        if (f != font || style.size() != fontSize) {
            cs.font(name(style.face()), style.size());
            font = f;
            fontSize = style.size();
        }
        colour(style.rgb());
    }

    /** The name of a face's font in the page's resources (added on first use, as PDFBox's {@code setFont} does). */
    COSName name(Face f) throws IOException {
        COSName n = fontNames[f.ordinal()];
        if (n == null) {
            n = resources.add(fonts.font(f));
            fontNames[f.ordinal()] = n;
        }
        return n;
    }

    /** Draws a line of text whose line box starts at {@code top}, {@code height} high: one text object. */
    void line(TextFlow.Text line, float x, float top, float height) throws IOException {
        if (line.pieces().isEmpty()) {
            return;
        }
        cs.write(PageContent.BT);
        float atX = 0;
        float atY = 0; // a text object starts at the origin; each move is from the previous piece
        for (TextFlow.Piece p : line.pieces()) {
            font(p.style());
            float px = x + p.x();
            float py = HEIGHT - baseline(top, height, p.style().size());
            cs.moveText(px - atX, py - atY);
            atX = px;
            atY = py;
            fonts.show(cs, font, p.text());
        }
        cs.write(PageContent.ET);
    }

    /** The baseline of text of {@code size} centred in a line box (the DejaVu/Liberation ascent and descent). */
    static float baseline(float top, float height, float size) {
        return top + (height - 1.164f * size) / 2 + 0.928f * size;
    }

    void fill(float x, float top, float w, float h, int rgb) throws IOException {
        colour(rgb);
        cs.rect(x, HEIGHT - top - h, w, h);
        cs.write(PageContent.FILL);
    }

    void frame(float x, float top, float w, float h, int rgb, float width) throws IOException {
        line(rgb, width);
        cs.rect(x, HEIGHT - top - h, w, h);
        cs.write(PageContent.STROKE);
    }

    /**
     * Draws the outlines of rectangles ({x, top, width, height} each) in one colour and width: one path of all of them,
     * stroked once (a table's page has a few hundred cells; each edge two cells share is painted once, not twice, which
     * only the anti-aliased rims of the lines show, at under 0.5 % of a page's pixels at 100 dpi).
     */
    void frames(List<float[]> boxes, int rgb, float width) throws IOException {
        if (boxes.isEmpty()) {
            return;
        }
        line(rgb, width);
        for (float[] f : boxes) {
            cs.rect(f[0], HEIGHT - f[1] - f[3], f[2], f[3]);
        }
        cs.write(PageContent.STROKE);
    }

    /** Sets the stroke colour and line width where they change. */
    private void line(int rgb, float width) throws IOException {
        strokeColour(rgb);
        if (width != lineWidth) {
            cs.lineWidth(width);
            lineWidth = width;
        }
    }

    /** The content stream of the current page, for drawings in PDF coordinates (figures). */
    PageContent stream() {
        fillRgb = -1;
        strokeRgb = -1;
        lineWidth = Float.NaN;
        font = null;
        return cs;
    }

    private void colour(int rgb) throws IOException {
        if (rgb != fillRgb) {
            cs.fillColour(rgb);
            fillRgb = rgb;
        }
    }

    private void strokeColour(int rgb) throws IOException {
        if (rgb != strokeRgb) {
            cs.strokeColour(rgb);
            strokeRgb = rgb;
        }
    }

    /** Ends the current page's content. */
    void close() throws IOException {
        if (cs != null) {
            cs.write(PageContent.RESTORE);
            cs.flush();
            cs = null;
            COSStream s = pageStream.getCOSObject();
            s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            OutputStream os = s.createRawOutputStream();
            byte[] page = content.toByteArray();
            deflated.add(deflater.submit(() -> {
                Deflating d = Thread.currentThread() == writing ? own : background;
                try (os) {
                    d.to(os);
                    d.write(page, 0, page.length);
                    d.finish();
                }
                return null;
            }));
            if (deflated.size() >= 4 * PAGES_AHEAD) {
                forgetDeflated();
            }
        }
    }

    /** Forgets the pages known to be deflated; a page that failed is thrown. */
    private void forgetDeflated() throws IOException {
        for (Iterator<Future<?>> i = deflated.iterator(); i.hasNext();) {
            Future<?> f = i.next();
            if (f.isDone()) {
                deflatedOrThrow(f);
                i.remove();
            }
        }
    }

    /** Waits for a page to be deflated; its failure is thrown. */
    private static void deflatedOrThrow(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing the PDF's pages");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Waits for every page handed over to be deflated; the first failure is thrown. */
    private void awaitDeflated() throws IOException {
        deflater.shutdown();
        try {
            for (Future<?> f : deflated) {
                deflatedOrThrow(f);
            }
        } finally {
            deflated.clear();
        }
    }

    /** Stops the deflating thread and frees the deflaters' native memory (also after a failure). */
    void release() {
        deflater.shutdownNow();
        try {
            deflater.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        background.end();
        own.end();
    }

    /**
     * Writes "Page n of N" at the foot of every page (once all pages exist), in a stream of its own after the page's
     * content, which ends in the state it started in (a cover page's drawing too: {@link #onPage}). The footer's few
     * bytes are not compressed: at 9,800 pages, a deflater and a wrapping stream for each footer cost more than the
     * page's content.
     */
    void footers() throws IOException {
        close();
        awaitDeflated(); // every page is deflated
        int n = doc.getNumberOfPages();
        int i = 0;
        for (PDPage p : doc.getPages()) {
            i++;
            PDStream footer = append(p);
            start(p.getResources());
            String t = "Page " + i + " of " + n;
            float w = Fonts.width(Face.REGULAR, t, 8);
            text(new TextFlow.Run(Face.REGULAR, 8, 0x555555, t), t, (WIDTH - w) / 2, BOTTOM + 9 * MM + 3);
            cs.flush();
            try (OutputStream os = footer.createOutputStream((COSName) null)) {
                content.writeTo(os);
            }
        }
        cs = null;
    }

    /**
     * A new stream after the page's content, as PDFBox's {@code PDPageContentStream} in {@code APPEND} mode adds it: the
     * page's contents become an array (if they are not one yet) and the stream goes last.
     */
    private PDStream append(PDPage p) {
        PDStream stream = new PDStream(doc);
        COSBase contents = p.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        COSArray array;
        if (contents instanceof COSArray a) {
            array = a;
        } else {
            array = new COSArray();
            array.add(contents);
        }
        array.add(stream);
        p.getCOSObject().setItem(COSName.CONTENTS, array);
        return stream;
    }

    /** Starts writing a stream of a page whose resources are {@code r}, from the page's defaults. */
    private void start(PDResources r) {
        resources = r;
        Arrays.fill(fontNames, null);
        content.reset();
        cs = writer;
        fillRgb = -1;
        strokeRgb = -1;
        lineWidth = Float.NaN;
        font = null;
    }

    /**
     * Draws on an earlier page (the cover, written last): the stream is appended to that page's content by PDFBox (which
     * saves the page's graphics state before its content and restores it at the start of this stream).
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the drawing's bytes, as PDFBox's own calls would write them
    void onPage(PDPage p, Drawing d) throws IOException {
        try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
            start(p.getResources());
            d.draw();
            cs.flush();
            s.appendRawCommands(content.toByteArray());
        } finally {
            cs = null;
            fillRgb = -1;
            strokeRgb = -1;
            lineWidth = Float.NaN;
            font = null;
        }
    }

    /**
     * Deflates a page's content as PDFBox's Flate filter does (a {@code Deflater} at the level PDFBox takes from its
     * system property, the whole content in one deflate stream), with one deflater and buffer for all the pages a
     * thread deflates: PDFBox made a deflater (and its native state) for every page and copied the content into a
     * buffer of its own before deflating it. The inflated content is the same; so are the deflated bytes (zlib's output
     * does not depend on how its input is cut).
     */
    private static final class Deflating extends OutputStream {
        private final Deflater deflater = new Deflater(Filter.getCompressionLevel());
        private final byte[] buffer = new byte[1 << 16];
        private OutputStream out;

        void to(OutputStream o) {
            out = o;
            deflater.reset();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            deflater.setInput(b, off, len);
            while (!deflater.needsInput()) {
                drain();
            }
        }

        void finish() throws IOException {
            deflater.finish();
            while (!deflater.finished()) {
                drain();
            }
            out = null;
        }

        /** Frees the deflater's native memory (no page is deflated after this). */
        void end() {
            deflater.end();
        }

        private void drain() throws IOException {
            int n = deflater.deflate(buffer);
            if (n > 0) {
                out.write(buffer, 0, n);
            }
        }
    }

    interface Drawing {
        void draw() throws IOException;
    }
}

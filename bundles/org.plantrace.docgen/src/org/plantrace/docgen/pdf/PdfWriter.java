package org.plantrace.docgen.pdf;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.DocumentWriter;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.html.HtmlWriter;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;

/**
 * PDF from the same XHTML as the HTML output (with its paged-media rules), rendered by openhtmltopdf on
 * PDFBox: A4, header rows repeated on each page, a cell spanning rows repeated (marked continued) on each page its
 * rows reach, diagrams as vector graphics, the draft banner and a watermark on every page of a
 * draft, a table of contents with page numbers and PDF bookmarks. Very long text is bounded before layout
 * ({@link LongText}: cut with a note, long words given break opportunities). Fonts: DejaVu Sans or Liberation Sans
 * when installed (embedded as subsets), otherwise the standard PDF Helvetica.
 */
public final class PdfWriter implements DocumentWriter {

    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    /** Candidate fonts: family, then regular, bold, italic, bold-italic files. */
    private static final String[][] FONTS = {
        {"DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"},
        {"Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf"},
    };

    private static final String[] FONT_DIRS = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/liberation",
        "/usr/share/fonts/truetype/liberation2", "/usr/local/share/fonts", "/Library/Fonts",
        System.getProperty("user.home") + "/.fonts"};

    private static volatile List<FontFile> fonts;

    static {
        // openhtmltopdf logs every step at INFO to stderr; keep only what makes a PDF wrong
        XRLog.setLoggerImpl(new QuietLogger());
    }

    private record FontFile(byte[] bytes, String family, int weight, FontStyle style) {
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Output> write(AppendixDocument document, String baseName) throws IOException {
        return List.of(new Output(baseName + ".pdf", pdf(document)));
    }

    /**
     * The document as PDF. A cell spanning rows (an objective beside its links) that a page break cuts is repeated
     * at the top of the next page, marked "continued": the document is laid out, the rows that start a page are
     * found, and the XHTML is laid out again with the spans split there (until no span crosses a page, at most
     * {@value #PASSES} times).
     */
    public byte[] pdf(AppendixDocument document) throws IOException {
        Map<String, Figure> figures = new HashMap<>();
        document.sections().stream().flatMap(s -> s.blocks().stream()).filter(Figure.class::isInstance)
                .map(Figure.class::cast).forEach(f -> figures.put(f.name(), f));
        HtmlWriter html = new HtmlWriter();
        Set<String> pageStarts = new HashSet<>();
        for (int pass = 1;; pass++) {
            String xhtml = LongText.bound(html.html(document, true, pageStarts));
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            List<String> problems = new ArrayList<>();
            PdfRendererBuilder builder = builder(xhtml, problems, figures);
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.getOutputDevice().setRoot(renderer.getRootBox()); // what createPDF sets, needed to find boxes
                Set<String> found = pageStarts(renderer.findPagePositionsByID(HtmlWriter.ROW_ID));
                if (pass < PASSES && !pageStarts.containsAll(found)) {
                    pageStarts.addAll(found);
                    continue;
                }
                renderer.createPDF();
            } catch (RuntimeException e) {
                throw new IOException("cannot render the PDF: " + e.getMessage(), e);
            }
            if (out.size() == 0) {
                throw new IOException("cannot render the PDF" + (problems.isEmpty() ? "" : ": " + problems.get(0)));
            }
            return out.toByteArray();
        }
    }

    private static final int PASSES = 4;

    /**
     * The ids of the rows in a span that are the first of their table on a page (the span must be cut there), and of
     * the group headings that are the last row of their table on a page (they must start the next page).
     */
    private static Set<String> pageStarts(List<PagePosition<Box>> rows) {
        Map<String, Integer> firstPage = new HashMap<>();
        Set<String> starts = new HashSet<>();
        List<PagePosition<Box>> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt((PagePosition<Box> p) -> p.getPageNo())
                .thenComparing(p -> -p.getY()));
        Map<String, String> previous = new HashMap<>();
        for (PagePosition<Box> p : sorted) {
            String table = HtmlWriter.tableOfRow(p.getId());
            Integer page = firstPage.get(table);
            if (page == null || page != p.getPageNo()) {
                if (page != null && HtmlWriter.inSpan(p.getId())) {
                    starts.add(p.getId());
                }
                String last = previous.get(table);
                if (page != null && last != null && HtmlWriter.isGroup(last)) {
                    starts.add(last); // a group heading ends the page: it starts the next one with its rows
                }
                firstPage.put(table, p.getPageNo());
            }
            previous.put(table, p.getId());
        }
        return starts;
    }

    /** Renders well-formed XHTML to PDF bytes; never fetches anything from outside the document. */
    public static byte[] render(String xhtml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        List<String> problems = new ArrayList<>();
        PdfRendererBuilder builder = builder(LongText.bound(xhtml), problems, Map.of());
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("cannot render the PDF: " + e.getMessage(), e);
        }
        if (out.size() == 0) {
            throw new IOException("cannot render the PDF" + (problems.isEmpty() ? "" : ": " + problems.get(0)));
        }
        return out.toByteArray();
    }

    private static PdfRendererBuilder builder(String xhtml, List<String> problems, Map<String, Figure> figures) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        builder.withProducer("Plantrace");
        // nothing from outside the document; data: URIs are inside it
        builder.useExternalResourceAccessControl((uri, type) -> isData(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> isData(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer((Diagnostic d) -> {
            if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(d.getFormattedMessage());
            }
        });
        for (FontFile f : fonts()) {
            builder.useFont(() -> new ByteArrayInputStream(f.bytes()), f.family(), f.weight(), f.style(), true);
        }
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(HtmlWriter.DIAGRAM_TYPE, new DiagramDrawer(figures));
        builder.useObjectDrawerFactory(drawers);
        builder.withHtmlContent(xhtml, null);
        return builder;
    }

    private static boolean isData(String uri) {
        return uri != null && uri.startsWith("data:");
    }

    /** The font files found on this machine (looked up once). */
    static List<FontFile> fonts() {
        List<FontFile> f = fonts;
        if (f == null) {
            f = findFonts();
            fonts = f;
        }
        return f;
    }

    private static List<FontFile> findFonts() {
        List<FontFile> found = new ArrayList<>();
        for (String[] family : FONTS) {
            Path regular = locate(family[1]);
            if (regular == null) {
                continue;
            }
            found.add(new FontFile(read(regular), family[0], 400, FontStyle.NORMAL));
            add(found, family[2], family[0], 700, FontStyle.NORMAL);
            add(found, family[3], family[0], 400, FontStyle.ITALIC);
            add(found, family[4], family[0], 700, FontStyle.ITALIC);
        }
        return List.copyOf(found);
    }

    private static void add(List<FontFile> found, String file, String family, int weight, FontStyle style) {
        Path p = locate(file);
        if (p != null) {
            found.add(new FontFile(read(p), family, weight, style));
        }
    }

    /** The font file without its glyph substitution table (see {@link FontTables#withoutGsub}). */
    private static byte[] read(Path p) {
        try {
            return FontTables.withoutGsub(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path locate(String file) {
        for (String dir : FONT_DIRS) {
            Path p = Path.of(dir, file);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }
}

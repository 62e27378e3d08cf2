package org.plantrace.docgen.pdf;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.DocumentWriter;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.html.HtmlWriter;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;

/**
 * PDF from the same XHTML as the HTML output (with its paged-media rules), rendered by openhtmltopdf on
 * PDFBox: A4, header rows repeated on each page, the draft banner and a watermark on every page of a
 * draft, a table of contents with page numbers and PDF bookmarks. Fonts: DejaVu Sans or Liberation Sans
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
        Figure.renderPngs(document);
        Map<String, byte[]> figures = new HashMap<>();
        document.sections().stream().flatMap(s -> s.blocks().stream()).filter(Figure.class::isInstance)
                .map(Figure.class::cast).forEach(f -> figures.put(f.pdfUri(), f.png()));
        return List.of(new Output(baseName + ".pdf", render(new HtmlWriter().html(document, true), figures)));
    }

    /** Renders well-formed XHTML to PDF bytes; never fetches anything from outside the document. */
    public static byte[] render(String xhtml) throws IOException {
        return render(xhtml, Map.of());
    }

    /**
     * Renders well-formed XHTML to PDF bytes, the images at {@link Figure#pdfUri()} addresses from {@code figures}
     * (PNG bytes by address); never fetches anything from outside the document.
     */
    static byte[] render(String xhtml, Map<String, byte[]> figures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        builder.withProducer("Plantrace");
        // nothing from outside the document; data: URIs are inside it (the figures' PNGs)
        builder.useExternalResourceAccessControl((uri, type) -> isData(uri) || figures.containsKey(uri),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> isData(uri) || figures.containsKey(uri),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useProtocolsStreamImplementation(uri -> new FigureStream(figures.get(uri)), Figure.PDF_SCHEME);
        List<String> problems = new ArrayList<>();
        builder.withDiagnosticConsumer((Diagnostic d) -> {
            if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(d.getFormattedMessage());
            }
        });
        for (FontFile f : fonts()) {
            builder.useFont(() -> new ByteArrayInputStream(f.bytes()), f.family(), f.weight(), f.style(), true);
        }
        builder.withHtmlContent(xhtml, null);
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

    /** The PNG of one figure, as the renderer reads it. */
    private record FigureStream(byte[] png) implements FSStream {

        @Override
        public InputStream getStream() {
            return png == null ? null : new ByteArrayInputStream(png);
        }

        @Override
        public Reader getReader() {
            return null;
        }
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

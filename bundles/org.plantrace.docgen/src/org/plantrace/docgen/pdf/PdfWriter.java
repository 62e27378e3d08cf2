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
                Set<String> found = pageStarts(renderer.findPagePositionsByID(HtmlWriter.LAYOUT_ID));
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
     * Where the next layout must start pages: the rows in a span that are the first of their table on a page (the
     * span must be cut there); the group headings that are the last row of their table on a page (they must start the
     * next one); the heading of a table left at the foot of a page above its first row (it moves to the next page);
     * and the row before a table's last row when that row alone would fill the table's last page (the two go
     * together).
     */
    private static Set<String> pageStarts(List<PagePosition<Box>> positions) {
        Map<String, Integer> headingPage = new HashMap<>();
        Map<String, java.util.TreeMap<Integer, Integer>> rowPages = new HashMap<>(); // table -> row index -> page
        Map<String, String> rowIds = new HashMap<>(); // table + "/" + index -> id
        for (PagePosition<Box> p : positions) {
            if (HtmlWriter.isTableHeading(p.getId())) {
                headingPage.merge(HtmlWriter.tableOfHeading(p.getId()), p.getPageNo(), Math::min);
                continue;
            }
            String table = HtmlWriter.tableOfRow(p.getId());
            int index = Integer.parseInt(p.getId().substring(p.getId().lastIndexOf('-') + 1));
            rowPages.computeIfAbsent(table, t -> new java.util.TreeMap<>()).merge(index, p.getPageNo(), Math::min);
            rowIds.put(table + "/" + index, p.getId());
        }
        Set<String> starts = new HashSet<>();
        for (Map.Entry<String, java.util.TreeMap<Integer, Integer>> e : rowPages.entrySet()) {
            String table = e.getKey();
            Integer previousPage = null;
            String previous = null;
            int previousIndex = -1;
            for (Map.Entry<Integer, Integer> row : e.getValue().entrySet()) {
                String id = rowIds.get(table + "/" + row.getKey());
                int page = row.getValue();
                if (previousPage != null && page != previousPage) {
                    if (HtmlWriter.inSpan(id)) {
                        starts.add(id);
                    }
                    if (HtmlWriter.isGroup(previous)) {
                        // a group heading ends the page: it starts the next one with its rows (the table's first row:
                        // the table's heading goes with it, or the column headings would be left alone)
                        starts.add(previousIndex == e.getValue().firstKey() ? "th-" + table : previous);
                    }
                }
                previousPage = page;
                previous = id;
                previousIndex = row.getKey();
            }
            Integer heading = headingPage.get(table);
            int firstPage = e.getValue().firstEntry().getValue();
            if (heading != null && heading < firstPage) {
                starts.add("th-" + table);
            }
            // the last row alone on the table's last page: the row before it goes over too
            java.util.List<Map.Entry<Integer, Integer>> rows = new ArrayList<>(e.getValue().entrySet());
            int n = rows.size();
            if (n >= 2 && rows.get(n - 1).getValue() > rows.get(n - 2).getValue()
                    && (n < 3 || rows.get(n - 3).getValue().equals(rows.get(n - 2).getValue()))) {
                String before = rowIds.get(table + "/" + rows.get(n - 2).getKey());
                if (n == 2) {
                    starts.add("th-" + table); // the whole table goes over, with its heading
                } else {
                    starts.add(HtmlWriter.isGroup(before) ? before : HtmlWriter.breakBefore(before));
                    if (HtmlWriter.inSpan(before)) {
                        starts.add(before);
                    }
                }
            }
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

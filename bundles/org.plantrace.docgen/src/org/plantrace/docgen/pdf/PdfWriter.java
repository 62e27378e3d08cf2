package org.plantrace.docgen.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Compression;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.SingleFileWriter;
import org.plantrace.docgen.Table;
import org.plantrace.docgen.XmlText;
import org.plantrace.docgen.pdf.Fonts.Face;

/**
 * The appendices as PDF, written directly with PDFBox from the {@link AppendixDocument} in one pass: A4, a title page
 * with the document's properties and a table of contents with page numbers (its length is known before the sections
 * are laid out; it is written last), each section from a new page with a PDF bookmark, tables paginated by
 * {@link TableWriter}, diagrams as vector graphics ({@link FigureCanvas}), the draft banner and watermark on every
 * page of a draft. Each page's content is written as it is laid out. Fonts: DejaVu Sans or Liberation Sans when
 * installed (embedded as subsets), otherwise the standard PDF Helvetica ({@link Fonts}).
 */
public final class PdfWriter extends SingleFileWriter {

    static final int BLUE = 0x1f3864;
    /** The box a figure must fit: the text area, less room for a heading and the caption. */
    private static final float FIGURE_HEIGHT = 640;
    /** Room for a section's heading and a two-line note above its first figure. */
    private static final float SECTION_INTRO = 95;

    @Override
    public Format format() {
        return Format.PDF;
    }

    /** The document as PDF. */
    public byte[] pdf(AppendixDocument d) throws IOException {
        return bytes(d);
    }

    /** Writes the document as PDF to {@code to}. */
    @Override
    protected void write(AppendixDocument d, OutputStream to) throws IOException {
        Compression.pdfbox();
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            Fonts fonts = new Fonts(doc);
            Pages p = new Pages(doc, fonts, d.isDraft() ? d.draft().banner() : null);
            try {
                Cover cover = new Cover(d);
                List<PDPage> coverPages = new ArrayList<>();
                for (int i = 0; i < cover.pages(); i++) {
                    p.newPage();
                    coverPages.add(p.page());
                }
                PDDocumentOutline outline = new PDDocumentOutline();
                doc.getDocumentCatalog().setDocumentOutline(outline);
                List<PDPage> starts = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                for (Section s : d.sections()) {
                    p.newPage();
                    starts.add(p.page());
                    numbers.add(p.number());
                    bookmark(outline, s.title(), p.page());
                    section(p, fonts, s);
                }
                p.close();
                cover.draw(p, coverPages, starts, numbers);
                p.footers();
                info(doc, d);
                doc.save(to);
            } finally {
                p.release();
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    private static void bookmark(PDDocumentOutline outline, String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(LongText.cut(XmlText.clean(title)));
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setTop((int) Pages.HEIGHT);
        item.setDestination(dest);
        outline.addLast(item);
    }

    private static void info(PDDocument doc, AppendixDocument d) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(LongText.cut(XmlText.clean(d.title())));
        info.setProducer("Plantrace");
        info.setCreator("Plantrace");
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(d.generated().toEpochMilli());
        info.setCreationDate(c);
        info.setCustomMetadataValue("plantrace:plan", LongText.cut(XmlText.clean(d.planTitle())));
        info.setCustomMetadataValue("plantrace:model-version", XmlText.clean(d.modelVersion()));
        info.setCustomMetadataValue("plantrace:generated", DateTimeFormatter.ISO_INSTANT.format(d.generated()));
        info.setCustomMetadataValue("plantrace:status", d.isDraft() ? "draft" : "final");
        for (Map.Entry<String, String> e : d.properties().entrySet()) {
            info.setCustomMetadataValue(LongText.cut(XmlText.clean(e.getKey())), LongText.cut(XmlText.clean(e.getValue())));
        }
    }

    /** A heading's lines (h2: 14 pt, h3: 11.5 pt, bold, blue). */
    static CellText heading(String text, float size) {
        return new CellText(Pages.TEXT_WIDTH).add(List.of(TextFlow.Run.of(Face.BOLD, size, BLUE, text)),
                size * CellText.LINE_HEIGHT, 0);
    }

    private static void section(Pages p, Fonts fonts, Section s) throws IOException {
        p.down(8);
        flow(p, heading(s.title(), 14), 0);
        p.down(5.6f);
        List<Block> blocks = s.blocks();
        float gap = 0;
        TableWriter pending = null; // the next table, laid out once for its heading and itself
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            switch (b) {
                case Block.Paragraph para -> {
                    CellText t = new CellText(Pages.TEXT_WIDTH).add(para.line(), 10, false, 0);
                    float margin = para.line().style() == Line.Style.NOTE ? CellText.NOTE_SIZE : 10;
                    gap = Math.max(gap, margin);
                    flow(p, t, gap);
                    gap = margin;
                }
                case Block.Heading h -> {
                    CellText t = heading(h.text(), 11.5f);
                    gap = Math.max(gap, 11.5f);
                    float with = switch (next) {
                        case Table table -> 4 + (pending = new TableWriter(p, table)).startHeight();
                        case Figure f -> figureHeight(f, figureBox(blocks, i + 1)) + 4;
                        case Block.Paragraph para -> 3.45f + 13;
                        case null, default -> 0;
                    };
                    keep(p, gap + t.height() + 3.45f + with);
                    flow(p, t, gap);
                    gap = 3.45f;
                }
                case Table t -> {
                    TableWriter w = pending != null ? pending : new TableWriter(p, t);
                    pending = null;
                    gap = Math.max(gap, 4);
                    if (!(i > 0 && blocks.get(i - 1) instanceof Block.Heading)) {
                        keep(p, gap + w.startHeight());
                    }
                    p.down(p.atTop() ? 0 : gap);
                    w.write();
                    gap = 10;
                }
                case Figure f -> {
                    gap = Math.max(gap, 5);
                    figure(p, fonts, f, figureBox(blocks, i), gap);
                    gap = 15;
                }
            }
        }
    }

    /** Starts a new page unless {@code height} fits on this one (or this one is still empty). */
    private static void keep(Pages p, float height) throws IOException {
        if (height > p.room() && !p.atTop()) {
            p.newPage();
        }
    }

    /** Draws text lines after a gap, going on on the next page where the page is full. */
    static void flow(Pages p, CellText t, float gap) throws IOException {
        if (!p.atTop()) {
            p.down(gap);
        }
        int from = 0;
        while (from < t.lines()) {
            int k = t.fit(from, p.room());
            if (k == 0 && !p.atTop()) {
                p.newPage();
                continue;
            }
            k = Math.max(k, 1);
            t.draw(p, Pages.LEFT, p.y(), from, from + k);
            p.down(t.height(from, from + k));
            from += k;
        }
    }

    /**
     * The height a figure may take: the first figure of a section whose only blocks before it are its intro
     * (paragraphs, the figure's heading) leaves room for the section's heading and intro, so they share its page.
     */
    private static float figureBox(List<Block> blocks, int index) {
        for (int i = 0; i < index; i++) {
            if (!(blocks.get(i) instanceof Block.Paragraph) && !(i == index - 1 && blocks.get(i) instanceof Block.Heading)) {
                return FIGURE_HEIGHT;
            }
        }
        return FIGURE_HEIGHT - SECTION_INTRO;
    }

    private static CellText caption(Figure f) {
        return new CellText(Pages.TEXT_WIDTH).add(Line.text(f.caption()), 10, false, 0); // as the HTML: plain text
    }

    private static float figureHeight(Figure f, float box) {
        double scale = f.fit(Pages.TEXT_WIDTH, box);
        return (float) (f.height() * 0.75 * scale) + 4 + caption(f).height();
    }

    private static void figure(Pages p, Fonts fonts, Figure f, float box, float gap) throws IOException {
        float scale = (float) f.fit(Pages.TEXT_WIDTH, box);
        float w = (float) (f.width() * 0.75 * scale);
        float h = (float) (f.height() * 0.75 * scale);
        CellText caption = caption(f);
        keep(p, gap + h + 4 + caption.height());
        if (!p.atTop()) {
            p.down(gap);
        }
        if (f.width() > 0 && f.height() > 0) {
            FigureCanvas.draw(p, fonts, f, Pages.LEFT + (Pages.TEXT_WIDTH - w) / 2, p.y(), 0.75f * scale);
        }
        p.down(h + 4);
        flow(p, caption, 0);
    }
}

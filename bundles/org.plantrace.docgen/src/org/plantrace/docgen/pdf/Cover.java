package org.plantrace.docgen.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.pdf.Fonts.Face;

/**
 * The title page: the document's title, its properties and the table of contents, each entry linked to its section
 * with the page the section starts on and a dotted leader. Laid out before the sections (so the number of pages it
 * takes is known) and drawn after them (when their page numbers are).
 */
final class Cover {

    private static final float TERM = 90;
    private static final float NUMBER = 36;

    /** Lines {@code [from, to)} of a text at ({@code x}, {@code top}) of cover page {@code page}. */
    private record Op(int page, CellText text, int from, int to, float x, float top, int section) {
    }

    private final List<Op> ops = new ArrayList<>();
    private int pages = 1;
    private float y = Pages.TOP;

    Cover(AppendixDocument d) {
        y += 10.8f;
        place(new CellText(Pages.TEXT_WIDTH).add(List.of(TextFlow.Run.of(Face.BOLD, 18, CellText.INK, d.title())),
                18 * CellText.LINE_HEIGHT, 0), 0, 0, -1);
        y += 7.2f;
        for (Map.Entry<String, String> e : d.properties().entrySet()) {
            CellText term = new CellText(TERM).add(List.of(TextFlow.Run.of(Face.BOLD, 10, CellText.INK, e.getKey())), 13, 0);
            CellText value = new CellText(Pages.TEXT_WIDTH - TERM - 5)
                    .add(List.of(TextFlow.Run.of(Face.REGULAR, 10, CellText.INK, e.getValue())), 13, 0);
            float top = y;
            int page = pages;
            place(value, TERM + 5, 0, -1);
            if (pages == page) {
                ops.add(new Op(page, term, 0, term.fit(0, Pages.BOTTOM - top), 0, top, -1));
                y = Math.max(y, top + term.height(0, term.fit(0, Pages.BOTTOM - top)));
            }
            y += 1;
        }
        y += 16.8f;
        place(PdfWriter.heading("Contents", 14), 0, 0, -1);
        y += 5.6f;
        int i = 0;
        for (Section s : d.sections()) {
            place(new CellText(Pages.TEXT_WIDTH - NUMBER).add(
                    List.of(TextFlow.Run.of(Face.REGULAR, 10, PdfWriter.BLUE, s.title())), 13, 0), 0, 2.6f, i++);
        }
    }

    /** Places a text's lines below the previous one, going on on the next cover page where one is full. */
    private void place(CellText t, float x, float gap, int section) {
        y += gap;
        int from = 0;
        while (from < t.lines()) {
            int k = t.fit(from, Pages.BOTTOM - y);
            if (k == 0 && y > Pages.TOP + 0.01f) {
                pages++;
                y = Pages.TOP;
                continue;
            }
            k = Math.max(k, 1);
            ops.add(new Op(pages, t, from, from + k, x, y, section));
            y += t.height(from, from + k);
            from += k;
        }
    }

    /** The number of pages the cover takes. */
    int pages() {
        return pages;
    }

    /**
     * Draws the cover on its pages, the contents giving {@code numbers} (the page each section starts on) and linking
     * to {@code starts}.
     */
    void draw(Pages p, List<PDPage> pageList, List<PDPage> starts, List<Integer> numbers) throws IOException {
        for (int k = 1; k <= pages; k++) {
            int page = k;
            PDPage pdPage = pageList.get(k - 1);
            p.onPage(pdPage, () -> {
                for (Op op : ops) {
                    if (op.page() != page) {
                        continue;
                    }
                    op.text().draw(p, Pages.LEFT + op.x(), op.top(), op.from(), op.to());
                    if (op.section() >= 0) {
                        entry(p, pdPage, op, starts.get(op.section()), numbers.get(op.section()));
                    }
                }
            });
        }
    }

    /** The page number (on the entry's last line, after a dotted leader) and the link of a contents entry. */
    private static void entry(Pages p, PDPage page, Op op, PDPage target, int number) throws IOException {
        float h = op.text().height(op.from(), op.to());
        if (op.to() == op.text().lines()) {
            CellText.Entry last = op.text().entry(op.to() - 1);
            float lineTop = op.top() + op.text().height(op.from(), op.to()) - last.height();
            String n = Integer.toString(number);
            TextFlow.Run style = new TextFlow.Run(Face.REGULAR, 10, CellText.INK, n);
            float nw = Fonts.width(Face.REGULAR, n, 10);
            float baseline = Pages.baseline(lineTop, last.height(), 10);
            float from = Pages.LEFT + op.x() + last.text().width() + 4;
            float to = Pages.RIGHT - nw - 4;
            float dot = Fonts.width(Face.REGULAR, ". ", 10);
            int dots = (int) ((to - from) / dot);
            if (dots > 0) {
                p.text(style, ". ".repeat(dots), to - dots * dot, baseline);
            }
            p.text(style, n, Pages.RIGHT - nw, baseline);
        }
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(Pages.LEFT, Pages.HEIGHT - op.top() - h, Pages.TEXT_WIDTH, h));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(target);
        dest.setTop((int) Pages.HEIGHT);
        link.setDestination(dest);
        page.getAnnotations().add(link);
    }
}

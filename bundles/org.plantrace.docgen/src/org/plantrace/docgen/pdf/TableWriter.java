package org.plantrace.docgen.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;

/**
 * One table laid out onto the pages in one pass, row by row, with the rules of a printed appendix: the header rows
 * repeated at the top of every page the table reaches; a row never cut by a page break (unless it is taller than a
 * page: then its lines continue on the next page); a cell spanning rows (an objective beside its rows) repeated at the
 * top of the next page, marked "(continued)", where a page break cuts it; a group heading never the last row of a page;
 * the last row of a table never alone on its page. A page's rows are drawn when the page is full or the table ends.
 */
final class TableWriter {

    static final float PAD_X = 4;
    static final float PAD_Y = 3;
    private static final float BORDER = 0.75f;
    private static final int BORDER_RGB = 0x7f7f7f;
    private static final int HEAD_BG = 0xd9e2f3;
    private static final int GROUP_BG = 0xeef1f7;
    private static final float GAP = 3;
    private static final String CONTINUED = "(continued)";
    private static final float MAX_HEADER = (Pages.BOTTOM - Pages.TOP) / 3;

    /** A cell spanning body rows {@code first..last}; its text ends with the "(continued)" note (line {@code own}). */
    private record Span(int first, int last, int column, int columns, CellText text, int own, boolean head) {
    }

    /** A body row (or the part of one) on the current page: its top, height and, for a cut row, the lines drawn. */
    private static final class Placed {
        final int row;
        final float top;
        float height;
        final int[] from;
        final int[] to;

        Placed(int row, float top, float height, int[] from, int[] to) {
            this.row = row;
            this.top = top;
            this.height = height;
            this.from = from;
            this.to = to;
        }
    }

    private final Pages p;
    private final Table t;
    private final float size;
    private final float[] x;
    private final List<List<Table.Placed>> grid;
    private final int headerRows;
    private final int n;
    /**
     * Per body row: its one-row cells' texts by column (null where a span or nothing starts), its height and the spans
     * it is part of; laid out as the rows are reached ({@link #upTo}), the texts forgotten once their page is drawn
     * ({@link #endPage}). A table of the 100x model's findings has 32,000 rows: laid out all at once, its texts (half a
     * million lines) outlived several collections of the young generation and were copied into the old one.
     */
    private final CellText[][] cells;
    private final float[] own;
    private final List<List<Span>> spansOf;
    private final boolean rowHeads;
    /** Rows {@code [0, laidOut)} are laid out; the texts of rows {@code [0, forgotten)} are forgotten. */
    private int laidOut;
    private int forgotten;
    private final float[] headerHeights;
    private final CellText[][] headerCells;
    private final List<Placed> page = new ArrayList<>();
    /** Where each span's part on this page starts, and the line its text resumes at. */
    private final Map<Span, Float> spanTop = new HashMap<>();
    private final Map<Span, Integer> resume = new HashMap<>();

    TableWriter(Pages p, Table t) {
        this.p = p;
        this.t = t;
        this.size = t.columns() > 6 ? 8.5f : 10;
        x = Columns.edges(t, size);
        grid = t.grid();
        headerRows = t.header().size();
        n = t.body().size();
        rowHeads = t.body().stream().anyMatch(r -> r.kind() == Row.Kind.BODY && !r.cells().isEmpty()
                && r.cells().get(0).rowSpan() > 1);
        headerCells = new CellText[headerRows][];
        headerHeights = new float[headerRows];
        for (int r = 0; r < headerRows; r++) {
            headerCells[r] = texts(grid.get(r), true);
            headerHeights[r] = rowHeight(headerCells[r], grid.get(r));
        }
        for (int r = 0; r < headerRows; r++) {
            for (Table.Placed c : grid.get(r)) {
                if (c.origin() && c.cell().rowSpan() > 1) {
                    float need = headerCells[r][c.column()].height() + 2 * PAD_Y;
                    int last = Math.min(headerRows - 1, r + c.cell().rowSpan() - 1);
                    float have = 0;
                    for (int k = r; k <= last; k++) {
                        have += headerHeights[k];
                    }
                    headerHeights[last] += Math.max(0, need - have);
                }
            }
        }
        float header = headerHeight();
        if (header > MAX_HEADER) {
            // header rows taller than a third of a page (hostile text): cut to that, repeated on every page
            for (int r = 0; r < headerRows; r++) {
                headerHeights[r] *= MAX_HEADER / header;
            }
        }
        cells = new CellText[n][];
        own = new float[n];
        spansOf = new ArrayList<>(Collections.nCopies(n, (List<Span>) null));
    }

    /** Lays out the body rows up to {@code i}, in order (a span is made with the row it starts at). */
    private void upTo(int i) {
        while (laidOut <= i) {
            layOut(laidOut++);
        }
    }

    private void layOut(int i) {
        List<Table.Placed> row = grid.get(headerRows + i);
        boolean group = t.body().get(i).kind() != Row.Kind.BODY;
        cells[i] = texts(row, group);
        own[i] = rowHeight(cells[i], row);
        spans(i);
        for (Table.Placed c : row) {
            if (c.origin() && c.cell().rowSpan() > 1) {
                CellText text = text(c.cell(), c.column(), group);
                int ownLines = text.lines();
                text.add(Line.note(CONTINUED), size, false, 2);
                Span s = new Span(i, i + c.cell().rowSpan() - 1, c.column(), c.cell().colSpan(), text, ownLines,
                        rowHeads && c.column() == 0);
                for (int k = s.first(); k <= s.last(); k++) {
                    spans(k).add(s);
                }
            }
        }
    }

    /** The spans row {@code i} is part of, as far as the rows laid out tell (made on first use). */
    private List<Span> spans(int i) {
        List<Span> l = spansOf.get(i);
        if (l == null) {
            l = new ArrayList<>(1);
            spansOf.set(i, l);
        }
        return l;
    }

    private float own(int i) {
        upTo(i);
        return own[i];
    }

    private CellText[] cells(int i) {
        reach(i);
        return cells[i];
    }

    private List<Span> spansOf(int i) {
        reach(i);
        return spansOf.get(i);
    }

    /** Lays out the rows up to {@code i}, which must not have been forgotten. */
    private void reach(int i) {
        if (i < forgotten) {
            throw new IllegalStateException("row " + i + " was drawn on an earlier page");
        }
        upTo(i);
    }

    private CellText[] texts(List<Table.Placed> row, boolean bold) {
        CellText[] out = new CellText[t.columns()];
        for (Table.Placed c : row) {
            if (c.origin() && (c.cell().rowSpan() == 1 || c.row() < headerRows)) {
                out[c.column()] = text(c.cell(), c.column(), bold);
            }
        }
        return out;
    }

    private CellText text(Cell c, int column, boolean bold) {
        CellText text = new CellText(x[column + c.colSpan()] - x[column] - 2 * PAD_X);
        for (Line l : c.lines()) {
            text.add(l, size, bold, GAP);
        }
        return text;
    }

    private static float rowHeight(CellText[] texts, List<Table.Placed> row) {
        float h = 0;
        for (Table.Placed c : row) {
            CellText text = texts[c.column()];
            if (c.origin() && text != null && c.cell().rowSpan() == 1) {
                h = Math.max(h, text.height());
            }
        }
        return h + 2 * PAD_Y;
    }

    private float headerHeight() {
        float h = 0;
        for (float f : headerHeights) {
            h += f;
        }
        return h;
    }

    /** The height the table's start needs on one page: header rows and first row (both rows of a two-row table). */
    float startHeight() {
        float h = headerHeight();
        if (n > 0) {
            h += need(0, false);
            if (n == 2 || t.body().get(0).kind() != Row.Kind.BODY && n > 1) {
                h += own(1);
            }
        }
        return Math.min(h, Pages.BOTTOM - Pages.TOP);
    }

    /** The height row {@code i} needs where it starts: its own, or more for a span's cell that starts with it. */
    private float need(int i, boolean started) {
        float h = own(i);
        for (Span s : spansOf(i)) {
            if (!started || !spanTop.containsKey(s)) {
                h = Math.max(h, Math.min(spanNeed(s, i > s.first()), capacity()));
            }
        }
        return h;
    }

    private float spanNeed(Span s, boolean continued) {
        int from = resume.getOrDefault(s, 0);
        return s.text().height(from, continued ? s.text().lines() : s.own()) + 2 * PAD_Y;
    }

    /** The height a page has for body rows below the header. */
    private float capacity() {
        return Pages.BOTTOM - Pages.TOP - headerHeight();
    }

    void write() throws IOException {
        // the body row that goes with the last row to its page
        int tail = n - 2;
        while (tail >= 0 && t.body().get(tail).kind() != Row.Kind.BODY) {
            tail--;
        }
        startPage();
        int[] from = null; // the lines of a cut row still to draw
        for (int i = 0; i < n; i++) {
            float need = from != null ? own(i) : need(i, true);
            float keep = need;
            if (from == null && t.body().get(i).kind() != Row.Kind.BODY && i + 1 < n) {
                keep += own(i + 1); // a group heading goes with the row below it
            }
            if (from == null && i == tail && !page.isEmpty()) {
                for (int k = i + 1; k < n; k++) {
                    keep += own(k); // the last row does not go alone (nor with only its group heading)
                }
            }
            if (keep > p.room() + 0.01f && !page.isEmpty()) {
                Placed last = page.get(page.size() - 1);
                for (Span s : spansOf(last.row)) {
                    stretch(s, last); // the span's cell cut here: as much of it as the room kept for it
                }
                endPage();
                p.newPage();
                startPage();
                i--;
                continue;
            }
            if (need <= p.room() + 0.01f && from == null) {
                place(new Placed(i, p.y(), own(i), null, null));
                continue;
            }
            // taller than the page: the lines that fit here, the rest on the next page
            float room = p.room() - 2 * PAD_Y;
            int[] start = from != null ? from : new int[t.columns()];
            int[] to = new int[t.columns()];
            boolean rest = false;
            for (int c = 0; c < t.columns(); c++) {
                CellText text = cells(i)[c];
                if (text != null) {
                    to[c] = start[c] + text.fit(start[c], room);
                    rest |= to[c] < text.lines();
                }
            }
            if (rest && java.util.Arrays.equals(start, to)) {
                for (int c = 0; c < t.columns(); c++) {
                    if (cells(i)[c] != null && to[c] < cells(i)[c].lines()) {
                        to[c]++; // a line taller than the page's room: drawn cut rather than never
                    }
                }
            }
            place(new Placed(i, p.y(), p.room(), start, to));
            if (rest) {
                endPage();
                p.newPage();
                startPage();
                from = to;
                i--;
                continue;
            }
            from = null;
        }
        endPage();
    }

    private void place(Placed r) {
        for (Span s : spansOf(r.row)) {
            spanTop.putIfAbsent(s, r.top);
        }
        page.add(r);
        p.y(r.top + r.height);
        for (Span s : spansOf(r.row)) {
            if (r.row == s.last() || r.to != null) {
                stretch(s, r);
            }
        }
    }

    /** Makes the last row of a span's part tall enough for the span's cell (as far as the page goes). */
    private void stretch(Span s, Placed last) {
        float top = spanTop.get(s);
        float want = top + spanNeed(s, continuedHere(s)) - (last.top + last.height);
        float extra = Math.min(want, Pages.BOTTOM - (last.top + last.height));
        if (extra > 0) {
            last.height += extra;
            p.y(last.top + last.height);
        }
    }

    private boolean continuedHere(Span s) {
        for (Placed r : page) {
            if (r.row >= s.first() && r.row <= s.last()) {
                return r.row > s.first() || r.from != null && r.from[s.column()] > 0 || resume.containsKey(s);
            }
        }
        return false;
    }

    private void startPage() throws IOException {
        float top = p.y();
        for (int r = 0; r < headerRows; r++) {
            for (Table.Placed c : grid.get(r)) {
                if (!c.origin()) {
                    continue;
                }
                float h = 0;
                for (int k = r; k < Math.min(headerRows, r + c.cell().rowSpan()); k++) {
                    h += headerHeights[k];
                }
                cell(headerCells[r][c.column()], c.column(), c.cell().colSpan(), top, h, HEAD_BG, 0, -1);
            }
            top += headerHeights[r];
        }
        p.y(top);
        spanTop.clear();
    }

    /** Draws the rows of this page (cells, then spans, then all borders) and forgets them. */
    private void endPage() throws IOException {
        List<float[]> frames = new ArrayList<>();
        for (Placed r : page) {
            boolean group = t.body().get(r.row).kind() != Row.Kind.BODY;
            for (Table.Placed c : grid.get(headerRows + r.row)) {
                CellText text = cells(r.row)[c.column()];
                if (!c.origin() || text == null && c.cell().rowSpan() > 1) {
                    continue;
                }
                int from = r.from == null ? 0 : r.from[c.column()];
                int to = r.to == null ? (text == null ? 0 : text.lines()) : r.to[c.column()];
                cell(text, c.column(), c.cell().colSpan(), r.top, r.height, group ? GROUP_BG : -1, from, to);
                frames.add(new float[] {x[c.column()], r.top, x[c.column() + c.cell().colSpan()] - x[c.column()], r.height});
            }
        }
        // in page order (a HashMap's order followed the cells' identity hashes: the same PDF drew its spans in another
        // order from run to run)
        Map<Span, float[]> parts = new LinkedHashMap<>();
        for (Placed r : page) {
            for (Span s : spansOf(r.row)) {
                float[] part = parts.computeIfAbsent(s, k -> new float[] {r.top, 0});
                part[1] = r.top + r.height;
            }
        }
        for (Map.Entry<Span, float[]> e : parts.entrySet()) {
            Span s = e.getKey();
            float top = e.getValue()[0];
            float h = e.getValue()[1] - top;
            boolean continued = continuedHere(s);
            int from = resume.getOrDefault(s, 0);
            int end = continued ? s.text().lines() : s.own();
            int to = from + s.text().fit(from, h - 2 * PAD_Y);
            to = Math.min(to, end);
            cell(s.text(), s.column(), s.columns(), top, h, s.head() ? GROUP_BG : -1, from, to);
            frames.add(new float[] {x[s.column()], top, x[s.column() + s.columns()] - x[s.column()], h});
            if (to < s.own()) {
                resume.put(s, to); // the cell's own text did not fit: the next page goes on from here
            } else {
                resume.remove(s);
            }
        }
        p.frames(frames, BORDER_RGB, BORDER);
        if (!page.isEmpty()) {
            // the rows before this page's last are drawn (only the last may go on to the next page)
            int last = page.get(page.size() - 1).row;
            for (int i = forgotten; i < last; i++) {
                cells[i] = null;
                spansOf.set(i, null);
            }
            forgotten = Math.max(forgotten, last);
        }
        page.clear();
        spanTop.clear();
    }

    private void cell(CellText text, int column, int columns, float top, float h, int bg, int from, int to)
            throws IOException {
        float left = x[column];
        float w = x[column + columns] - left;
        if (bg >= 0) {
            p.fill(left, top, w, h, bg);
        }
        if (text != null) {
            if (bg == HEAD_BG) {
                to = text.fit(0, h - 2 * PAD_Y);
                p.frame(left, top, w, h, BORDER_RGB, BORDER);
            }
            text.draw(p, left + PAD_X, top + PAD_Y, from, to);
        }
    }
}

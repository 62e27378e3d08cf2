package org.plantrace.docgen.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.plantrace.docgen.Line;
import org.plantrace.docgen.pdf.Fonts.Face;

/**
 * Paragraphs ({@link Line}s) laid out at a width: each printed line with its position, so a cell or a paragraph can be
 * drawn whole or cut between lines across pages. The styles are the HTML appendix's: a bold lead, notes in smaller
 * italic grey, alerts in bold red, levels indented 12 pt, bullets hanging 10 pt.
 */
final class CellText {

    static final int INK = 0x111111;
    static final int NOTE_INK = 0x444444;
    static final float NOTE_SIZE = 8.5f;
    static final float LINE_HEIGHT = 1.3f;

    /** One printed line: its text, left offset, top (from the first line's top) and height. */
    record Entry(TextFlow.Text text, float x, float top, float height) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final float width;
    private float height;

    CellText(float width) {
        this.width = width;
    }

    /** Whether a line prints with a bullet: bullets, and uncoded sub-items (the bullets under a PSA). */
    static boolean bulleted(Line l) {
        return l.style() == Line.Style.BULLET
                || (l.level() > 0 && l.lead() == null && (l.style() == Line.Style.ITEM || l.style() == Line.Style.CONTEXT));
    }

    /** Adds a paragraph {@code gap} points below the previous one. */
    CellText add(Line l, float size, boolean bold, float gap) {
        boolean note = l.style() == Line.Style.NOTE;
        boolean alert = l.style() == Line.Style.ALERT;
        float s = note ? NOTE_SIZE : size;
        int ink = note ? NOTE_INK : alert ? Pages.RED : INK;
        Face face = Face.of(bold || alert, note);
        float indent = Math.min(l.level(), 3) * 12;
        List<TextFlow.Run> runs = new ArrayList<>(2);
        if (l.lead() != null) {
            runs.add(TextFlow.Run.of(Face.of(true, note), s, ink, l.lead()));
            if (!l.text().isEmpty()) {
                runs.add(TextFlow.Run.of(face, s, ink, ": " + l.text()));
            }
        } else {
            runs.add(TextFlow.Run.of(face, s, ink, l.text()));
        }
        float hang = bulleted(l) ? 10 : 0;
        float lh = s * LINE_HEIGHT;
        if (!entries.isEmpty()) {
            height += gap;
        }
        List<TextFlow.Text> lines = TextFlow.wrap(runs, width - indent - hang);
        for (int i = 0; i < lines.size(); i++) {
            TextFlow.Text t = lines.get(i);
            if (i == 0 && hang > 0) {
                // the marker as the first piece of the first line, the text after it
                List<TextFlow.Piece> pieces = new ArrayList<>();
                pieces.add(new TextFlow.Piece(new TextFlow.Run(face, s, ink, "\u2022"), "\u2022", -hang));
                pieces.addAll(t.pieces());
                t = new TextFlow.Text(pieces, t.width());
            }
            entries.add(new Entry(t, indent + hang, height, lh));
            height += lh;
        }
        return this;
    }

    /** Adds plain runs as one paragraph (headings, the cover). */
    CellText add(List<TextFlow.Run> runs, float lineHeight, float gap) {
        if (!entries.isEmpty()) {
            height += gap;
        }
        for (TextFlow.Text t : TextFlow.wrap(runs, width)) {
            entries.add(new Entry(t, 0, height, lineHeight));
            height += lineHeight;
        }
        return this;
    }

    float width() {
        return width;
    }

    float height() {
        return height;
    }

    int lines() {
        return entries.size();
    }

    /** The height of lines {@code [from, to)}. */
    float height(int from, int to) {
        if (to <= from) {
            return 0;
        }
        Entry last = entries.get(to - 1);
        return last.top() + last.height() - entries.get(from).top();
    }

    /** How many lines from {@code from} fit in {@code room} points. */
    int fit(int from, float room) {
        int to = from;
        while (to < entries.size() && height(from, to + 1) <= room + 0.01f) {
            to++;
        }
        return to - from;
    }

    /** Draws lines {@code [from, to)} with the first one's top at {@code top}. */
    void draw(Pages p, float x, float top, int from, int to) throws IOException {
        if (from >= to) {
            return;
        }
        float origin = top - entries.get(from).top();
        for (int i = from; i < to; i++) {
            Entry e = entries.get(i);
            p.line(e.text(), x + e.x(), origin + e.top(), e.height());
        }
    }

    /** The line {@code i}'s entry. */
    Entry entry(int i) {
        return entries.get(i);
    }
}

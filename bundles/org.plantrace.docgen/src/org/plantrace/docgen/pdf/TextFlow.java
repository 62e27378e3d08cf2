package org.plantrace.docgen.pdf;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.core.text.Spaces;
import org.plantrace.docgen.XmlText;
import org.plantrace.docgen.pdf.Fonts.Face;

/**
 * Breaks styled text into lines of a given width, measured with the PDF's fonts: lines break at spaces and after a
 * hyphen, slash or dash; a word longer than the line is broken between characters. White space runs collapse to one
 * space (as in HTML); text longer than {@value LongText#MAX_CHARS} characters is cut with a note ({@link LongText#cut}).
 */
final class TextFlow {

    /** A run of text in one face, size and colour (0xRRGGBB). */
    record Run(Face face, float size, int rgb, String text) {

        static Run of(Face face, float size, int rgb, String text) {
            return new Run(face, size, rgb, Fonts.printable(face, collapse(LongText.cut(XmlText.clean(text)))));
        }
    }

    /** A piece of a line: text in one run's style, {@code x} from the line's start. */
    record Piece(Run style, String text, float x) {
    }

    /** One line: its pieces and width. */
    record Text(List<Piece> pieces, float width) {
    }

    private TextFlow() {
    }

    /** White space runs as one space. */
    static String collapse(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u1680') {
                continue; // not white space (Character.isWhitespace: none between ' ' and U+1680)
            }
            if (c == ' ' ? i > 0 && s.charAt(i - 1) == ' ' : Character.isWhitespace(c)) {
                return Spaces.collapseRuns(s, Character::isWhitespace);
            }
        }
        return s;
    }

    private static boolean breaksAfter(char c) {
        return c == '-' || c == '/' || c == '\u2013' || c == '\u00AD';
    }

    /** The runs as lines at most {@code width} points wide (at least one line, possibly empty). */
    static List<Text> wrap(List<Run> runs, float width) {
        Builder b = new Builder(width);
        boolean first = true;
        for (Run r : runs) {
            String s = r.text();
            int n = s.length();
            int i = 0;
            if (first) {
                while (i < n && s.charAt(i) == ' ') {
                    i++;
                }
            }
            while (i < n) {
                int start = i;
                float units = 0; // the word's advances, summed as Fonts.width sums them
                char c = 0;
                while (i < n && (c = s.charAt(i)) != ' ' && !breaksAfter(c)) {
                    units += Fonts.advance(r.face(), c);
                    i++;
                }
                if (i < n && breaksAfter(c)) {
                    units += Fonts.advance(r.face(), c);
                    i++;
                }
                if (i > start) {
                    b.word(r, s, start, i, units * r.size() / 1000f);
                    first = false;
                }
                if (i < n && s.charAt(i) == ' ') {
                    if (!first) {
                        b.space(r);
                    }
                    i++;
                }
            }
        }
        return b.done();
    }

    private static final class Builder {
        private final float width;
        private final List<Text> lines = new ArrayList<>();
        private List<Piece> pieces = new ArrayList<>();
        private Run run;
        private StringBuilder text;
        private float pieceX;
        private float x;
        private float pendingSpace;
        private Run spaceRun;

        Builder(float width) {
            this.width = Math.max(width, 1);
        }

        void space(Run r) {
            pendingSpace = Fonts.width(r.face(), " ", r.size());
            spaceRun = r;
        }

        /** The word {@code s[start, end)}, {@code ww} wide. */
        void word(Run r, String s, int start, int end, float ww) {
            if (x > 0 && x + pendingSpace + ww > width) {
                newLine();
            }
            if (ww > width - x) {
                String w = s.substring(start, end);
                // longer than a line: as many characters as fit on each line
                int from = 0;
                while (from < w.length()) {
                    float room = width - x;
                    float used = 0;
                    int to = from;
                    while (to < w.length()) {
                        float a = Fonts.advance(r.face(), w.charAt(to)) * r.size() / 1000f;
                        if (used + a > room && (to > from || x > 0)) {
                            break;
                        }
                        used += a;
                        to++;
                    }
                    if (to == from) {
                        newLine();
                        continue;
                    }
                    append(r, w.substring(from, to), used);
                    from = to;
                    if (from < w.length()) {
                        newLine();
                    }
                }
                return;
            }
            append(r, s, start, end, ww);
        }

        private void append(Run r, String w, float ww) {
            append(r, w, 0, w.length(), ww);
        }

        private void append(Run r, String s, int start, int end, float ww) {
            if (x > 0 && pendingSpace > 0) {
                if (run == spaceRun && run != null) {
                    text.append(' ');
                } else if (run != null && run == r) {
                    text.append(' ');
                }
                x += pendingSpace;
            }
            pendingSpace = 0;
            if (run != r) {
                flush();
                run = r;
                text = new StringBuilder();
                pieceX = x;
            }
            text.append(s, start, end);
            x += ww;
        }

        private void flush() {
            if (run != null && text.length() > 0) {
                pieces.add(new Piece(run, text.toString(), pieceX));
            }
            run = null;
        }

        private void newLine() {
            flush();
            lines.add(new Text(pieces, x));
            pieces = new ArrayList<>();
            x = 0;
            pendingSpace = 0;
        }

        List<Text> done() {
            flush();
            if (!pieces.isEmpty() || lines.isEmpty()) {
                lines.add(new Text(pieces, x));
            }
            return lines;
        }
    }
}

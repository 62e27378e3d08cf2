package org.plantrace.docgen;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths that never break a word: each column gets at least the width of the longest word any of its cells
 * holds (a word ends at a space, a hyphen or a slash, where lines may wrap), and the other columns give up what that
 * takes in proportion to their width. The widths are estimated from the metrics of Helvetica/Arial, enlarged to allow
 * for DejaVu Sans (the widest face the writers use), so a column that fits here fits in every format.
 */
public final class ColumnWidths {

    /** Advance widths of Helvetica for ASCII 32-126, in 1/1000 em. */
    private static final int[] HELVETICA = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p to ~
    /** DejaVu Sans is about this much wider than Helvetica; bold faces are wider still. */
    private static final double DEJAVU = 1.15;
    private static final double BOLD = 1.14;
    /** Cell padding and borders, left and right, and a little room, in points. */
    private static final double PADDING = 12;

    private ColumnWidths() {
    }

    /** The width of {@code word} in points at {@code size} points. */
    public static double wordWidth(String word, double size, boolean bold) {
        return width(word, 0, word.length(), size, bold);
    }

    private static double width(String s, int from, int to, double size, boolean bold) {
        long w = 0;
        for (int i = from; i < to; i++) {
            w += units(s.charAt(i));
        }
        return scale(w, size, bold);
    }

    /** The advance of {@code c} in 1/1000 em. */
    private static int units(char c) {
        return c >= 32 && c <= 126 ? HELVETICA[c - 32] : 600;
    }

    /** {@code units} thousandths of an em in points at {@code size} points. */
    private static double scale(long units, double size, boolean bold) {
        double w = units;
        return w / 1000 * size * DEJAVU * (bold ? BOLD : 1);
    }

    /**
     * The widest word of a text (words end at spaces, hyphens and slashes, which may end a line): the words of
     * {@code text.split("(?<=[-/\u2013])|\\s+")}, found in one pass rather than by the regular expression (which
     * cost a table writer more than the rest of its widths), to the same words: after a hyphen, slash or dash a word
     * ends, and a space right after one starts the next word (the split's empty match there leaves it to the next).
     * Words are measured in whole units and scaled once, as {@link #wordWidth} scales each: the same number.
     */
    public static double longestWord(String text, double size, boolean bold) {
        return scale(longestUnits(text), size, bold);
    }

    /** The widest word of {@code text} ({@link #longestWord}) in 1/1000 em of Helvetica. */
    private static long longestUnits(String text) {
        long max = 0;
        long word = 0;
        boolean ended = false; // the previous character ended a word
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!ended && space(c)) {
                word = 0;
                continue;
            }
            word = ended ? units(c) : word + units(c);
            if (word > max) {
                max = word;
            }
            ended = endsWord(c);
        }
        return max;
    }

    private static boolean endsWord(char c) {
        return c == '-' || c == '/' || c == '\u2013';
    }

    /** {@code \s} of a regular expression: ASCII white space. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Relative widths (summing to {@code total}) for a table {@code total} points wide whose body text is
     * {@code size} points and header text bold: each column at least as wide as its longest word.
     */
    public static double[] fit(Table t, double total, double size) {
        int n = t.columns();
        double sum = t.widths().stream().mapToInt(Integer::intValue).sum();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = total * t.widths().get(i) / sum;
        }
        double[] min = new double[n];
        Measured m = measured(t);
        for (int i = 0; i < m.column.length; i++) {
            double lead = m.lead[i] < 0 ? 0 : scale(m.lead[i], size, true);
            double words = scale(m.text[i], m.note[i] ? size * 0.85 : size, m.header[i]);
            min[m.column[i]] = Math.max(min[m.column[i]], m.indent[i] + Math.max(lead, words) + PADDING);
        }
        double need = 0;
        double room = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] < min[i]) {
                need += min[i] - w[i];
            } else {
                room += w[i] - min[i];
            }
        }
        if (need == 0 || room <= 0) {
            return w;
        }
        double take = Math.min(1, need / room);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = w[i] < min[i] ? min[i] : w[i] - (w[i] - min[i]) * take;
        }
        return out;
    }

    /**
     * What {@link #fit} needs of a table's lines whatever the size of its text: for each line of each cell that
     * starts at its grid position and spans one column, in grid order, its column, indent, the longest word of its
     * lead (-1 without one) and of its text in units of Helvetica, whether it is a note and whether it is in a header
     * row. Measured once per table for every format (the DOCX, HTML and PDF each fitted every table, measuring every
     * word again: 4 % of the 100x model's run).
     */
    record Measured(int[] column, double[] indent, long[] lead, long[] text, boolean[] note, boolean[] header) {
    }

    private static Measured measured(Table t) {
        Measured m = t.measured;
        if (m == null) {
            m = measure(t);
            t.measured = m;
        }
        return m;
    }

    private static Measured measure(Table t) {
        List<List<Table.Placed>> grid = t.grid();
        int headerRows = t.header().size();
        int lines = 0;
        for (List<Table.Placed> row : grid) {
            for (Table.Placed p : row) {
                if (p.origin() && p.cell().colSpan() <= 1) {
                    lines += p.cell().lines().size();
                }
            }
        }
        Measured m = new Measured(new int[lines], new double[lines], new long[lines], new long[lines],
                new boolean[lines], new boolean[lines]);
        int i = 0;
        for (int r = 0; r < grid.size(); r++) {
            boolean header = r < headerRows || t.body().get(r - headerRows).kind() != Row.Kind.BODY;
            for (Table.Placed p : grid.get(r)) {
                if (!p.origin() || p.cell().colSpan() > 1) {
                    continue;
                }
                for (Line l : p.cell().lines()) {
                    m.column[i] = p.column();
                    m.indent[i] = l.level() * 12 + (l.style() == Line.Style.BULLET ? 10 : 0);
                    m.lead[i] = l.lead() == null ? -1 : longestUnits(l.lead());
                    m.text[i] = longestUnits(l.text());
                    m.note[i] = l.style() == Line.Style.NOTE;
                    m.header[i] = header;
                    i++;
                }
            }
        }
        return m;
    }

    /** {@link #fit} as whole percentages of the table width (for HTML), summing to about 100. */
    public static List<Double> percent(Table t, double total, double size) {
        double[] w = fit(t, total, size);
        List<Double> out = new ArrayList<>(w.length);
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        for (double x : w) {
            out.add(100 * x / sum);
        }
        return out;
    }
}

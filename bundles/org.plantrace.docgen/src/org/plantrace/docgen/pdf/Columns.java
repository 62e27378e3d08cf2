package org.plantrace.docgen.pdf;

import org.plantrace.docgen.ColumnWidths;
import org.plantrace.docgen.Table;

/** Where a table's columns start on the page: the widths of {@link ColumnWidths} (no word broken) across the text area. */
final class Columns {

    private Columns() {
    }

    /** The left edge of each column and, last, the table's right edge, in points from the page's left. */
    static float[] edges(Table t, float size) {
        double[] w = ColumnWidths.fit(t, Pages.TEXT_WIDTH, size);
        double sum = 0;
        for (double d : w) {
            sum += d;
        }
        if (sum > Pages.TEXT_WIDTH * 1.01) {
            // a word wider than the page (hostile text): no column takes more than 60 % of the width or its share
            double share = t.widths().stream().mapToInt(Integer::intValue).sum();
            sum = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.min(w[i], Math.max(Pages.TEXT_WIDTH * t.widths().get(i) / share, 0.6 * Pages.TEXT_WIDTH));
                sum += w[i];
            }
        }
        float[] x = new float[w.length + 1];
        x[0] = Pages.LEFT;
        for (int i = 0; i < w.length; i++) {
            x[i + 1] = x[i] + (float) (w[i] / sum * Pages.TEXT_WIDTH);
        }
        return x;
    }
}

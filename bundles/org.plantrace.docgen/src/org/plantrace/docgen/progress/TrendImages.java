package org.plantrace.docgen.progress;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.plantrace.core.progress.ProgressRow;
import org.plantrace.diagram.render.PngExporter;

/**
 * Trend charts and sparklines of progress rows as PNG, for the workbench (which shows them as images and needs no
 * drawing code of its own): the same {@link TrendChart} the documents print.
 */
public final class TrendImages {

    private TrendImages() {
    }

    /** The chart of {@code row} ({@link TrendChart#WIDTH} x {@link TrendChart#HEIGHT} units) at {@code scale}. */
    public static byte[] chart(ProgressRow row, double scale) {
        TrendChart c = TrendChart.of(row);
        return png(c, scale);
    }

    /** The sparkline of {@code row}, {@code width} x {@code height} pixels. */
    public static byte[] sparkline(ProgressRow row, int width, int height) {
        return png(TrendChart.sparkline(row, width, height), 1);
    }

    /** What the chart of {@code row} shows, in words (its tooltip and accessible name). */
    public static String describe(ProgressRow row) {
        return TrendChart.of(row).describe();
    }

    private static byte[] png(TrendChart c, double scale) {
        try {
            return PngExporter.bytes(c.width(), c.height(), scale, c::paint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

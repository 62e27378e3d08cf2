package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.pdfbox.util.NumberFormatUtil;
import org.junit.jupiter.api.Test;
import org.plantrace.docgen.pdf.PdfNumbers;

/**
 * The PDF's pages write their numbers themselves: they must be PDFBox's digits for a page (5 decimals, rounded half
 * away from zero, no trailing zeros, "-0" for a small negative number), so that the pages' content is what PDFBox's
 * content streams wrote.
 */
class PdfNumbersTest {

    /** PdfNumbers.format or coordinate. */
    private interface Writes {
        int write(float v, byte[] b, int at);
    }

    /** What {@code w} writes for {@code v} after a byte already there. */
    private static String written(Writes w, float v) {
        byte[] b = new byte[PdfNumbers.MAX_LENGTH + 3];
        b[0] = 'x';
        int end = w.write(v, b, 1);
        return new String(b, 1, end - 1, StandardCharsets.US_ASCII);
    }

    private static String ours(float v) {
        return written(PdfNumbers::format, v);
    }

    private static String pdfbox(float v) {
        byte[] b = new byte[64];
        int n = NumberFormatUtil.formatFloatFast(v, 5, b);
        return new String(b, 0, n, StandardCharsets.US_ASCII);
    }

    private static void same(float v) {
        assertEquals(pdfbox(v), ours(v), () -> "digits of " + v + " (bits " + Float.floatToRawIntBits(v) + ")");
    }

    @Test
    void theNumbersOfAPageAreWrittenAsPdfBoxWritesThem() {
        assertEquals("595.27563", ours(595.27563f));
        assertEquals("0.06667", ours(1 / 15f));
        assertEquals("-0", ours(-0.000001f));
        assertEquals("0", ours(-0f));
        assertEquals("1", ours(0.999996f));
        assertEquals("-12.5", ours(-12.5f));
        float[] edges = {0, 1, -1, 0.5f, 0.000005f, 0.0000049f, -0.000005f, 9.999995f, 99999.99f, 1999999999f,
            -1999999999f, 2e9f, -2e9f, 9.9e9f, -3e9f, 123456.789f, Float.MIN_VALUE, -Float.MIN_VALUE};
        for (float v : edges) {
            same(v);
        }
        SplittableRandom r = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            same((float) ((r.nextDouble() - 0.5) * 2000)); // page coordinates
            same((float) (r.nextDouble() * 10)); // sizes, widths, colours
            float any = Float.intBitsToFloat(r.nextInt()) % 1e10f; // any float PDFBox's fast format takes
            if (Float.isFinite(any)) {
                same(any);
            }
        }
        for (int k = -200_000; k <= 200_000; k++) {
            same(k / 100_000f); // every rounding of the fifth decimal near zero
        }
    }

    private static String coordinate(float v) {
        return written(PdfNumbers::coordinate, v);
    }

    /** The value rounded half away from zero to 2 decimals, exactly (BigDecimal), without trailing zeros. */
    private static String hundredths(float v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Test
    void positionsAreWrittenToAHundredthOfAPoint() {
        assertEquals("595.28", coordinate(595.27563f));
        assertEquals("39.69", coordinate(39.68504f));
        assertEquals("0.75", coordinate(0.75f));
        assertEquals("12", coordinate(12.004f));
        assertEquals("-3.5", coordinate(-3.5f));
        assertEquals("0", coordinate(-0.004f)); // never "-0"
        assertEquals("0", coordinate(-0f));
        assertEquals("-0.01", coordinate(-0.006f)); // -0.005f is a little less than 0.005 from zero: "0"
        assertEquals("0", coordinate(-0.005f));
        assertEquals("1", coordinate(0.996f));
        SplittableRandom r = new SplittableRandom(16);
        for (int i = 0; i < 200_000; i++) {
            float page = (float) ((r.nextDouble() - 0.5) * 2000);
            assertEquals(hundredths(page), coordinate(page), () -> "digits of " + page);
            float any = Float.intBitsToFloat(r.nextInt()) % 1e9f;
            if (Float.isFinite(any)) {
                assertEquals(hundredths(any), coordinate(any), () -> "digits of " + any);
            }
        }
        for (int k = -20_000; k <= 20_000; k++) {
            float v = k / 1000f; // every rounding of the second decimal near zero
            assertEquals(hundredths(v), coordinate(v), () -> "digits of " + v);
        }
        assertThrows(IllegalArgumentException.class, () -> coordinate(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> coordinate(Float.NEGATIVE_INFINITY));
    }

    @Test
    void numbersBeyondALongAndNonNumbersAreAsInPdfBox() {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US); // PDFBox's, where its fast format gives up
        f.setMaximumFractionDigits(5);
        f.setGroupingUsed(false);
        for (float v : new float[] {3.4e38f, -1e19f, Float.MAX_VALUE, 9.3e18f}) {
            assertEquals(f.format((double) v), ours(v));
        }
        assertThrows(IllegalArgumentException.class, () -> ours(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> ours(Float.POSITIVE_INFINITY));
    }
}

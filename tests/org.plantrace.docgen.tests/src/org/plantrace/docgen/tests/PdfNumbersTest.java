package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private static String ours(float v) {
        byte[] b = new byte[PdfNumbers.MAX_LENGTH + 3];
        b[0] = 'x';
        int end = PdfNumbers.format(v, b, 1);
        return new String(b, 1, end - 1, StandardCharsets.US_ASCII);
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

package org.plantrace.docgen.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * Numbers of a PDF page's content. {@link #format}: as PDFBox's page content streams write them, at most 5 decimals,
 * rounded half away from zero, no trailing zeros, no exponent ({@code NumberFormatUtil.formatFloatFast(v, 5, ...)},
 * which gives "-0" for a negative number that rounds to zero); for matrices, colours and font sizes. {@link #coordinate}:
 * positions and lengths on the page, to a hundredth of a point (1/7200 inch, far below what any printer or screen
 * shows), the same form with 2 decimals and no "-0". Written here with less work for the numbers of a page (under two
 * billion); larger ones go to PDFBox's own formatter.
 */
public final class PdfNumbers {

    /** The most bytes {@link #format} writes for one number. */
    public static final int MAX_LENGTH = 40;

    private static final int DECIMALS = 100_000;

    private PdfNumbers() {
    }

    /**
     * Writes {@code v} into {@code b} from {@code at}, as PDFBox writes it on a page.
     *
     * @return the position after the number
     * @throws IllegalArgumentException if {@code v} is infinite or NaN (as PDFBox)
     */
    public static int format(float v, byte[] b, int at) {
        if (!(v > -2.0e9f && v < 2.0e9f)) {
            return large(v, b, at);
        }
        return write(v, b, at, DECIMALS, 5, true);
    }

    /**
     * Writes {@code v}, a position or length on the page in points, into {@code b} from {@code at}: rounded half away
     * from zero to 2 decimals, no trailing zeros, "0" for anything that rounds to zero. Each coordinate takes about
     * 3 bytes fewer than in PDFBox's form, which came to a fifth of the 100x model's page content.
     *
     * @return the position after the number
     * @throws IllegalArgumentException if {@code v} is infinite or NaN
     */
    public static int coordinate(float v, byte[] b, int at) {
        if (!(v > -2.0e9f && v < 2.0e9f)) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException(v + " is not a finite number");
            }
            return large(v, b, at); // no page is that large; written in full all the same
        }
        return write(v, b, at, 100, 2, false);
    }

    /** {@code v} (under two billion) with up to {@code digitsMax} decimals ({@code scale}: 10 to that power). */
    private static int write(float v, byte[] b, int at, int scale, int digitsMax, boolean minusZero) {
        long whole = (long) v;
        double abs = Math.abs((double) v);
        long fraction = (long) ((abs - Math.abs(whole)) * scale + 0.5d);
        if (v < 0) {
            whole = -whole;
            if (minusZero || whole > 0 || fraction > 0) {
                b[at++] = '-';
            }
        }
        if (fraction >= scale) {
            whole++;
            fraction -= scale;
        }
        int w = (int) whole;
        if (w < 10) {
            b[at++] = (byte) ('0' + w);
        } else {
            int digits = w < 100 ? 2 : w < 1000 ? 3 : w < 10_000 ? 4 : w < 100_000 ? 5 : w < 1_000_000 ? 6
                    : w < 10_000_000 ? 7 : w < 100_000_000 ? 8 : w < 1_000_000_000 ? 9 : 10;
            for (int i = at + digits - 1; i >= at; i--) {
                int q = tenth(w);
                b[i] = (byte) ('0' + w - 10 * q);
                w = q;
            }
            at += digits;
        }
        int f = (int) fraction;
        if (f > 0) {
            b[at++] = '.';
            int digits = digitsMax;
            int q = tenth(f);
            while (f == 10 * q) { // no trailing zeros
                f = q;
                q = tenth(f);
                digits--;
            }
            for (int i = at + digits - 1; i >= at; i--) {
                b[i] = (byte) ('0' + f - 10 * q);
                f = q;
                q = tenth(f);
            }
            at += digits;
        }
        return at;
    }

    /** {@code x / 10} for {@code 0 <= x < 2^31}, by a multiplication (the client compiler divides). */
    private static int tenth(int x) {
        return (int) ((x * 0xCCCCCCCDL) >>> 35);
    }

    private static int large(float v, byte[] b, int at) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException(v + " is not a finite number");
        }
        byte[] digits = new byte[MAX_LENGTH];
        int n = NumberFormatUtil.formatFloatFast(v, 5, digits);
        if (n < 0) {
            // beyond a long: PDFBox's DecimalFormat (US, 5 decimals, no grouping)
            DecimalFormat f = new DecimalFormat("0.#####", DecimalFormatSymbols.getInstance(Locale.US));
            f.setMaximumFractionDigits(5);
            f.setGroupingUsed(false);
            String s = f.format((double) v);
            for (int i = 0; i < s.length(); i++) {
                b[at++] = (byte) s.charAt(i);
            }
            return at;
        }
        System.arraycopy(digits, 0, b, at, n);
        return at + n;
    }
}

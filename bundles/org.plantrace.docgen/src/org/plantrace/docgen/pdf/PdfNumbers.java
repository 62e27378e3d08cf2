package org.plantrace.docgen.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * Numbers of a PDF page's content as PDFBox's page content streams write them: at most 5 decimals, rounded half away
 * from zero, no trailing zeros, no exponent ({@code NumberFormatUtil.formatFloatFast(v, 5, ...)}, which gives "-0"
 * for a negative number that rounds to zero). Written here with less work for the numbers of a page (under two
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
        long whole = (long) v;
        if (v < 0) {
            b[at++] = '-';
            whole = -whole;
        }
        long fraction = (long) ((Math.abs((double) v) - whole) * DECIMALS + 0.5d);
        if (fraction >= DECIMALS) {
            whole++;
            fraction -= DECIMALS;
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
            int digits = 5;
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

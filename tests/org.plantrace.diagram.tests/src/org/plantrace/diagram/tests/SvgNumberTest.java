package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plantrace.diagram.render.SvgExporter;

/** The SVG's numbers: two decimals at most, rounded half up as {@code %.2f} rounds, no trailing zeros. */
class SvgNumberTest {

    /** What the SVG has always written: the formatter's two decimals without trailing zeros. */
    private static String formatter(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    @Test
    void examples() {
        assertEquals("12.5", SvgExporter.num(12.5));
        assertEquals("0.13", SvgExporter.num(0.125));
        assertEquals("1.01", SvgExporter.num(1.005));
        assertEquals("1", SvgExporter.num(0.999));
        assertEquals("-1", SvgExporter.num(-0.999));
        assertEquals("-0", SvgExporter.num(-0.001));
        assertEquals("-0.01", SvgExporter.num(-0.005));
        assertEquals("3.1", SvgExporter.num(3.1));
        assertEquals("100000000.25", SvgExporter.num(1e8 + 0.25));
        assertEquals("0", SvgExporter.num(1e-7));
    }

    @Test
    void sameAsTheFormatterForLayoutLikeAndRandomValues() {
        SplittableRandom r = new SplittableRandom(15);
        for (int i = 0; i < 400_000; i++) {
            double v = switch (i % 5) {
                case 0 -> r.nextInt(-200_000, 200_000) / 1000.0; // three decimals: half-way cases
                case 1 -> r.nextInt(-100_000, 100_000) / 8.0 + r.nextInt(1000) / 100.0;
                case 2 -> r.nextDouble(-5000, 5000);
                case 3 -> r.nextDouble(-0.01, 0.01);
                default -> Double.longBitsToDouble(r.nextLong()); // any double, exponents and all
            };
            if (!Double.isNaN(v)) {
                assertEquals(formatter(v), SvgExporter.num(v), () -> "for " + v);
            }
        }
    }
}

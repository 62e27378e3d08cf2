package org.plantrace.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plantrace.diagram.render.Rgb;

/** Colours are written as {@code #rrggbb}, two lower-case hex digits per channel, as the SVG and HTML expect. */
class RgbHexTest {

    @Test
    void everyChannelValueIsTwoLowerCaseHexDigits() {
        for (int v = 0; v < 256; v++) {
            String d = String.format("%02x", v);
            assertEquals("#" + d + "0000", new Rgb(v, 0, 0).hex());
            assertEquals("#00" + d + "00", new Rgb(0, v, 0).hex());
            assertEquals("#0000" + d, new Rgb(0, 0, v).hex());
        }
        assertEquals("#1f6fb4", new Rgb(0x1f, 0x6f, 0xb4).hex());
        assertEquals(new Rgb(0xab, 0xcd, 0xef), Rgb.hex(new Rgb(0xab, 0xcd, 0xef).hex()));
    }

    @Test
    void aChannelOutOfRangeIsWrittenAsTheFormatterWritesIt() {
        assertEquals(String.format("#%02x%02x%02x", 256, -1, 7), new Rgb(256, -1, 7).hex());
    }
}

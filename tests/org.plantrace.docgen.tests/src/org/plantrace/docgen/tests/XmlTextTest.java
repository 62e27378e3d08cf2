package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.plantrace.docgen.XmlText;

/** What XML 1.0 cannot carry is dropped from a text; everything else stays as it is. */
class XmlTextTest {

    @Test
    void plainTextIsKeptAsItIs() {
        String plain = "Reduce serious violence – 5% (KA3/KA5) “quoted” € \uE000\uFFFD";
        assertSame(plain, XmlText.clean(plain));
    }

    @Test
    void controlsNonCharactersAndLoneSurrogatesAreDroppedAfterAPlainStart() {
        assertEquals("Reduce crime", XmlText.clean("Reduce\u0001 crime\u001F"));
        assertEquals("tab\there\nline\rend", XmlText.clean("tab\there\nline\rend"));
        assertEquals("ab", XmlText.clean("a\uFFFEb\uFFFF"));
        assertEquals("lone  high", XmlText.clean("lone \uD800 high"));
        assertEquals("lone  low", XmlText.clean("lone \uDC00 low"));
        assertEquals("pair \uD83D\uDE00 kept", XmlText.clean("pair \uD83D\uDE00 kept"));
        assertEquals("end", XmlText.clean("end\uD800"));
        assertEquals("", XmlText.clean(null));
    }
}

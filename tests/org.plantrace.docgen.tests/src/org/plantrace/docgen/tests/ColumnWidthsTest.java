package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plantrace.docgen.ColumnWidths;

/**
 * The longest word of a cell sets its column's least width: words end at spaces, hyphens, slashes and dashes (where
 * Word, LibreOffice and the PDF may wrap a line). Expected widths are summed by hand from Helvetica's advance widths
 * (1/1000 em: a 556, b 556, c 500, d 556, x 500, y 500, hyphen 333, slash 278, space 278; any other character 600),
 * at 10 pt, times 1.15 for DejaVu Sans (and 1.14 more for bold).
 */
class ColumnWidthsTest {

    private static final double PT_PER_UNIT = 10 / 1000.0 * 1.15;

    private static double longest(String text) {
        return ColumnWidths.longestWord(text, 10, false);
    }

    @Test
    void aHyphenEndsAWordAndStaysWithIt() {
        assertEquals((556 + 556 + 333) * PT_PER_UNIT, longest("ab-cd"), 1e-9); // "ab-" is wider than "cd"
        assertEquals((556 + 556 + 333) * PT_PER_UNIT * 1.14, ColumnWidths.longestWord("ab-cd", 10, true), 1e-9);
    }

    @Test
    void spacesTabsAndLineBreaksEndWordsAndCountNothing() {
        assertEquals((556 + 556) * PT_PER_UNIT, longest("aa   bb\tcc\n\ndd"), 1e-9); // "aa", "bb", "dd" alike
        assertEquals(500 * PT_PER_UNIT, longest("  x  "), 1e-9);
        assertEquals(0, longest(""), 1e-9);
        assertEquals(0, longest("   "), 1e-9);
    }

    @Test
    void slashesAndEnDashesEndWordsToo() {
        assertEquals((556 + 556 + 500 + 278) * PT_PER_UNIT, longest("abc/d"), 1e-9);
        assertEquals((556 + 556 + 600) * PT_PER_UNIT, longest("ab\u2013cd"), 1e-9);
        assertEquals((500 + 500 + 500) * PT_PER_UNIT, longest("a-b/c\u2013xxx"), 1e-9);
    }

    @Test
    void aSpaceRightAfterAHyphenIsCountedWithTheNextWord() {
        // as the widths always were: the space after "a-" starts " bb" (278 + 556 + 556), wider than "a-" (889)
        assertEquals((278 + 556 + 556) * PT_PER_UNIT, longest("a- bb"), 1e-9);
        // a longer run of spaces after a hyphen: its first space is a word of its own, the rest end it; "bb" is widest
        assertEquals((556 + 556) * PT_PER_UNIT, longest("a-   bb"), 1e-9);
    }
}

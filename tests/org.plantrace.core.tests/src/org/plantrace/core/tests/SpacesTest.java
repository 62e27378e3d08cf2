package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plantrace.core.text.Spaces;

/**
 * {@link Spaces#collapse} gives what {@code replaceAll("\\s+", " ").trim()} gave (link fingerprints saved in plans
 * depend on it): runs of the six white-space characters of {@code \s} become one space; other characters, control
 * characters and non-breaking spaces included, stay, except that the ends are trimmed as {@link String#trim()} does.
 */
class SpacesTest {

    private static String byRegex(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    @Test
    void runsOfWhiteSpaceBecomeOneSpace() {
        assertEquals("Reduce crime and catch criminals", Spaces.collapse("  Reduce crime\n\t and \r\ncatch  criminals \f"));
        assertEquals("a\u00A0b c", Spaces.collapse("a\u00A0b\u000Bc"));
        assertEquals("", Spaces.collapse(" \t\n"));
        assertEquals("x", Spaces.collapse("\u0001 x \u0002"));
    }

    @Test
    void sameAsTheRegularExpressionOnAnyText() {
        List<Character> alphabet = List.of(' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001', '\u001F', '\u00A0', '\u2003',
                'a', 'B', '\u2019', '\uD83D', '\uDE00');
        Random random = new Random(15);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                b.append(alphabet.get(random.nextInt(alphabet.size())));
            }
            String s = b.toString();
            assertEquals(byRegex(s), Spaces.collapse(s), () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}

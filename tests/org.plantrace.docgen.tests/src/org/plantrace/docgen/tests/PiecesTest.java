package org.plantrace.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plantrace.docgen.Pieces;
import org.plantrace.docgen.TextOut;

/** A large output held in pieces, and text taken over a piece at a time, come out as the same bytes as written whole. */
class PiecesTest {

    @Test
    void textTakenOverInPiecesIsTheSameUtf8AsTheWholeText() {
        StringBuilder whole = new StringBuilder();
        StringBuilder b = new StringBuilder();
        Pieces out = new Pieces();
        TextOut text = new TextOut(out);
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // ASCII, Latin-1, a bullet, and a character outside the BMP (a surrogate pair): a piece ends inside one
            String s = switch (r.nextInt(4)) {
                case 0 -> "<p class=\"x\">";
                case 1 -> "\u00e9";
                case 2 -> "\u2022";
                default -> "\ud83d\ude00";
            };
            for (char c : s.toCharArray()) {
                whole.append(c);
                b.append(c);
                text.take(b); // after every char: some piece boundary falls between the two halves of a pair
            }
        }
        text.finish(b);
        assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void aSurrogatePairIsNeverCutInTwo() {
        // "x" then pairs: at every even length the text ends with the first half of a pair
        StringBuilder whole = new StringBuilder("x");
        StringBuilder b = new StringBuilder("x");
        Pieces out = new Pieces();
        TextOut text = new TextOut(out);
        for (int i = 0; i < 300_000; i++) {
            for (char c : "\ud83d\ude00".toCharArray()) {
                whole.append(c);
                b.append(c);
                text.take(b);
            }
        }
        text.finish(b);
        assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void unpairedSurrogatesAndEveryLengthOfCharacterComeOutAsTheJdkEncodesThem() throws Exception {
        // one, two, three and four bytes a character, and halves of pairs on their own (the JDK writes '?' for each),
        // at every offset, so some fall on the boundaries where the text is copied out of the builder
        String[] parts = { "a", "\u00e9", "\u20ac", "\ud83d\ude00", "\ud83d", "\ude00", "\ud83dx", "\ude00\ud83d" };
        StringBuilder whole = new StringBuilder();
        Random r = new Random(13);
        while (whole.length() < 100_000) {
            whole.append(parts[r.nextInt(parts.length)]);
        }
        whole.append('\ud83d'); // a text may even end with the first half of a pair
        for (int cut = 0; cut < 3; cut++) {
            Pieces out = new Pieces();
            StringBuilder b = new StringBuilder(whole.substring(cut));
            new TextOut(out).write(b);
            assertArrayEquals(whole.substring(cut).getBytes(StandardCharsets.UTF_8), out.toByteArray(), "from " + cut);
            assertEquals(0, b.length(), "the builder is emptied");
        }
    }

    @Test
    void bytesWrittenAcrossBlocksComeOutInOrder() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Pieces out = new Pieces();
        Random r = new Random(11);
        while (expected.size() < 3_500_000) {
            byte[] chunk = new byte[r.nextInt(300_000)];
            r.nextBytes(chunk);
            int off = chunk.length == 0 ? 0 : r.nextInt(chunk.length);
            expected.write(chunk, off, chunk.length - off);
            out.write(chunk, off, chunk.length - off);
            expected.write(chunk.length & 0xff);
            out.write(chunk.length);
        }
        assertArrayEquals(expected.toByteArray(), out.toByteArray());
    }
}

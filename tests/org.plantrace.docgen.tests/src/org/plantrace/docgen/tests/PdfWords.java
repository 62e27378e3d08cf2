package org.plantrace.docgen.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The words of each page of a PDF with their positions (PDFBox text positions), in reading order. */
final class PdfWords {

    /** A word as printed: its text, left edge, baseline and right edge in points from the page's top left. */
    record Word(String text, float x, float y, float right) {
    }

    private PdfWords() {
    }

    static List<List<Word>> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Word>> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                List<Word> words = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        // the DRAFT watermark (110 pt, turned) is no text of the page's content
                        if (Math.max(text.getFontSizeInPt(), text.getHeightDir()) < 40) {
                            super.processTextPosition(text);
                        }
                    }

                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        // PDFBox hands over a line's run of text; split it into words where glyphs leave a gap
                        List<TextPosition> word = new ArrayList<>();
                        for (TextPosition t : positions) {
                            boolean space = t.getUnicode().isBlank();
                            if (!word.isEmpty()) {
                                TextPosition last = word.get(word.size() - 1);
                                float gap = t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                                if (space || gap > 0.15f * t.getFontSizeInPt() || Math.abs(t.getYDirAdj() - last.getYDirAdj()) > 1) {
                                    add(words, word);
                                    word = new ArrayList<>();
                                }
                            }
                            if (!space) {
                                word.add(t);
                            }
                        }
                        add(words, word);
                    }
                };
                s.setSortByPosition(true);
                s.setStartPage(i);
                s.setEndPage(i);
                s.getText(doc);
                pages.add(words);
            }
            return pages;
        }
    }

    private static void add(List<Word> words, List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.getUnicode()));
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        words.add(new Word(b.toString(), first.getXDirAdj(), first.getYDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
    }

    /** The words on one line (same baseline within a point) joined by spaces, lines top to bottom. */
    static List<String> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Math.abs(a.y() - b.y()) < 1 ? Float.compare(a.x(), b.x()) : Float.compare(a.y(), b.y()));
        List<String> lines = new ArrayList<>();
        float y = Float.NaN;
        StringBuilder b = new StringBuilder();
        for (Word w : sorted) {
            if (!Float.isNaN(y) && Math.abs(w.y() - y) >= 1) {
                lines.add(b.toString());
                b.setLength(0);
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.text());
            y = w.y();
        }
        if (b.length() > 0) {
            lines.add(b.toString());
        }
        return lines;
    }
}
